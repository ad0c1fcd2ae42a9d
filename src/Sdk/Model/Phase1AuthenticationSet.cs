namespace IpsecSdk
{
    /// <summary>A phase-1 (computer) authentication set (<c>MSFT_NetIKEP1AuthSet</c>).</summary>
    public sealed record Phase1AuthenticationSet
    {
        /// <summary>Set ID.</summary>
        public string Id { get; init; } = "";

        /// <summary>Display name.</summary>
        public string DisplayName { get; init; } = "";

        /// <summary>Optional description.</summary>
        public string? Description { get; init; }

        /// <summary>Proposals in order of preference. There is no secure default: at least one is required.</summary>
        public ValueList<AuthenticationProposal> Proposals { get; init; } = ValueList<AuthenticationProposal>.Empty;
    }
}
