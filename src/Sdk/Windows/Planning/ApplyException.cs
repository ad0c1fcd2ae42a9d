using System;
using System.Collections.Generic;
using System.Linq;

namespace IpsecSdk.Windows.Planning
{
    /// <summary>
    /// Applying a plan failed. The message says which step failed and why, and whether every step already
    /// done was undone (<see cref="RollbackSucceeded"/>) or which could not be (<see cref="UndoFailures"/>).
    /// </summary>
    public sealed class ApplyException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public ApplyException(int failedStep, PlannedChange failedChange, int total, Exception cause, int undoneSteps, IReadOnlyList<string> undoFailures)
            : base(Compose(failedStep, failedChange, total, cause, undoneSteps, undoFailures), cause)
        {
            FailedStep = failedStep;
            FailedChange = failedChange;
            UndoneSteps = undoneSteps;
            UndoFailures = undoFailures;
        }

        /// <summary>The 1-based number of the step that failed.</summary>
        public int FailedStep { get; }

        /// <summary>The step that failed.</summary>
        public PlannedChange FailedChange { get; }

        /// <summary>How many done steps were undone.</summary>
        public int UndoneSteps { get; }

        /// <summary>The steps that could not be undone, with the reason; empty when the rollback succeeded.</summary>
        public IReadOnlyList<string> UndoFailures { get; }

        /// <summary>True when the store was returned to its state before the apply.</summary>
        public bool RollbackSucceeded => UndoFailures.Count == 0;

        private static string Compose(int step, PlannedChange change, int total, Exception cause, int undone, IReadOnlyList<string> failures)
        {
            var head = "Step " + step + " of " + total + " (" + change + ") failed: " + cause.Message + " ";
            return failures.Count == 0
                ? head + "Rollback succeeded: " + (undone == 0 ? "nothing had been changed." : "the " + undone + " step(s) already done were undone; the store is as it was.")
                : head + "Rollback INCOMPLETE: these steps could not be undone, check the store by hand:" + Environment.NewLine + string.Join(Environment.NewLine, failures.Select(f => "  " + f));
        }
    }
}
