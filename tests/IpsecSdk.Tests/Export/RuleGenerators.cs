using System.Linq;
using CsCheck;

namespace IpsecSdk.Tests.Export
{
    /// <summary>
    /// Random rules for export property tests: every enum value, valid and invalid combinations, keywords, hostile
    /// names. Built as records, not through the builder, so the writers' gate also sees what validation rejects.
    /// </summary>
    internal static class RuleGenerators
    {
        private static readonly string[] Names = { "Server isolation", "plain", "50% & more", "say \"hi\"", "two\nlines", "all", "a|b", "", "Prüfung", "x=y,(z);" };
        private static readonly string[] Addresses = { "10.0.0.0/24", "192.0.2.7", "10.0.0.1-10.0.0.9", "fe80::1", "Any", "LocalSubnet", "DNS", "Internet", "not an address" };
        private static readonly string[] Ports = { "443", "8000-8080", "Any", "RPC", "IPHTTPSOut", "x" };
        private static readonly string[] Authorities = { "CN=Contoso Root CA", "DC=com, DC=contoso, CN=CA", "CN=\"A, B\" CA", "CN=A|CN=B", "CN=bad\nname" };

        private static Gen<T> Enum<T>()
            where T : struct, System.Enum => Gen.OneOf(System.Enum.GetValues<T>());

        private static Gen<ValueList<T>> ListOf<T>(Gen<T> item, int max) => item.Array[0, max].Select(a => new ValueList<T>(a));

        internal static readonly Gen<MainModeProposal> MainMode =
            Gen.Select(Enum<Encryption>(), Enum<Integrity>(), Enum<DiffieHellmanGroup>(), (e, i, g) => new MainModeProposal(e, i, g));

        internal static readonly Gen<QuickModeProposal> QuickMode =
            Gen.Select(Enum<Encapsulation>(), Enum<Integrity>(), Enum<Integrity>(), Enum<Encryption>(), Gen.Int[5, 2879], (c, ah, esp, e, min) =>
                new QuickModeProposal { Encapsulation = c, AhIntegrity = ah, EspIntegrity = esp, Encryption = e, LifetimeMinutes = min });

        internal static readonly Gen<AuthenticationProposal> Authentication =
            Gen.Select(Enum<AuthenticationMethod>(), Enum<CertificateSigning>(), Gen.OneOf(Authorities), Gen.Bool, Gen.Bool, (m, s, ca, criteria, proxy) => new AuthenticationProposal
            {
                Method = m,
                Signing = s,
                CertificateAuthority = ca,
                Criteria = criteria ? new CertificateCriteria { Thumbprint = "AB12" } : null,
                KerberosProxy = proxy ? "proxy.contoso.com" : null,
                PresharedKey = m == AuthenticationMethod.PresharedKey ? "k\"%ey" : null,
            });

        private static readonly Gen<(SecurityAction In, SecurityAction Out, IpsecMode Mode, KeyModule Keys, InterfaceTypes Types, FirewallProfiles Profiles)> Settings =
            Gen.Select(Enum<SecurityAction>(), Enum<SecurityAction>(), Enum<IpsecMode>(), Gen.Int[0, 7].Select(k => (KeyModule)k), Gen.Int[0, 7].Select(t => (InterfaceTypes)t), Gen.Int[0, 7].Select(p => (FirewallProfiles)p));

        private static readonly Gen<(ValueList<string> Local, ValueList<string> Remote, ValueList<string> LocalPorts, ValueList<string> RemotePorts, int? Protocol)> Scope =
            Gen.Select(ListOf(Gen.OneOf(Addresses), 3), ListOf(Gen.OneOf(Addresses), 3), ListOf(Gen.OneOf(Ports), 2), ListOf(Gen.OneOf(Ports), 2), Gen.OneOf<int?>(null, 6, 17, 1, 47));

