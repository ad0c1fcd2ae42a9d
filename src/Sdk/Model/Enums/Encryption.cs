namespace IpsecSdk
{
    /// <summary>
    /// Encryption (cipher) algorithm of a main-mode or quick-mode proposal.
    /// Values are the CIM <c>CipherAlgorithm</c> values of <c>root/StandardCimv2</c>.
    /// </summary>
    public enum Encryption
    {
        /// <summary>No encryption (quick mode ESP integrity-only; invalid in main mode).</summary>
        None = 0,
        /// <summary>DES. Broken; for backward compatibility only (RFC 8221 MUST NOT).</summary>
        Des = 2,
        /// <summary>Triple DES (PowerShell <c>DES3</c>). Deprecated.</summary>
        Des3 = 6,
        /// <summary>AES-128 in CBC mode.</summary>
        Aes128 = 65001,
        /// <summary>AES-192 in CBC mode.</summary>
        Aes192 = 65002,
        /// <summary>AES-256 in CBC mode: the strongest main-mode cipher Windows offers.</summary>
        Aes256 = 65003,
        /// <summary>AES-GCM-128 (quick mode only).</summary>
        AesGcm128 = 65004,
        /// <summary>AES-GCM-192 (quick mode only).</summary>
        AesGcm192 = 65005,
        /// <summary>AES-GCM-256 (quick mode only): the strongest quick-mode cipher Windows offers.</summary>
        AesGcm256 = 65006,
    }
}
