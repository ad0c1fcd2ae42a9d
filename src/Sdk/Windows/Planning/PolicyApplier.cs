using System;
using System.Collections.Generic;
using System.Threading;

namespace IpsecSdk.Windows.Planning
{
    /// <summary>
    /// Executes a plan step by step through a gateway, reads each object back to verify it, and on any
    /// failure (or cancellation) undoes the steps already done in reverse order, restoring modified and
    /// deleted objects to the state read just before they were changed.
    /// </summary>
    public static class PolicyApplier
    {
        /// <summary>Plans and applies <paramref name="policy"/> in one go.</summary>
        /// <exception cref="Validation.PolicyValidationException">The policy is one <c>Build()</c> would refuse (every problem is listed); the store is not touched.</exception>
        /// <exception cref="ApplyException">A step failed; the message says whether the rollback succeeded.</exception>
        public static ApplyResult Apply(ICimGateway gateway, CimTarget target, IpsecPolicy policy, IProgress<ApplyProgress>? progress = null, CancellationToken cancellation = default) =>
            Apply(gateway, PolicyPlanner.Plan(gateway, target, policy), progress, cancellation);

        /// <summary>Applies <paramref name="plan"/> to the store it was made against.</summary>
        /// <exception cref="ApplyException">A step failed; the message says whether the rollback succeeded.</exception>
        public static ApplyResult Apply(ICimGateway gateway, ChangePlan plan, IProgress<ApplyProgress>? progress = null, CancellationToken cancellation = default)
        {
            if (gateway == null)
            {
                throw new ArgumentNullException(nameof(gateway));
            }

            if (plan == null)
            {
                throw new ArgumentNullException(nameof(plan));
            }

            var store = new StepStore(gateway, plan.Target);
            var done = new Stack<StepUndo>();
            var total = plan.Changes.Count;
            for (var i = 0; i < total; i++)
            {
                var change = plan.Changes[i];
                StepUndo? undo = null;
                try
                {
                    cancellation.ThrowIfCancellationRequested();
                    progress?.Report(new ApplyProgress(i + 1, total, change, ApplyStage.Applying));
                    undo = new StepUndo(i + 1, change, store.Snapshot(change.Key));
                    store.Execute(change);
                    done.Push(undo);
                    store.Verify(change);
                    progress?.Report(new ApplyProgress(i + 1, total, change, ApplyStage.Verified));
                }
                catch (Exception failure) when (!(failure is OutOfMemoryException))
                {
                    if (undo != null && !done.Contains(undo) && store.MayHaveChanged(undo))
                    {
                        done.Push(undo);
                    }

                    var undone = 0;
                    var failures = new List<string>();
                    while (done.Count > 0)
                    {
                        var step = done.Pop();
                        progress?.Report(new ApplyProgress(step.Step, total, step.Change, ApplyStage.Undoing));
                        try
                        {
                            store.Revert(step);
                            undone++;
                        }
                        catch (Exception undoFailure) when (!(undoFailure is OutOfMemoryException))
                        {
                            failures.Add("step " + step.Step + " (" + step.Change + "): " + undoFailure.Message);
                        }
                    }

                    throw new ApplyException(i + 1, change, total, failure, undone, failures);
                }
            }

            return new ApplyResult(plan, total);
        }
    }
}
