namespace IpsecSdk.CodeFixes.Infrastructure
{
    /// <summary>AES-GCM-n encryption and AES-GMAC-n integrity belong together (MS-FASP; IPSEC105).</summary>
    internal static class GcmPairing
    {
        public static long? GmacFor(long? encryption)
        {
            switch (encryption)
            {
                case (long)Encryption.AesGcm128: return (long)Integrity.AesGmac128;
                case (long)Encryption.AesGcm192: return (long)Integrity.AesGmac192;
                case (long)Encryption.AesGcm256: return (long)Integrity.AesGmac256;
                default: return null;
            }
        }

        public static long? GcmFor(long? integrity)
        {
            switch (integrity)
            {
                case (long)Integrity.AesGmac128: return (long)Encryption.AesGcm128;
                case (long)Integrity.AesGmac192: return (long)Encryption.AesGcm192;
                case (long)Integrity.AesGmac256: return (long)Encryption.AesGcm256;
                default: return null;
            }
        }
    }
}
