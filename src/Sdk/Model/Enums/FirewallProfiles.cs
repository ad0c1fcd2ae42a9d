using System;

namespace IpsecSdk
{
    /// <summary>Network profiles a rule applies to (CIM <c>Profiles</c> bit flags).</summary>
    [Flags]
    public enum FirewallProfiles
    {
        /// <summary>All profiles.</summary>
        Any = 0,
        /// <summary>Domain network.</summary>
        Domain = 0x1,
        /// <summary>Private network.</summary>
        Private = 0x2,
        /// <summary>Public network.</summary>
        Public = 0x4,
    }
}
