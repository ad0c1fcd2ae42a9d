namespace IpsecSdk
{
    /// <summary>A phase-2 (user or health) authentication set (<c>MSFT_NetIKEP2AuthSet</c>); requires AuthIP.</summary>
    public sealed record Phase2AuthenticationSet
    {
        /// <summary>Set ID.</summary>
        public string Id { get; init; } = "";

        /// <summary>Display name.</summary>
        public string DisplayName { get; init; } = "";

        /// <summary>Optional description.</summary>
        public string? Description { get; init; }

        /// <summary>Proposals in order of preference.</summary>
        public ValueList<AuthenticationProposal> Proposals { get; init; } = ValueList<AuthenticationProposal>.Empty;
    }
}
