using System;

namespace IpsecSdk
{
    /// <summary>Keying modules a connection security rule may use (CIM <c>KeyModule</c> bit flags).</summary>
    [Flags]
    public enum KeyModule
    {
        /// <summary>Let Windows choose from the authentication methods.</summary>
        Default = 0,
        /// <summary>IKEv1 (RFC 9395 deprecates it; Windows needs it for Kerberos and PSK with non-Windows peers).</summary>
        IkeV1 = 0x1,
        /// <summary>AuthIP: Microsoft's extension, the only module that supports phase-2 authentication.</summary>
        AuthIP = 0x2,
        /// <summary>IKEv2: certificates only in phase 1; no Kerberos, PSK or NTLM.</summary>
        IkeV2 = 0x4,
    }
}
