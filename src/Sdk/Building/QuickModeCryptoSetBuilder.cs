using System;
using System.Collections.Generic;

namespace IpsecSdk.Building
{
    /// <summary>
    /// Configures a quick-mode crypto set. Without proposals the set holds the strongest one (ESP AES-GCM-256);
    /// PFS is ECDH P-384 unless chosen otherwise.
    /// </summary>
    public sealed class QuickModeCryptoSetBuilder
    {
        private readonly List<QuickModeProposal> _proposals = new List<QuickModeProposal>();
        private PfsGroup _pfsGroup = PfsGroup.Dh20;

        /// <summary>Adds an ESP proposal with the given integrity and encryption.</summary>
        public QuickModeCryptoSetBuilder AddEspProposal(Integrity integrity, Encryption encryption)
        {
            _proposals.Add(new QuickModeProposal(integrity, encryption));
            return this;
        }

        /// <summary>Adds a proposal configured by <paramref name="configure"/> (unset members stay the strongest).</summary>
        public QuickModeCryptoSetBuilder AddProposal(Action<QuickModeProposalBuilder> configure)
        {
            var builder = new QuickModeProposalBuilder();
            Guard.NotNull(configure, nameof(configure))(builder);
            _proposals.Add(builder.Build());
            return this;
        }

        /// <summary>Adds a ready-made proposal.</summary>
        public QuickModeCryptoSetBuilder AddProposal(QuickModeProposal proposal)
        {
            _proposals.Add(Guard.NotNull(proposal, nameof(proposal)));
            return this;
        }

        /// <summary>Sets the PFS group for session keys (<see cref="PfsGroup.None"/> turns PFS off: IPSEC004).</summary>
        public QuickModeCryptoSetBuilder WithPfs(PfsGroup group)
        {
            _pfsGroup = group;
            return this;
        }

        internal QuickModeCryptoSet Build(string id, string displayName) => new QuickModeCryptoSet
        {
            Id = id,
            DisplayName = displayName,
            PfsGroup = _pfsGroup,
            Proposals = _proposals.Count == 0 ? ValueList.Of(QuickModeProposal.Strongest) : new ValueList<QuickModeProposal>(_proposals),
        };
    }
}
