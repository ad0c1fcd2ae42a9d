namespace IpsecSdk.Windows.Planning
{
    /// <summary>What a planned step does to one object.</summary>
    public enum ChangeKind
    {
        /// <summary>Creates the object.</summary>
        Create,
        /// <summary>Writes changed properties of an existing object.</summary>
        Modify,
        /// <summary>Deletes the object.</summary>
        Delete,
    }
}
