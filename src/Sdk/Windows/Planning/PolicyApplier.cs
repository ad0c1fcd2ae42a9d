using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using IpsecSdk.Windows.Cim;
using IpsecSdk.Windows.Mapping;
using IpsecSdk.Windows.Testing;

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

            var store = new StoreAccess(gateway, plan.Target);
            var done = new Stack<Undo>();
            var total = plan.Changes.Count;
            for (var i = 0; i < total; i++)
            {
                var change = plan.Changes[i];
                Undo? undo = null;
                try
                {
                    cancellation.ThrowIfCancellationRequested();
                    progress?.Report(new ApplyProgress(i + 1, total, change, ApplyStage.Applying));
                    undo = new Undo(i + 1, change, store.Snapshot(change.Key));
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

        /// <summary>What a step found before it ran: the object (and, for rules, its filters), or null.</summary>
        internal sealed class Undo
        {
            public Undo(int step, PlannedChange change, Snapshot before)
            {
                Step = step;
                Change = change;
                Before = before;
            }

            public int Step { get; }

            public PlannedChange Change { get; }

            public Snapshot Before { get; }
        }

        internal sealed record Snapshot(CimInstanceDescription? Instance, IReadOnlyList<CimInstanceDescription> Filters);

        /// <summary>Reads, writes and restores objects, sending registry values through <c>StdRegProv</c>.</summary>
        private sealed class StoreAccess
        {
            private static readonly string[] FilterClasses = { CimClassNames.AddressFilter, CimClassNames.ProtocolPortFilter, CimClassNames.InterfaceTypeFilter };
            private readonly ICimGateway _gateway;
            private readonly CimTarget _target;

            public StoreAccess(ICimGateway gateway, CimTarget target)
            {
                _gateway = gateway;
                _target = target;
            }

            public Snapshot Snapshot(CimObjectKey key)
            {
                var instance = Read(key);
                var filters = instance == null || key.Owner != null
                    ? Array.Empty<CimInstanceDescription>()
                    : FilterClasses.Where(f => CimClassNames.FilterAssociation(key.ClassName, f) != null)
                        .Select(f => _gateway.Get(_target, new CimObjectKey(f, key))).OfType<CimInstanceDescription>().ToArray();
                return new Snapshot(instance, filters);
            }

            public void Execute(PlannedChange change)
            {
                switch (change.Kind)
                {
                    case ChangeKind.Create: Write(change.Write!, create: true); break;
                    case ChangeKind.Modify: Write(change.Write!, create: false); break;
                    default: Remove(change.Key); break;
                }
            }

            public void Verify(PlannedChange change)
            {
                var stored = Read(change.Key);
                if (change.Kind == ChangeKind.Delete)
                {
                    if (stored != null)
                    {
                        throw new CimGatewayException("Read-back shows " + change.Key + " still exists after deleting it.");
                    }

                    return;
                }

                var missing = stored == null ? null : CimValueComparer.Changes(change.Write!, stored);
                if (stored == null || missing!.Count > 0)
                {
                    throw new CimGatewayException("Read-back of " + change.Key + " does not match what was written" +
                        (stored == null ? ": the object is missing." : ": " + string.Join("; ", missing!.Select(m => m.Name + " is " + m.Describe(false).Split(new[] { " -> " }, StringSplitOptions.None)[0] + ", expected " + m.Describe(true)))) + ".");
                }
            }

            public bool MayHaveChanged(Undo undo)
            {
                try
                {
                    return !Equals(Read(undo.Change.Key), undo.Before.Instance);
                }
                catch (CimGatewayException)
                {
                    return true;
                }
            }

            public void Revert(Undo undo)
            {
                var key = undo.Change.Key;
                var before = undo.Before.Instance;
                var now = Read(key);
                if (before == null)
                {
                    if (now != null)
                    {
                        Remove(key);
                    }
                }
                else if (now == null)
                {
                    Write(Restorable(before), create: true);
                    foreach (var filter in undo.Before.Filters)
                    {
                        Write(Restorable(filter), create: false);
                    }
                }
                else
                {
                    // Put back every property the step wrote, as it was (absent → null).
                    var written = undo.Change.Write?.Properties ?? before.Properties;
                    var restore = new CimInstanceDescription(key.ClassName, key, written.Select(p => before.Find(p.Name) ?? new CimPropertyValue(p.Name, p.Type, null)));
                    Write(restore, create: false);
                }

                var after = Read(key);
                if (!(before == null ? after == null : after != null && CimValueComparer.Covers(Restorable(before), after)))
                {
                    throw new CimGatewayException("Read-back after undo shows " + key + " differs from its state before the apply.");
                }
            }

            private CimInstanceDescription? Read(CimObjectKey key) =>
                key.ClassName == CimClassNames.StdRegProv ? RegistryDword.Read(_gateway, key) : _gateway.Get(_target, key);

            private void Write(CimInstanceDescription instance, bool create)
            {
                if (instance.ClassName == CimClassNames.StdRegProv)
                {
                    RegistryDword.Write(_gateway, instance);
                }
                else if (create)
                {
                    _gateway.Create(_target, instance);
                }
                else
                {
                    _gateway.Modify(_target, instance);
                }
            }

            private void Remove(CimObjectKey key)
            {
                if (key.ClassName == CimClassNames.StdRegProv)
                {
                    RegistryDword.Delete(_gateway, key);
                }
                else
                {
                    _gateway.Delete(_target, key);
                }
            }

            // Only what a client can write back: documented, not derived, not status; embedded proposals likewise.
            // Nulls are written back too, so the object is restored exactly, not just equivalently.
            private static CimInstanceDescription Restorable(CimInstanceDescription instance)
            {
                if (instance.ClassName == CimClassNames.StdRegProv)
                {
                    return instance;
                }

                var schema = WfasCimSchema.Documented;
                return new CimInstanceDescription(instance.ClassName, instance.Key, instance.Properties
                    .Where(p => schema.IsWritable(instance.ClassName, p.Name))
                    .Select(p => p.Value is ValueList<CimInstanceDescription> embedded
                        ? new CimPropertyValue(p.Name, p.Type, new ValueList<CimInstanceDescription>(embedded.Select(Restorable)))
                        : p));
            }
        }
    }
}
