namespace IpsecSdk
{
    /// <summary>A quick-mode crypto set (<c>MSFT_NetIKEQMCryptoSet</c>): ordered proposals plus PFS group.</summary>
    public sealed record QuickModeCryptoSet
    {
        /// <summary>Set ID (CIM <c>InstanceID</c>).</summary>
        public string Id { get; init; } = "";

        /// <summary>Display name.</summary>
        public string DisplayName { get; init; } = "";

        /// <summary>Optional description.</summary>
        public string? Description { get; init; }

        /// <summary>Proposals in order of preference (default: <see cref="QuickModeProposal.Strongest"/>).</summary>
        public ValueList<QuickModeProposal> Proposals { get; init; } = ValueList.Of(QuickModeProposal.Strongest);

        /// <summary>Perfect-forward-secrecy group for session keys (default ECDH P-384).</summary>
        public PfsGroup PfsGroup { get; init; } = PfsGroup.Dh20;
    }
}
