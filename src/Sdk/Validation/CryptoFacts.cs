namespace IpsecSdk.Validation
{
    /// <summary>Facts about Windows' algorithms that several rules need: which are GCM/GMAC and how they pair.</summary>
    internal static class CryptoFacts
    {
        internal static bool IsGcm(Encryption encryption) =>
            encryption == Encryption.AesGcm128 || encryption == Encryption.AesGcm192 || encryption == Encryption.AesGcm256;

        internal static bool IsGmac(Integrity integrity) =>
            integrity == Integrity.AesGmac128 || integrity == Integrity.AesGmac192 || integrity == Integrity.AesGmac256;

        /// <summary>The GMAC integrity of the same key size as a GCM cipher (KB 949856: they must pair).</summary>
        internal static Integrity MatchingGmac(Encryption gcm) =>
            gcm == Encryption.AesGcm128 ? Integrity.AesGmac128 : gcm == Encryption.AesGcm192 ? Integrity.AesGmac192 : Integrity.AesGmac256;

        /// <summary>The GCM cipher of the same key size as a GMAC integrity.</summary>
        internal static Encryption MatchingGcm(Integrity gmac) =>
            gmac == Integrity.AesGmac128 ? Encryption.AesGcm128 : gmac == Integrity.AesGmac192 ? Encryption.AesGcm192 : Encryption.AesGcm256;

        internal static bool UsesEsp(Encapsulation encapsulation) => encapsulation == Encapsulation.Esp || encapsulation == Encapsulation.AhAndEsp;

        internal static bool UsesAh(Encapsulation encapsulation) => encapsulation == Encapsulation.Ah || encapsulation == Encapsulation.AhAndEsp;
    }
}
