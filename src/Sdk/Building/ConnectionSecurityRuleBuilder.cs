using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace IpsecSdk.Building
{
    /// <summary>
    /// Configures one connection security rule. Secure unless told otherwise: Require in both directions,
    /// strongest crypto, IKEv2 where the authentication allows it. Authentication has no default.
    /// </summary>
    public sealed class ConnectionSecurityRuleBuilder
    {
        private readonly List<AuthenticationProposal> _phase1 = new List<AuthenticationProposal>();
        private readonly List<AuthenticationProposal> _phase2 = new List<AuthenticationProposal>();
        private readonly MainModeCryptoSetBuilder _mainMode = new MainModeCryptoSetBuilder();
        private readonly QuickModeCryptoSetBuilder _quickMode = new QuickModeCryptoSetBuilder();
        private ConnectionSecurityRule _rule;
        private MainModeCryptoSet? _sharedMainMode;
        private QuickModeCryptoSet? _sharedQuickMode;
        private Phase1AuthenticationSet? _sharedPhase1;
        private Phase2AuthenticationSet? _sharedPhase2;
        private bool _keyModuleChosen;

        internal ConnectionSecurityRuleBuilder(string id)
        {
            _rule = new ConnectionSecurityRule { Id = id, DisplayName = id };
        }

        /// <summary>Sets the display name (defaults to the ID).</summary>
        public ConnectionSecurityRuleBuilder WithDisplayName(string displayName) => Set(_rule with { DisplayName = Guard.NotNull(displayName, nameof(displayName)) });

        /// <summary>Sets the description.</summary>
        public ConnectionSecurityRuleBuilder WithDescription(string description) => Set(_rule with { Description = Guard.NotNull(description, nameof(description)) });

        /// <summary>Creates the rule disabled.</summary>
        public ConnectionSecurityRuleBuilder Disabled() => Set(_rule with { Enabled = false });

        /// <summary>Limits the rule to network profiles.</summary>
        public ConnectionSecurityRuleBuilder ForProfiles(FirewallProfiles profiles) => Set(_rule with { Profiles = profiles });

        /// <summary>Require IPsec in both directions (the default).</summary>
        public ConnectionSecurityRuleBuilder RequireInboundAndOutbound() => WithSecurity(SecurityAction.Require, SecurityAction.Require);

        /// <summary>Require IPsec inbound, request it outbound (servers that still reach legacy clients).</summary>
        public ConnectionSecurityRuleBuilder RequireInboundRequestOutbound() => WithSecurity(SecurityAction.Require, SecurityAction.Request);

        /// <summary>Request IPsec in both directions: clear-text fallback (boundary zones; IPSEC007).</summary>
        public ConnectionSecurityRuleBuilder RequestInboundAndOutbound() => WithSecurity(SecurityAction.Request, SecurityAction.Request);

        /// <summary>Exempt the matching traffic from IPsec (no authentication, no crypto).</summary>
        public ConnectionSecurityRuleBuilder DoNotSecure() => WithSecurity(SecurityAction.None, SecurityAction.None);

        /// <summary>
        /// A declared boundary zone (BSI M 5.90 "Server (request security)"): request IPsec both ways and accept clear text
        /// from hosts that cannot negotiate it. The declaration makes the fallback intended: IPSEC007 reports it as a remark
        /// (an error under <c>cnsa</c> and on very-high-protection rules) instead of the warning an undeclared Request gets.
        /// </summary>
        public ConnectionSecurityRuleBuilder AsBoundaryZone() =>
            Set(_rule with { Zone = IsolationZone.Boundary, InboundSecurity = SecurityAction.Request, OutboundSecurity = SecurityAction.Request });

        /// <summary>An exemption (the isolation design's exempted traffic, e.g. DNS or DHCP): the same as <see cref="DoNotSecure"/>.</summary>
        public ConnectionSecurityRuleBuilder AsExemption() => DoNotSecure();

        /// <summary>Sets inbound and outbound security explicitly.</summary>
        public ConnectionSecurityRuleBuilder WithSecurity(SecurityAction inbound, SecurityAction outbound) => Set(_rule with { InboundSecurity = inbound, OutboundSecurity = outbound });

        /// <summary>Chooses the key modules instead of letting the builder pick.</summary>
        public ConnectionSecurityRuleBuilder UseKeyModule(KeyModule keyModule)
        {
            _keyModuleChosen = true;
            return Set(_rule with { KeyModule = keyModule });
        }

        /// <summary>Sets the BSI protection requirement of the rule's traffic.</summary>
        public ConnectionSecurityRuleBuilder WithProtectionRequirement(ProtectionRequirement requirement) => Set(_rule with { ProtectionRequirement = requirement });

        /// <summary>Local addresses, subnets (<c>10.0.0.0/24</c>), ranges (<c>a-b</c>) or keywords.</summary>
        public ConnectionSecurityRuleBuilder WithLocalAddresses(params string[] addresses) => Set(_rule with { LocalAddresses = List(addresses, nameof(addresses)) });

        /// <summary>Remote addresses, subnets, ranges or keywords (e.g. <c>Internet</c>, <c>LocalSubnet</c>).</summary>
        public ConnectionSecurityRuleBuilder WithRemoteAddresses(params string[] addresses) => Set(_rule with { RemoteAddresses = List(addresses, nameof(addresses)) });

        /// <summary>Sets the IP protocol (0..255; see <see cref="IpProtocols"/>).</summary>
        public ConnectionSecurityRuleBuilder WithProtocol(int protocol) => Set(_rule with { Protocol = protocol });

        /// <summary>Limits the rule to TCP.</summary>
        public ConnectionSecurityRuleBuilder Tcp() => WithProtocol(IpProtocols.Tcp);

        /// <summary>Limits the rule to UDP.</summary>
        public ConnectionSecurityRuleBuilder Udp() => WithProtocol(IpProtocols.Udp);

        /// <summary>Local ports (TCP/UDP only).</summary>
        public ConnectionSecurityRuleBuilder WithLocalPorts(params int[] ports) => WithLocalPorts(Ports(ports));

        /// <summary>Local ports or keywords such as <c>RPC</c> (TCP/UDP only); ranges such as <c>49152-65535</c> on exemption rules only (IPSEC114).</summary>
        public ConnectionSecurityRuleBuilder WithLocalPorts(params string[] ports) => Set(_rule with { LocalPorts = List(ports, nameof(ports)) });

        /// <summary>Remote ports (TCP/UDP only).</summary>
        public ConnectionSecurityRuleBuilder WithRemotePorts(params int[] ports) => WithRemotePorts(Ports(ports));

        /// <summary>Remote ports or keywords such as <c>IPHTTPSOut</c> (TCP/UDP only); ranges on exemption rules only (IPSEC114).</summary>
        public ConnectionSecurityRuleBuilder WithRemotePorts(params string[] ports) => Set(_rule with { RemotePorts = List(ports, nameof(ports)) });

        /// <summary>Limits the rule to interface types.</summary>
        public ConnectionSecurityRuleBuilder OnInterfaceTypes(InterfaceTypes interfaceTypes) => Set(_rule with { InterfaceTypes = interfaceTypes });

        /// <summary>Makes the rule a tunnel between a local and one or more remote tunnel endpoints.</summary>
        public ConnectionSecurityRuleBuilder Tunnel(string localEndpoint, params string[] remoteEndpoints) => Set(_rule with
        {
            Mode = IpsecMode.Tunnel,
            LocalTunnelEndpoint = Guard.NotNull(localEndpoint, nameof(localEndpoint)),
            RemoteTunnelEndpoints = List(remoteEndpoints, nameof(remoteEndpoints)),
        });

        /// <summary>Transport mode: only these computers (SDDL) may connect; also turns on <c>RequireAuthorization</c>.</summary>
        public ConnectionSecurityRuleBuilder AuthorizeMachines(string sddl) => Set(_rule with { AuthorizedMachinesSddl = Guard.NotNull(sddl, nameof(sddl)), RequireAuthorization = true });

        /// <summary>Transport mode: only these users (SDDL) may connect; also turns on <c>RequireAuthorization</c>.</summary>
        public ConnectionSecurityRuleBuilder AuthorizeUsers(string sddl) => Set(_rule with { AuthorizedUsersSddl = Guard.NotNull(sddl, nameof(sddl)), RequireAuthorization = true });

        /// <summary>Configures main-mode crypto (default: AES-256, SHA-384, ECDH P-384, 480 minutes, forced DH).</summary>
        public ConnectionSecurityRuleBuilder UseMainMode(Action<MainModeCryptoSetBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure))(_mainMode);
            return this;
        }

        /// <summary>Uses a ready-made main-mode crypto set (shared sets keep their ID).</summary>
        public ConnectionSecurityRuleBuilder UseMainMode(MainModeCryptoSet set)
        {
            _sharedMainMode = Guard.NotNull(set, nameof(set));
            return this;
        }

        /// <summary>Configures quick-mode crypto (default: ESP AES-GCM-256, PFS ECDH P-384).</summary>
        public ConnectionSecurityRuleBuilder UseQuickMode(Action<QuickModeCryptoSetBuilder> configure)
        {
            Guard.NotNull(configure, nameof(configure))(_quickMode);
            return this;
        }

        /// <summary>Uses a ready-made quick-mode crypto set (shared sets keep their ID).</summary>
        public ConnectionSecurityRuleBuilder UseQuickMode(QuickModeCryptoSet set)
        {
            _sharedQuickMode = Guard.NotNull(set, nameof(set));
            return this;
        }

        /// <summary>Phase 1: computer certificate issued by <paramref name="authority"/> (an X.500 name).</summary>
        public ConnectionSecurityRuleBuilder AuthenticateWithCertificate(string authority, Action<CertificateProposalBuilder>? configure = null) =>
            AddCertificate(_phase1, AuthenticationMethod.MachineCertificate, authority, configure);

        /// <summary>Phase 1: computer Kerberos V5, optionally through a Kerberos proxy (inside one AD forest only).</summary>
        public ConnectionSecurityRuleBuilder AuthenticateWithKerberos(string? proxy = null) =>
            AddProposal(_phase1, new AuthenticationProposal { Method = AuthenticationMethod.MachineKerberos, KerberosProxy = proxy });

        /// <summary>Phase 1: computer NTLMv2 (IPSEC012).</summary>
        public ConnectionSecurityRuleBuilder AuthenticateWithNtlm() => AddProposal(_phase1, new AuthenticationProposal { Method = AuthenticationMethod.MachineNtlm });

        /// <summary>Phase 1: pre-shared key (IPSEC006; stored in clear text by Windows).</summary>
        public ConnectionSecurityRuleBuilder AuthenticateWithPresharedKey(string key) =>
            AddProposal(_phase1, new AuthenticationProposal { Method = AuthenticationMethod.PresharedKey, PresharedKey = Guard.NotNull(key, nameof(key)) });

        /// <summary>Phase 1: also accept anonymous peers (never as the only method: IPSEC014).</summary>
        public ConnectionSecurityRuleBuilder AllowAnonymous() => AddProposal(_phase1, new AuthenticationProposal { Method = AuthenticationMethod.Anonymous });

        /// <summary>Phase 2: user Kerberos V5 (requires AuthIP).</summary>
        public ConnectionSecurityRuleBuilder AuthenticateUserWithKerberos(string? proxy = null) =>
            AddProposal(_phase2, new AuthenticationProposal { Method = AuthenticationMethod.UserKerberos, KerberosProxy = proxy });

        /// <summary>Phase 2: user certificate (requires AuthIP).</summary>
        public ConnectionSecurityRuleBuilder AuthenticateUserWithCertificate(string authority, Action<CertificateProposalBuilder>? configure = null) =>
            AddCertificate(_phase2, AuthenticationMethod.UserCertificate, authority, configure);

        /// <summary>Phase 2: user NTLMv2 (requires AuthIP; IPSEC012).</summary>
        public ConnectionSecurityRuleBuilder AuthenticateUserWithNtlm() => AddProposal(_phase2, new AuthenticationProposal { Method = AuthenticationMethod.UserNtlm });

        /// <summary>Phase 2: computer health certificate (requires AuthIP).</summary>
        public ConnectionSecurityRuleBuilder AuthenticateWithHealthCertificate(string authority, Action<CertificateProposalBuilder>? configure = null) =>
            AddCertificate(_phase2, AuthenticationMethod.MachineHealthCertificate, authority, configure);

        /// <summary>Uses a ready-made phase-1 authentication set instead of the methods above.</summary>
        public ConnectionSecurityRuleBuilder UsePhase1Authentication(Phase1AuthenticationSet set)
        {
            _sharedPhase1 = Guard.NotNull(set, nameof(set));
            return this;
        }

        /// <summary>Uses a ready-made phase-2 authentication set instead of the methods above.</summary>
        public ConnectionSecurityRuleBuilder UsePhase2Authentication(Phase2AuthenticationSet set)
        {
            _sharedPhase2 = Guard.NotNull(set, nameof(set));
            return this;
        }

        internal ConnectionSecurityRule Build(ProtectionRequirement policyRequirement)
        {
            var id = _rule.Id;
            var name = _rule.DisplayName;
            var effective = _rule.ProtectionRequirement > policyRequirement ? _rule.ProtectionRequirement : policyRequirement;
            var mainMode = _sharedMainMode ?? _mainMode.Build(id + Validation.NameLiteral.MainModeSetIdSuffix, name + " (main-mode crypto)");
            if (_sharedMainMode == null && !_mainMode.MaxSessionsChosen && effective >= ProtectionRequirement.High)
            {
                // M 5.90: master-key PFS where protection needs are high, unless the caller chose otherwise.
                mainMode = mainMode with { MaxSessions = 1 };
            }

            var phase1 = _sharedPhase1 ?? (_phase1.Count == 0 ? null : new Phase1AuthenticationSet { Id = id + ".p1auth", DisplayName = name + " (phase 1 authentication)", Proposals = new ValueList<AuthenticationProposal>(_phase1) });
            var phase2 = _sharedPhase2 ?? (_phase2.Count == 0 ? null : new Phase2AuthenticationSet { Id = id + ".p2auth", DisplayName = name + " (phase 2 authentication)", Proposals = new ValueList<AuthenticationProposal>(_phase2) });
            var rule = _rule with
            {
                MainMode = mainMode,
                QuickMode = _rule.IsExemption ? null : _sharedQuickMode ?? _quickMode.Build(id + ".qmcrypto", name + " (quick-mode crypto)"),
                Phase1Authentication = _rule.IsExemption ? null : phase1,
                Phase2Authentication = _rule.IsExemption ? null : phase2,
            };
            return _keyModuleChosen || rule.IsExemption ? rule : rule with { KeyModule = ChooseKeyModule(rule), KeyModuleDerived = true };
        }

        // IKEv2 is the modern protocol, but Windows allows it only with certificate-only phase 1 and no phase 2.
        private static KeyModule ChooseKeyModule(ConnectionSecurityRule rule)
        {
            if (rule.Phase2Authentication != null)
            {
                return KeyModule.AuthIP;
            }

            // Shared sets may hold nulls (read from JSON); the validator reports them, so they must not throw here.
            // IKEv2 also lacks AH in transport mode (New-NetIPsecQuickModeCryptoProposal -Encapsulation).
            var ah = rule.Mode == IpsecMode.Transport && rule.QuickMode?.Proposals != null && rule.QuickMode.Proposals.Any(p => p != null && p.Encapsulation != Encapsulation.Esp);
            var proposals = rule.Phase1Authentication?.Proposals;
            return !ah && proposals != null && proposals.Count > 0 && proposals.All(p => p != null && p.Method == AuthenticationMethod.MachineCertificate) ? KeyModule.IkeV2 : KeyModule.Default;
        }

        private static ValueList<string> List(string[] items, string parameter)
        {
            Guard.NotNull(items, parameter);
            for (var i = 0; i < items.Length; i++)
            {
                if (items[i] == null)
                {
                    throw new ArgumentNullException(parameter, "'" + parameter + "[" + i + "]' must not be null.");
                }
            }

            return new ValueList<string>(items);
        }

        private static string[] Ports(int[] ports) => Guard.NotNull(ports, nameof(ports)).Select(p => p.ToString(CultureInfo.InvariantCulture)).ToArray();

        private ConnectionSecurityRuleBuilder Set(ConnectionSecurityRule rule)
        {
            _rule = rule;
            return this;
        }

        private ConnectionSecurityRuleBuilder AddProposal(List<AuthenticationProposal> list, AuthenticationProposal proposal)
        {
            list.Add(proposal);
            return this;
        }

        private ConnectionSecurityRuleBuilder AddCertificate(List<AuthenticationProposal> list, AuthenticationMethod method, string authority, Action<CertificateProposalBuilder>? configure)
        {
            var builder = new CertificateProposalBuilder(method, Guard.NotNull(authority, nameof(authority)));
            configure?.Invoke(builder);
            return AddProposal(list, builder.Build());
        }
    }
}
