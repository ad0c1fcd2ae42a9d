namespace IpsecSdk.Windows.Cim
{
    /// <summary>
    /// Identifies one stored CIM object: class name and <c>InstanceID</c>. Filter objects
    /// (<c>MSFT_NetAddressFilter</c> and the like) have no ID of their own: they belong to a rule, named by
    /// <see cref="Owner"/>, and carry the rule's ID.
    /// </summary>
    public sealed record CimObjectKey
    {
        /// <summary>Creates a key for a stored object with its own ID.</summary>
        public CimObjectKey(string className, string instanceId)
        {
            ClassName = className ?? throw new System.ArgumentNullException(nameof(className));
            InstanceId = instanceId ?? throw new System.ArgumentNullException(nameof(instanceId));
        }

        /// <summary>Creates the key of a filter object that belongs to <paramref name="owner"/>.</summary>
        public CimObjectKey(string filterClassName, CimObjectKey owner)
            : this(filterClassName, (owner ?? throw new System.ArgumentNullException(nameof(owner))).InstanceId)
        {
            Owner = owner;
        }

        /// <summary>The CIM class (e.g. <c>MSFT_NetConSecRule</c>).</summary>
        public string ClassName { get; }

        /// <summary>The <c>InstanceID</c> (for filters: the owning rule's ID).</summary>
        public string InstanceId { get; }

        /// <summary>The rule a filter object belongs to; null for objects with their own ID.</summary>
        public CimObjectKey? Owner { get; }

        /// <inheritdoc />
        public override string ToString() =>
            Owner != null ? ClassName + " of " + Owner : InstanceId.Length == 0 ? ClassName + " (the store's single instance)" : ClassName + " '" + InstanceId + "'";
    }
}
