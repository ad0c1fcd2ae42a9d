namespace IpsecSdk.Export
{
    /// <summary>Windows' AES-GCM ciphers and the GMAC integrity each one pairs with (IPSEC105).</summary>
    internal static class GcmPairs
    {
        internal static bool IsGcm(Encryption encryption) =>
            encryption == Encryption.AesGcm128 || encryption == Encryption.AesGcm192 || encryption == Encryption.AesGcm256;

        /// <summary>The GMAC integrity that belongs to an AES-GCM cipher (the model stores GCM integrity as GMAC).</summary>
        internal static Integrity GmacFor(Encryption gcm) => gcm switch
        {
            Encryption.AesGcm128 => Integrity.AesGmac128,
            Encryption.AesGcm192 => Integrity.AesGmac192,
            _ => Integrity.AesGmac256,
        };
    }
}
