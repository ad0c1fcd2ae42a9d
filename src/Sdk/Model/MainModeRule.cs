namespace IpsecSdk
{
    /// <summary>
    /// A main-mode rule (<c>MSFT_NetMainModeRule</c>): binds a main-mode crypto set and phase-1 authentication
    /// to a pair of endpoints. Derived from each connection security rule, because Windows'
    /// <c>New-NetIPsecRule</c> has no main-mode crypto parameter and would otherwise fall back to the global
    /// (weak) main-mode defaults.
    /// </summary>
    public sealed record MainModeRule
    {
        /// <summary>Rule ID: the connection security rule's ID with <c>.mm</c> appended.</summary>
        public string Id { get; init; } = "";

        /// <summary>Display name.</summary>
        public string DisplayName { get; init; } = "";

        /// <summary>Whether the rule is enabled.</summary>
        public bool Enabled { get; init; } = true;

        /// <summary>Network profiles.</summary>
        public FirewallProfiles Profiles { get; init; } = FirewallProfiles.Any;

        /// <summary>Local endpoints (empty = any).</summary>
        public ValueList<string> LocalAddresses { get; init; } = ValueList<string>.Empty;

        /// <summary>Remote endpoints (empty = any).</summary>
        public ValueList<string> RemoteAddresses { get; init; } = ValueList<string>.Empty;

        /// <summary>The main-mode crypto set.</summary>
        public MainModeCryptoSet MainMode { get; init; } = new MainModeCryptoSet();

        /// <summary>The phase-1 authentication set.</summary>
        public Phase1AuthenticationSet? Phase1Authentication { get; init; }

        /// <summary>The main-mode rule that carries a connection security rule's main-mode settings.</summary>
        public static MainModeRule For(ConnectionSecurityRule rule) => new MainModeRule
        {
            Id = rule.Id + ".mm",
            DisplayName = rule.DisplayName + " (main mode)",
            Enabled = rule.Enabled,
            Profiles = rule.Profiles,
            LocalAddresses = rule.Mode == IpsecMode.Tunnel && rule.LocalTunnelEndpoint != null ? ValueList.Of(rule.LocalTunnelEndpoint) : rule.LocalAddresses,
            RemoteAddresses = rule.Mode == IpsecMode.Tunnel ? rule.RemoteTunnelEndpoints : rule.RemoteAddresses,
            MainMode = rule.MainMode,
            Phase1Authentication = rule.Phase1Authentication,
        };
    }
}
