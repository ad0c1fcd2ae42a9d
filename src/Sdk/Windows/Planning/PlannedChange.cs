using IpsecSdk.Windows.Cim;

namespace IpsecSdk.Windows.Planning
{
    /// <summary>One step of a plan: what happens to which object, and which properties change.</summary>
    public sealed class PlannedChange
    {
        /// <summary>Creates a step.</summary>
        public PlannedChange(ChangeKind kind, CimObjectKey key, CimInstanceDescription? write, ValueList<PropertyChange> changes)
        {
            Kind = kind;
            Key = key;
            Write = write;
            Changes = changes;
        }

        /// <summary>Create, modify or delete.</summary>
        public ChangeKind Kind { get; }

        /// <summary>The object.</summary>
        public CimObjectKey Key { get; }

        /// <summary>What is written: the full object (create) or only the changed properties (modify); null for delete.</summary>
        public CimInstanceDescription? Write { get; }

        /// <summary>The property changes (for delete: none).</summary>
        public ValueList<PropertyChange> Changes { get; }

        /// <inheritdoc />
        public override string ToString() => (Kind == ChangeKind.Create ? "+ create " : Kind == ChangeKind.Modify ? "~ modify " : "- delete ") + Key;
    }
}
