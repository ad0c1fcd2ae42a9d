namespace IpsecSdk.Building
{
    /// <summary>Configures one quick-mode proposal; unset members stay the strongest (ESP, AES-GCM-256).</summary>
    public sealed class QuickModeProposalBuilder
    {
        private QuickModeProposal _proposal = QuickModeProposal.Strongest;

        /// <summary>Sets the encapsulation (ESP is the default and the recommendation).</summary>
        public QuickModeProposalBuilder WithEncapsulation(Encapsulation encapsulation)
        {
            _proposal = _proposal with { Encapsulation = encapsulation };
            return this;
        }

        /// <summary>Uses AH only (no confidentiality; flagged by IPSEC005).</summary>
        public QuickModeProposalBuilder UseAh() => WithEncapsulation(Encapsulation.Ah);

        /// <summary>Uses AH together with ESP (flagged by IPSEC005).</summary>
        public QuickModeProposalBuilder UseAhAndEsp() => WithEncapsulation(Encapsulation.AhAndEsp);

        /// <summary>Sets the integrity of every encapsulation the proposal uses (ESP, and AH when present).</summary>
        public QuickModeProposalBuilder WithIntegrity(Integrity integrity)
        {
            _proposal = _proposal with { EspIntegrity = integrity, AhIntegrity = _proposal.Encapsulation == Encapsulation.Esp ? Integrity.None : integrity };
            return this;
        }

        /// <summary>Sets the ESP integrity.</summary>
        public QuickModeProposalBuilder WithEspIntegrity(Integrity integrity)
        {
            _proposal = _proposal with { EspIntegrity = integrity };
            return this;
        }

        /// <summary>Sets the AH integrity.</summary>
        public QuickModeProposalBuilder WithAhIntegrity(Integrity integrity)
        {
            _proposal = _proposal with { AhIntegrity = integrity };
            return this;
        }

        /// <summary>Sets the ESP encryption.</summary>
        public QuickModeProposalBuilder WithEncryption(Encryption encryption)
        {
            _proposal = _proposal with { Encryption = encryption };
            return this;
        }

        /// <summary>Sets the SA lifetime (minutes 5..2879; kilobytes 20480..2147483647).</summary>
        public QuickModeProposalBuilder WithLifetime(int minutes, long kilobytes = QuickModeProposal.DefaultLifetimeKilobytes)
        {
            _proposal = _proposal with { LifetimeMinutes = minutes, LifetimeKilobytes = kilobytes };
            return this;
        }

        internal QuickModeProposal Build()
        {
            // AH integrity only means something with AH; keep the model tidy when the encapsulation changed late.
            return _proposal.Encapsulation == Encapsulation.Esp ? _proposal with { AhIntegrity = Integrity.None } : FillAhIntegrity(_proposal);
        }

        private static QuickModeProposal FillAhIntegrity(QuickModeProposal proposal) =>
            proposal.AhIntegrity == Integrity.None ? proposal with { AhIntegrity = proposal.EspIntegrity } : proposal;
    }
}
