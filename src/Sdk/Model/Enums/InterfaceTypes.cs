using System;

namespace IpsecSdk
{
    /// <summary>Interface types a rule applies to (CIM <c>MSFT_NetInterfaceTypeFilter.InterfaceType</c> flags).</summary>
    [Flags]
    public enum InterfaceTypes
    {
        /// <summary>Every interface type.</summary>
        Any = 0,
        /// <summary>Wired LAN (PowerShell <c>Wired</c>).</summary>
        Wired = 0x1,
        /// <summary>Wireless.</summary>
        Wireless = 0x2,
        /// <summary>Remote access (VPN, dial-up).</summary>
        RemoteAccess = 0x4,
    }
}
