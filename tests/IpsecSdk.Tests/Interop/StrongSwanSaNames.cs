using System;

namespace IpsecSdk.Tests.Interop
{
    /// <summary>How strongSwan names negotiated algorithms in <c>swanctl --list-sas --raw</c> (encr-alg, integ-alg, prf-alg, dh-group).</summary>
    internal static class StrongSwanSaNames
    {
        internal static (string Algorithm, string KeySize) Encryption(Encryption encryption) => encryption switch
        {
            IpsecSdk.Encryption.Aes128 => ("AES_CBC", "128"),
            IpsecSdk.Encryption.Aes192 => ("AES_CBC", "192"),
            IpsecSdk.Encryption.Aes256 => ("AES_CBC", "256"),
            IpsecSdk.Encryption.AesGcm128 => ("AES_GCM_16", "128"),
            IpsecSdk.Encryption.AesGcm192 => ("AES_GCM_16", "192"),
            IpsecSdk.Encryption.AesGcm256 => ("AES_GCM_16", "256"),
            _ => throw new ArgumentOutOfRangeException(nameof(encryption), encryption, "no SA name table row"),
        };

        internal static string Integrity(Integrity integrity) => integrity switch
        {
            IpsecSdk.Integrity.Sha256 => "HMAC_SHA2_256_128",
            IpsecSdk.Integrity.Sha384 => "HMAC_SHA2_384_192",
            _ => throw new ArgumentOutOfRangeException(nameof(integrity), integrity, "no SA name table row"),
        };

        internal static string Prf(Integrity integrity) => "PRF_" + Integrity(integrity).Substring(0, Integrity(integrity).LastIndexOf('_'));

        internal static string Group(DiffieHellmanGroup group) => group switch
        {
            DiffieHellmanGroup.Dh14 => "MODP_2048",
            DiffieHellmanGroup.Dh19 => "ECP_256",
            DiffieHellmanGroup.Dh20 => "ECP_384",
            _ => throw new ArgumentOutOfRangeException(nameof(group), group, "no SA name table row"),
        };
    }
}