        // An empty quick-mode list becomes a missing set (QuickMode = null), which exporters must report too.
        private static readonly Gen<(MainModeCryptoSet Main, QuickModeCryptoSet Quick, Phase1AuthenticationSet One, Phase2AuthenticationSet? Two)> Crypto =
            Gen.Select(ListOf(MainMode, 3), ListOf(QuickMode, 3), Enum<PfsGroup>(), ListOf(Authentication, 3), ListOf(Authentication, 2), Gen.Int[0, 2], (mm, qm, pfs, p1, p2, sessions) => (
                new MainModeCryptoSet { Proposals = mm, MaxSessions = sessions },
                new QuickModeCryptoSet { Proposals = qm, PfsGroup = pfs },
                new Phase1AuthenticationSet { Proposals = p1 },
                p2.Count == 0 ? null : new Phase2AuthenticationSet { Proposals = p2 }));

        /// <summary>A random rule.</summary>
        internal static readonly Gen<ConnectionSecurityRule> Rule =
            Gen.Select(Gen.OneOf(Names), Settings, Scope, Crypto, Gen.OneOf<string?>(null, "192.0.2.1", "Any"), ListOf(Gen.OneOf("198.51.100.1", "198.51.100.2", "Internet"), 2), (name, s, scope, crypto, localTunnel, remoteTunnels) => new ConnectionSecurityRule
            {
                Id = "r" + name.Length,
                DisplayName = name,
                InboundSecurity = s.In,
                OutboundSecurity = s.Out,
                Mode = s.Mode,
                KeyModule = s.Keys,
                InterfaceTypes = s.Types,
                Profiles = s.Profiles,
                LocalAddresses = scope.Local,
                RemoteAddresses = scope.Remote,
                LocalPorts = scope.LocalPorts,
                RemotePorts = scope.RemotePorts,
                Protocol = scope.Protocol,
                LocalTunnelEndpoint = s.Mode == IpsecMode.Tunnel ? localTunnel : null,
                RemoteTunnelEndpoints = s.Mode == IpsecMode.Tunnel ? remoteTunnels : ValueList<string>.Empty,
                MainMode = crypto.Main,
                QuickMode = (s.In == SecurityAction.None && s.Out == SecurityAction.None) || crypto.Quick.Proposals.Count == 0 ? null : crypto.Quick,
                Phase1Authentication = s.In == SecurityAction.None && s.Out == SecurityAction.None ? null : crypto.One,
                Phase2Authentication = s.In == SecurityAction.None && s.Out == SecurityAction.None ? null : crypto.Two,
            });

        /// <summary>A random policy of 1..4 rules, most of them invalid.</summary>
        internal static readonly Gen<IpsecPolicy> Policy =
            Rule.Array[1, 4].Select(rules => new IpsecPolicy { Group = "g", Rules = new ValueList<ConnectionSecurityRule>(rules) });

        /// <summary>Half these random records, half valid policies from the builders, so the writers' output is exercised too.</summary>
        internal static readonly Gen<IpsecPolicy> AnyPolicy = Gen.OneOf(Policy, Support.PolicyGenerators.Policy);

        /// <summary>
        /// The writers' gate: a policy <c>Build()</c> would reject is refused with exactly the validator's findings before
        /// anything is written; a valid one is written and handed to <paramref name="check"/>.
        /// </summary>
        internal static void RefusedOrWritten<T>(IpsecPolicy policy, System.Func<IpsecPolicy, T> write, System.Action<T> check)
        {
            var problems = IpsecSdk.Validation.PolicyValidator.Validate(policy);
            if (problems.Count > 0)
            {
                var refused = Xunit.Assert.Throws<IpsecSdk.Validation.PolicyValidationException>(() => write(policy));
                Xunit.Assert.Equal(problems, refused.Findings);
                return;
            }

            check(write(policy));
        }

        /// <summary>Whether the limitations explain why rule <paramref name="index"/> is missing from the output.</summary>
        internal static bool ExplainsOmission(System.Collections.Generic.IEnumerable<IpsecSdk.Export.ExportLimitation> limitations, int index) =>
            limitations.Any(l => l.Kind == IpsecSdk.Export.ExportLimitationKind.Omitted && (l.Path == "rules[" + index + "]" || l.Path.StartsWith("rules[" + index + "].", System.StringComparison.Ordinal)));
    }
}
