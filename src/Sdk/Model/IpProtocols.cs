namespace IpsecSdk
{
    /// <summary>IANA protocol numbers with a name in the NetSecurity cmdlets.</summary>
    public static class IpProtocols
    {
        /// <summary>ICMPv4.</summary>
        public const int IcmpV4 = 1;
        /// <summary>TCP.</summary>
        public const int Tcp = 6;
        /// <summary>UDP.</summary>
        public const int Udp = 17;
        /// <summary>ICMPv6.</summary>
        public const int IcmpV6 = 58;
    }
}
