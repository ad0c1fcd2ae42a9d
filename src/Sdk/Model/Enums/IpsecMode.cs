namespace IpsecSdk
{
    /// <summary>Transport or tunnel mode (CIM <c>Mode</c>).</summary>
    public enum IpsecMode
    {
        /// <summary>Host-to-host protection of the original packets.</summary>
        Transport = 1,
        /// <summary>Gateway tunnel between two tunnel endpoints.</summary>
        Tunnel = 2,
    }
}
