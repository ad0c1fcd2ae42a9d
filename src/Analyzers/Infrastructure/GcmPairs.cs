namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>AES-GCM-n encryption and AES-GMAC-n integrity belong together (MS-FASP; IPSEC105).</summary>
    internal static class GcmPairs
    {
        /// <summary>The GMAC integrity that pairs with a GCM encryption, or null when the encryption is not GCM.</summary>
        public static Integrity? GmacFor(Encryption? encryption)
        {
            switch (encryption)
            {
                case Encryption.AesGcm128: return Integrity.AesGmac128;
                case Encryption.AesGcm192: return Integrity.AesGmac192;
                case Encryption.AesGcm256: return Integrity.AesGmac256;
                default: return null;
            }
        }

        /// <summary>The GCM encryption that pairs with a GMAC integrity, or null when the integrity is not GMAC.</summary>
        public static Encryption? GcmFor(Integrity? integrity)
        {
            switch (integrity)
            {
                case Integrity.AesGmac128: return Encryption.AesGcm128;
                case Integrity.AesGmac192: return Encryption.AesGcm192;
                case Integrity.AesGmac256: return Encryption.AesGcm256;
                default: return null;
            }
        }

        /// <summary>True for AES-GCM encryption.</summary>
        public static bool IsGcm(Encryption encryption) => GmacFor(encryption) != null;

        /// <summary>True for AES-GMAC integrity.</summary>
        public static bool IsGmac(Integrity integrity) => GcmFor(integrity) != null;
    }
}
