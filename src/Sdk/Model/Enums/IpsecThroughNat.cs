namespace IpsecSdk
{
    /// <summary>Whether IPsec may cross NAT devices (CIM <c>AllowIPsecThroughNAT</c>).</summary>
    public enum IpsecThroughNat
    {
        /// <summary>Never.</summary>
        None = 0,
        /// <summary>When the server is behind NAT.</summary>
        Server = 1,
        /// <summary>When the server and the client are behind NAT.</summary>
        Both = 2,
        /// <summary>Leave the setting to another policy store.</summary>
        NotConfigured = 65535,
    }
}
