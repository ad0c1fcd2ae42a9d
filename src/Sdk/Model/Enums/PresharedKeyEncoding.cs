namespace IpsecSdk
{
    /// <summary>Encoding of pre-shared keys (CIM <c>KeyEncoding</c>).</summary>
    public enum PresharedKeyEncoding
    {
        /// <summary>UTF-16.</summary>
        Utf16 = 0,
        /// <summary>UTF-8: interoperable with non-Windows peers.</summary>
        Utf8 = 1,
        /// <summary>Leave the setting to another policy store.</summary>
        NotConfigured = 65535,
    }
}
