namespace IpsecSdk
{
    /// <summary>
    /// One main-mode (IKE phase 1) proposal: cipher, integrity and key-exchange group
    /// (<c>MSFT_NetIKEMMCryptoProposal</c>). Unset members are the strongest Windows offers.
    /// </summary>
    public sealed record MainModeProposal
    {
        /// <summary>The strongest main-mode proposal Windows supports: AES-256, SHA-384, ECDH P-384.</summary>
        public static MainModeProposal Strongest { get; } = new MainModeProposal();

        /// <summary>Creates the strongest proposal; use <c>with</c> or an object initializer to change it.</summary>
        public MainModeProposal()
        {
        }

        /// <summary>Creates a proposal from its three algorithms.</summary>
        public MainModeProposal(Encryption encryption, Integrity integrity, DiffieHellmanGroup keyExchange)
        {
            Encryption = encryption;
            Integrity = integrity;
            KeyExchange = keyExchange;
        }

        /// <summary>Cipher (default AES-256).</summary>
        public Encryption Encryption { get; init; } = Encryption.Aes256;

        /// <summary>Integrity (default SHA-384).</summary>
        public Integrity Integrity { get; init; } = Integrity.Sha384;

        /// <summary>Key-exchange group (default ECDH P-384, group 20).</summary>
        public DiffieHellmanGroup KeyExchange { get; init; } = DiffieHellmanGroup.Dh20;
    }
}
