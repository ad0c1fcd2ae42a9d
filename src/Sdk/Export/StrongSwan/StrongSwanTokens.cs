namespace IpsecSdk.Export.StrongSwan
{
    /// <summary>
    /// strongSwan proposal keywords (swanctl.conf <c>proposals</c>, <c>esp_proposals</c>, <c>ah_proposals</c>) for the
    /// algorithms Windows offers. <c>null</c> where strongSwan has no keyword for the Windows choice.
    /// </summary>
    internal static class StrongSwanTokens
    {
        /// <summary>CBC cipher keyword (IKE and ESP): <c>des</c>, <c>3des</c>, <c>aes128</c>, <c>aes192</c>, <c>aes256</c>.</summary>
        internal static string? CbcEncryption(Encryption encryption) => encryption switch
        {
            Encryption.Des => "des",
            Encryption.Des3 => "3des",
            Encryption.Aes128 => "aes128",
            Encryption.Aes192 => "aes192",
            Encryption.Aes256 => "aes256",
            _ => null,
        };

        /// <summary>
        /// ESP AEAD keyword for Windows' AES-GCM (with its GMAC integrity): <c>aes128gcm16</c> … <c>aes256gcm16</c>,
        /// the 16-octet ICV variant RFC 8221 recommends.
        /// </summary>
        internal static string? GcmEncryption(Encryption encryption) => encryption switch
        {
            Encryption.AesGcm128 => "aes128gcm16",
            Encryption.AesGcm192 => "aes192gcm16",
            Encryption.AesGcm256 => "aes256gcm16",
            _ => null,
        };

        /// <summary>
        /// ESP integrity-only keyword for AES-GMAC without encryption (RFC 4543 ENCR_NULL_AUTH_AES_GMAC):
        /// <c>aes128gmac</c>, <c>aes192gmac</c>, <c>aes256gmac</c>.
        /// </summary>
        internal static string? Gmac(Integrity integrity) => integrity switch
        {
            Integrity.AesGmac128 => "aes128gmac",
            Integrity.AesGmac192 => "aes192gmac",
            Integrity.AesGmac256 => "aes256gmac",
            _ => null,
        };

        /// <summary>HMAC integrity keyword (IKE, ESP, AH): <c>md5</c>, <c>sha1</c>, <c>sha256</c>, <c>sha384</c>.</summary>
        internal static string? Hmac(Integrity integrity) => integrity switch
        {
            Integrity.Md5 => "md5",
            Integrity.Sha1 => "sha1",
            Integrity.Sha256 => "sha256",
            Integrity.Sha384 => "sha384",
            _ => null,
        };

        /// <summary>Key-exchange keyword: <c>modp768</c>, <c>modp1024</c>, <c>modp2048</c>, <c>ecp256</c>, <c>ecp384</c>, <c>modp2048s256</c>.</summary>
        internal static string? Group(DiffieHellmanGroup group) => group switch
        {
            DiffieHellmanGroup.Dh1 => "modp768",
            DiffieHellmanGroup.Dh2 => "modp1024",
            DiffieHellmanGroup.Dh14 => "modp2048",
            DiffieHellmanGroup.Dh19 => "ecp256",
            DiffieHellmanGroup.Dh20 => "ecp384",
            DiffieHellmanGroup.Dh24 => "modp2048s256",
            _ => null,
        };

        /// <summary>
        /// PFS keyword appended to ESP/AH proposals; <see cref="PfsGroup.SameAsMainMode"/> takes the main-mode group.
        /// Null for no PFS.
        /// </summary>
        internal static string? Pfs(PfsGroup pfs, DiffieHellmanGroup mainModeGroup) => pfs switch
        {
            PfsGroup.None => null,
            PfsGroup.SameAsMainMode => Group(mainModeGroup),
            _ => Group((DiffieHellmanGroup)(int)pfs),
        };

        /// <summary>
        /// Remote <c>auth</c> constraint for Windows' certificate signing: <c>ecdsa-256</c> / <c>ecdsa-384</c> require
        /// ECDSA keys of that strength along the peer's chain; RSA stays <c>pubkey</c> (Windows sets no key size).
        /// </summary>
        internal static string RemoteCertificateAuth(CertificateSigning signing) => signing switch
        {
            CertificateSigning.Ecdsa256 => "ecdsa-256",
            CertificateSigning.Ecdsa384 => "ecdsa-384",
            _ => "pubkey",
        };

        /// <summary>Whether a keyword names an algorithm the baselines call broken or deprecated.</summary>
        internal static bool IsWeak(string keyword) =>
            keyword == "des" || keyword == "3des" || keyword == "md5" || keyword == "sha1" || keyword == "modp768" || keyword == "modp1024";
    }
}
