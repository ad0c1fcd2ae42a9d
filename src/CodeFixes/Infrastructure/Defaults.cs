namespace IpsecSdk.CodeFixes.Infrastructure
{
    /// <summary>
    /// What an unset slot holds in a fresh proposal (<c>MainModeProposal.Strongest</c> / <c>QuickModeProposal.Strongest</c>,
    /// which the proposal builders start from): AES-256, SHA-384, ECP-384 in main mode; ESP AES-GCM-256 with AES-GMAC-256 in quick mode.
    /// </summary>
    internal static class Defaults
    {
        public static long? Of(CryptoPhase? phase, SlotKind kind)
        {
            switch (kind)
            {
                case SlotKind.Encryption:
                    return phase == CryptoPhase.MainMode ? (long)Encryption.Aes256 : (long)Encryption.AesGcm256;
                case SlotKind.MainModeIntegrity:
                    return (long)Integrity.Sha384;
                case SlotKind.EspIntegrity:
                case SlotKind.AllIntegrity:
                    return (long)Integrity.AesGmac256;
                case SlotKind.AhIntegrity:
                    return (long)Integrity.None;
                case SlotKind.Encapsulation:
                    return (long)Encapsulation.Esp;
                case SlotKind.KeyExchange:
                    return (long)DiffieHellmanGroup.Dh20;
                default:
                    return null;
            }
        }
    }
}
