using System;

namespace IpsecSdk
{
    /// <summary>Traffic exempt from IPsec (CIM <c>Exemptions</c> flags).</summary>
    [Flags]
    public enum IpsecExemptions : uint
    {
        /// <summary>Nothing is exempt.</summary>
        None = 0,
        /// <summary>IPv6 neighbor discovery.</summary>
        NeighborDiscovery = 0x1,
        /// <summary>ICMP.</summary>
        Icmp = 0x2,
        /// <summary>Router discovery.</summary>
        RouterDiscovery = 0x4,
        /// <summary>DHCP.</summary>
        Dhcp = 0x8,
        /// <summary>Leave the setting to another policy store.</summary>
        NotConfigured = 0xFFFFFFFF,
    }
}
