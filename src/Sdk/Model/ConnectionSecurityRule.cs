using System.Text.Json.Serialization;

namespace IpsecSdk
{
    /// <summary>
    /// A connection security rule (<c>MSFT_NetConSecRule</c>, PowerShell <c>New-NetIPsecRule</c>) with the
    /// crypto and authentication sets it uses. Unset members are secure: Require in both directions,
    /// the strongest main-mode and quick-mode crypto.
    /// </summary>
    public sealed record ConnectionSecurityRule
    {
        /// <summary>Rule ID (CIM <c>InstanceID</c>): 1..511 characters, no <c>|</c>.</summary>
        public string Id { get; init; } = "";

        /// <summary>Display name: 1..9999 characters, no <c>|</c>, not "all".</summary>
        public string DisplayName { get; init; } = "";

        /// <summary>Optional description.</summary>
        public string? Description { get; init; }

        /// <summary>Whether the rule is enabled (default true).</summary>
        public bool Enabled { get; init; } = true;

        /// <summary>Network profiles (default all).</summary>
        public FirewallProfiles Profiles { get; init; } = FirewallProfiles.Any;

        /// <summary>Transport or tunnel (default transport).</summary>
        public IpsecMode Mode { get; init; } = IpsecMode.Transport;

        /// <summary>Inbound security (default Require).</summary>
        public SecurityAction InboundSecurity { get; init; } = SecurityAction.Require;

        /// <summary>Outbound security (default Require).</summary>
        public SecurityAction OutboundSecurity { get; init; } = SecurityAction.Require;

        /// <summary>Key modules (the builder picks IKEv2 where the authentication allows it).</summary>
        public KeyModule KeyModule { get; init; } = KeyModule.Default;

        /// <summary>Local addresses, subnets, ranges or keywords (empty = any).</summary>
        public ValueList<string> LocalAddresses { get; init; } = ValueList<string>.Empty;

        /// <summary>Remote addresses, subnets, ranges or keywords (empty = any).</summary>
        public ValueList<string> RemoteAddresses { get; init; } = ValueList<string>.Empty;

        /// <summary>IP protocol number 0..255, or null for any (see <see cref="IpProtocols"/>).</summary>
        public int? Protocol { get; init; }

        /// <summary>Local ports or port keywords (TCP/UDP only; empty = any).</summary>
        public ValueList<string> LocalPorts { get; init; } = ValueList<string>.Empty;

        /// <summary>Remote ports or port keywords (TCP/UDP only; empty = any).</summary>
        public ValueList<string> RemotePorts { get; init; } = ValueList<string>.Empty;

        /// <summary>Interface types (default any).</summary>
        public InterfaceTypes InterfaceTypes { get; init; } = InterfaceTypes.Any;

        /// <summary>Tunnel mode: the local tunnel endpoint.</summary>
        public string? LocalTunnelEndpoint { get; init; }

        /// <summary>Tunnel mode: the remote tunnel endpoints.</summary>
        public ValueList<string> RemoteTunnelEndpoints { get; init; } = ValueList<string>.Empty;

        /// <summary>Apply the global authorization lists (CIM <c>RequireAuthorization</c>).</summary>
        public bool RequireAuthorization { get; init; }

        /// <summary>Transport mode: SDDL of the computers allowed to connect (CIM <c>Machines</c>).</summary>
        public string? AuthorizedMachinesSddl { get; init; }

        /// <summary>Transport mode: SDDL of the users allowed to connect (CIM <c>Users</c>).</summary>
        public string? AuthorizedUsersSddl { get; init; }

        /// <summary>
        /// The rule's place in the isolation design: <see cref="IsolationZone.Boundary"/> declares request mode intended, so
        /// IPSEC007 reports it as a remark instead of a warning. SDK-side intent: not stored by Windows, not exported.
        /// </summary>
        [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
        public IsolationZone Zone { get; init; } = IsolationZone.Isolated;

        /// <summary>
        /// True when <c>Build()</c> derived <see cref="KeyModule"/> because <c>UseKeyModule</c> was not called: IKEv2 for a
        /// certificate-only phase 1 without AH or phase 2, AuthIP with phase 2, else Default. False when the value was given.
        /// SDK-side provenance: not stored by Windows (the read-back says false), not exported, in JSON only when true.
        /// </summary>
        [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
        public bool KeyModuleDerived { get; init; }

        /// <summary>The BSI protection needs of the traffic (default normal).</summary>
        public ProtectionRequirement ProtectionRequirement { get; init; } = ProtectionRequirement.Normal;

        /// <summary>Main-mode crypto for this rule's peers (written as a main-mode rule with the same endpoints).</summary>
        public MainModeCryptoSet MainMode { get; init; } = new MainModeCryptoSet();

        /// <summary>Quick-mode crypto; null only when both directions are <see cref="SecurityAction.None"/>.</summary>
        public QuickModeCryptoSet? QuickMode { get; init; }

        /// <summary>Phase-1 authentication; required unless both directions are <see cref="SecurityAction.None"/>.</summary>
        public Phase1AuthenticationSet? Phase1Authentication { get; init; }

        /// <summary>Optional phase-2 (user) authentication; requires AuthIP.</summary>
        public Phase2AuthenticationSet? Phase2Authentication { get; init; }

        /// <summary>True when neither direction is protected (an exemption rule).</summary>
        [JsonIgnore]
        public bool IsExemption => InboundSecurity == SecurityAction.None && OutboundSecurity == SecurityAction.None;
    }
}
