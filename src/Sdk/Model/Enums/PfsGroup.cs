namespace IpsecSdk
{
    /// <summary>
    /// Perfect-forward-secrecy group of a quick-mode crypto set (CIM <c>PfsGroupID</c>).
    /// </summary>
    /// <remarks>
    /// Windows documents 0 and 65535 only on the quick-mode SA class; using them on the set is how the
    /// NetSecurity cmdlets' <c>None</c> and <c>SameAsMainMode</c> are understood here.
    /// </remarks>
    public enum PfsGroup
    {
        /// <summary>No PFS: session keys derive from the main-mode key.</summary>
        None = 0,
        /// <summary>MODP-768. Broken.</summary>
        Dh1 = 1,
        /// <summary>MODP-1024. Deprecated.</summary>
        Dh2 = 2,
        /// <summary>MODP-2048.</summary>
        Dh14 = 14,
        /// <summary>ECP-256.</summary>
        Dh19 = 19,
        /// <summary>ECP-384: the strongest group Windows offers.</summary>
        Dh20 = 20,
        /// <summary>MODP-2048/256 (RFC 8247 SHOULD NOT).</summary>
        Dh24 = 24,
        /// <summary>PFS with the main-mode key-exchange group.</summary>
        SameAsMainMode = 65535,
    }
}
