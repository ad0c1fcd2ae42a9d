namespace IpsecSdk.Catalogue
{
    /// <summary>What a baseline says of a choice, from acceptable to forbidden.</summary>
    public enum Verdict
    {
        /// <summary>Allowed.</summary>
        Ok = 0,
        /// <summary>Allowed; worth knowing.</summary>
        Info = 1,
        /// <summary>Should not be used.</summary>
        Warning = 2,
        /// <summary>Must not be used.</summary>
        Error = 3,
    }
}
