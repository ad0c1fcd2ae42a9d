namespace IpsecSdk
{
    /// <summary>
    /// One quick-mode (IKE phase 2) proposal (<c>MSFT_NetIKEQMCryptoProposal</c>). Unset members are the
    /// strongest Windows offers: ESP with AES-GCM-256.
    /// </summary>
    public sealed record QuickModeProposal
    {
        /// <summary>Quick-mode lifetime Windows uses when none is given: 60 minutes.</summary>
        public const int DefaultLifetimeMinutes = 60;

        /// <summary>Quick-mode lifetime Windows uses when none is given: 100,000 KB.</summary>
        public const long DefaultLifetimeKilobytes = 100_000;

        /// <summary>The strongest quick-mode proposal: ESP, AES-GCM-256 with AES-GMAC-256 integrity.</summary>
        public static QuickModeProposal Strongest { get; } = new QuickModeProposal();

        /// <summary>Creates the strongest proposal; use <c>with</c> or an object initializer to change it.</summary>
        public QuickModeProposal()
        {
        }

        /// <summary>Creates an ESP proposal with the given integrity and encryption.</summary>
        public QuickModeProposal(Integrity espIntegrity, Encryption encryption)
        {
            EspIntegrity = espIntegrity;
            Encryption = encryption;
        }

        /// <summary>Encapsulation (default ESP).</summary>
        public Encapsulation Encapsulation { get; init; } = Encapsulation.Esp;

        /// <summary>AH integrity; used only with AH encapsulation (default none).</summary>
        public Integrity AhIntegrity { get; init; } = Integrity.None;

        /// <summary>ESP integrity (default AES-GMAC-256, the integrity half of AES-GCM-256).</summary>
        public Integrity EspIntegrity { get; init; } = Integrity.AesGmac256;

        /// <summary>ESP encryption (default AES-GCM-256).</summary>
        public Encryption Encryption { get; init; } = Encryption.AesGcm256;

        /// <summary>SA lifetime in minutes (5..2879, default 60).</summary>
        public int LifetimeMinutes { get; init; } = DefaultLifetimeMinutes;

        /// <summary>SA lifetime in kilobytes (20480..2147483647, default 100000).</summary>
        public long LifetimeKilobytes { get; init; } = DefaultLifetimeKilobytes;
    }
}
