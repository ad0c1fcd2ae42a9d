using System;
using System.Collections.Generic;
using System.Linq;
using IpsecSdk.Windows.Cim;
using IpsecSdk.Windows.Mapping;
using IpsecSdk.Windows.Testing;

namespace IpsecSdk.Windows.Planning
{
    /// <summary>What a step found before it ran: the object (and, for rules, its filters), or null.</summary>
    internal sealed class StepUndo
    {
        public StepUndo(int step, PlannedChange change, StepSnapshot before)
        {
            Step = step;
            Change = change;
            Before = before;
        }

        public int Step { get; }

        public PlannedChange Change { get; }

        public StepSnapshot Before { get; }
    }

    internal sealed record StepSnapshot(CimInstanceDescription? Instance, IReadOnlyList<CimInstanceDescription> Filters);

    /// <summary>Reads, writes and restores objects, sending registry values through <c>StdRegProv</c>.</summary>
    internal sealed class StepStore
    {
        private static readonly string[] FilterClasses = { CimClassNames.AddressFilter, CimClassNames.ProtocolPortFilter, CimClassNames.InterfaceTypeFilter };
        private readonly ICimGateway _gateway;
        private readonly CimTarget _target;

        public StepStore(ICimGateway gateway, CimTarget target)
        {
            _gateway = gateway;
            _target = target;
        }

        public StepSnapshot Snapshot(CimObjectKey key)
        {
            var instance = Read(key);
            var filters = instance == null || key.Owner != null
                ? Array.Empty<CimInstanceDescription>()
                : FilterClasses.Where(f => CimClassNames.FilterAssociation(key.ClassName, f) != null)
                    .Select(f => _gateway.Get(_target, new CimObjectKey(f, key))).OfType<CimInstanceDescription>().ToArray();
            return new StepSnapshot(instance, filters);
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

        public bool MayHaveChanged(StepUndo undo)
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

        public void Revert(StepUndo undo)
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
