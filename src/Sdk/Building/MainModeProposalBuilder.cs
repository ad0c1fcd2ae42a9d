namespace IpsecSdk.Building
{
    /// <summary>Configures one main-mode proposal; unset algorithms stay the strongest (AES-256, SHA-384, ECDH P-384).</summary>
    public sealed class MainModeProposalBuilder
    {
        private MainModeProposal _proposal = MainModeProposal.Strongest;

        /// <summary>Sets the cipher.</summary>
        public MainModeProposalBuilder WithEncryption(Encryption encryption)
        {
            _proposal = _proposal with { Encryption = encryption };
            return this;
        }

        /// <summary>Sets the integrity algorithm.</summary>
        public MainModeProposalBuilder WithIntegrity(Integrity integrity)
        {
            _proposal = _proposal with { Integrity = integrity };
            return this;
        }

        /// <summary>Sets the key-exchange group.</summary>
        public MainModeProposalBuilder WithKeyExchange(DiffieHellmanGroup keyExchange)
        {
            _proposal = _proposal with { KeyExchange = keyExchange };
            return this;
        }

        internal MainModeProposal Build() => _proposal;
    }
}
