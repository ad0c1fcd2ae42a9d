namespace IpsecSdk
{
    /// <summary>
    /// Integrity (hash) algorithm of a main-mode proposal or of the AH/ESP part of a quick-mode proposal.
    /// Values are the CIM <c>HashAlgorithm</c> values of <c>root/StandardCimv2</c>.
    /// </summary>
    public enum Integrity
    {
        /// <summary>No integrity (only valid for ESP when encryption is set).</summary>
        None = 0,
        /// <summary>HMAC-MD5. Broken (RFC 8221/8247 MUST NOT).</summary>
        Md5 = 2,
        /// <summary>HMAC-SHA-1. Deprecated (BSI TR-02102-3 withdrew it in 2020).</summary>
        Sha1 = 3,
        /// <summary>HMAC-SHA-256.</summary>
        Sha256 = 65001,
        /// <summary>HMAC-SHA-384 (main mode only).</summary>
        Sha384 = 65002,
        /// <summary>AES-GMAC-128 (quick mode only); pairs with <see cref="Encryption.AesGcm128"/>.</summary>
        AesGmac128 = 65003,
        /// <summary>AES-GMAC-192 (quick mode only); pairs with <see cref="Encryption.AesGcm192"/>.</summary>
        AesGmac192 = 65004,
        /// <summary>AES-GMAC-256 (quick mode only); pairs with <see cref="Encryption.AesGcm256"/>.</summary>
        AesGmac256 = 65005,
    }
}
