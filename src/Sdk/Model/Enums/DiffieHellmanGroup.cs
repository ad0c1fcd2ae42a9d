namespace IpsecSdk
{
    /// <summary>
    /// Main-mode key-exchange group. Values are the CIM <c>GroupID</c> values (the IKE group numbers).
    /// </summary>
    public enum DiffieHellmanGroup
    {
        /// <summary>No key exchange (invalid in a main-mode proposal).</summary>
        None = 0,
        /// <summary>MODP-768. Broken (RFC 8247 MUST NOT).</summary>
        Dh1 = 1,
        /// <summary>MODP-1024. Deprecated (RFC 8247 SHOULD NOT).</summary>
        Dh2 = 2,
        /// <summary>MODP-2048.</summary>
        Dh14 = 14,
        /// <summary>ECP-256 (ECDH P-256).</summary>
        Dh19 = 19,
        /// <summary>ECP-384 (ECDH P-384): the strongest group Windows offers.</summary>
        Dh20 = 20,
        /// <summary>MODP-2048 with a 256-bit prime-order subgroup (RFC 8247 SHOULD NOT).</summary>
        Dh24 = 24,
    }
}
