using System;
using System.Collections.Generic;

namespace IpsecSdk.Building
{
    /// <summary>
    /// Configures a main-mode crypto set. Without proposals the set holds the strongest one; the first
    /// proposal added replaces that default.
    /// </summary>
    public sealed class MainModeCryptoSetBuilder
    {
        private readonly List<MainModeProposal> _proposals = new List<MainModeProposal>();
        private MainModeCryptoSet _set = new MainModeCryptoSet();

        internal bool MaxSessionsChosen { get; private set; }

        /// <summary>Adds a proposal from its three algorithms.</summary>
        public MainModeCryptoSetBuilder AddProposal(Encryption encryption, Integrity integrity, DiffieHellmanGroup keyExchange)
        {
            _proposals.Add(new MainModeProposal(encryption, integrity, keyExchange));
            return this;
        }

        /// <summary>Adds a proposal configured by <paramref name="configure"/> (unset algorithms stay the strongest).</summary>
        public MainModeCryptoSetBuilder AddProposal(Action<MainModeProposalBuilder> configure)
        {
            var builder = new MainModeProposalBuilder();
            Guard.NotNull(configure, nameof(configure))(builder);
            _proposals.Add(builder.Build());
            return this;
        }

        /// <summary>Adds a ready-made proposal.</summary>
        public MainModeCryptoSetBuilder AddProposal(MainModeProposal proposal)
        {
            _proposals.Add(Guard.NotNull(proposal, nameof(proposal)));
            return this;
        }

        /// <summary>Sets the key lifetime in minutes (1..2879; the baselines want at most 1440).</summary>
        public MainModeCryptoSetBuilder WithLifetime(int minutes)
        {
            _set = _set with { LifetimeMinutes = minutes };
            return this;
        }

        /// <summary>Sets how many quick modes one main-mode key may serve (0 = no limit).</summary>
        public MainModeCryptoSetBuilder WithMaxSessions(int sessions)
        {
            _set = _set with { MaxSessions = sessions };
            MaxSessionsChosen = true;
            return this;
        }

        /// <summary>Master-key PFS: a new main mode, and a new authentication, for every quick mode.</summary>
        public MainModeCryptoSetBuilder EnableMasterKeyPfs() => WithMaxSessions(1);

        /// <summary>Lets AuthIP skip Diffie-Hellman when it can (weaker; forced DH is the default).</summary>
        public MainModeCryptoSetBuilder AllowSkippingDiffieHellman()
        {
            _set = _set with { ForceDiffieHellman = false };
            return this;
        }

        internal MainModeCryptoSet Build(string id, string displayName) => _set with
        {
            Id = id,
            DisplayName = displayName,
            Proposals = _proposals.Count == 0 ? _set.Proposals : new ValueList<MainModeProposal>(_proposals),
        };
    }
}
