using System;
using IpsecSdk.Validation;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using IpsecSdk.Windows.Cim;
using static IpsecSdk.Windows.Mapping.CimClassNames;

namespace IpsecSdk.Windows.Mapping
{
    /// <summary>
    /// Maps a policy to the CIM objects Windows stores for it (pure; no CIM library involved). Every set and
    /// rule carries <c>RuleGroup</c> = <see cref="IpsecPolicy.Group"/>, which is how the planner knows what it owns.
    /// </summary>
    public static class CimPolicyWriter
    {
        /// <summary>Describes <paramref name="policy"/> as CIM objects.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
        /// <exception cref="PolicyValidationException">The policy is one <c>Build()</c> would refuse (every problem is listed; <see cref="PolicyGate"/>).</exception>
        public static CimPolicyImage Describe(IpsecPolicy policy) => Map(PolicyGate.EnsureValid(policy));

        // The mapping alone, below the gate: the mapping tests cover values that only make sense one at a time.
        internal static CimPolicyImage Map(IpsecPolicy policy)
        {
            if (string.IsNullOrWhiteSpace(policy.Group))
            {
                throw new ArgumentException("The policy's Group (CIM RuleGroup) must not be empty: it marks the objects the SDK owns.", nameof(policy));
            }

            var sets = new SetCollector(policy.Group);
            var rules = new List<CimInstanceDescription>();
            var mainModeRules = new List<CimInstanceDescription>();
            foreach (var rule in policy.Rules)
            {
                if (!rule.IsExemption)
                {
                    sets.Add(MMCryptoSet, rule.MainMode.Id, rule.MainMode, () => MainMode(rule.MainMode, policy.Group), rule.Id);
                    if (rule.QuickMode != null)
                    {
                        sets.Add(QMCryptoSet, rule.QuickMode.Id, rule.QuickMode, () => QuickMode(rule.QuickMode, policy.Group), rule.Id);
                    }

                    if (rule.Phase1Authentication != null)
                    {
                        var p1 = rule.Phase1Authentication;
                        sets.Add(Phase1AuthSet, p1.Id, p1, () => AuthSet(Phase1AuthSet, p1.Id, p1.DisplayName, p1.Description, p1.Proposals, policy.Group), rule.Id);
                    }

                    if (rule.Phase2Authentication != null)
                    {
                        var p2 = rule.Phase2Authentication;
                        sets.Add(Phase2AuthSet, p2.Id, p2, () => AuthSet(Phase2AuthSet, p2.Id, p2.DisplayName, p2.Description, p2.Proposals, policy.Group), rule.Id);
                    }
                }

                rules.AddRange(ConSec(rule, policy.Group));
                if (!rule.IsExemption)
                {
                    mainModeRules.AddRange(MainModeRuleObjects(MainModeRule.For(rule), policy.Group));
                }
            }

            var settings = policy.Settings == null ? null : Settings(policy.Settings);
            var noDefaultExempt = policy.Settings == null ? null : RegistryDword.Describe(NoDefaultExemptKey, policy.Settings.NoDefaultExempt ? 1u : 0u);
            return new CimPolicyImage(policy.Group, sets.InCreationOrder().Concat(rules).Concat(mainModeRules), settings, noDefaultExempt);
        }

        /// <summary>The key of the <c>NoDefaultExempt</c> registry value.</summary>
        public static CimObjectKey NoDefaultExemptKey { get; } = RegistryDword.Key(RegistryDword.PolicyAgentKey, RegistryDword.NoDefaultExemptName);

        /// <summary>The key of a store's single <c>MSFT_NetSecuritySettingData</c> object.</summary>
        public static CimObjectKey SettingsKey { get; } = new CimObjectKey(SecuritySettingData, "");

        /// <summary>The filter value meaning "any" (addresses, ports, protocol).</summary>
        public const string Any = "Any";

        /// <summary>The CIM protocol string of a protocol number (null = any).</summary>
        public static string ProtocolText(int? protocol)
        {
            switch (protocol)
            {
                case null: return Any;
                case IpProtocols.Tcp: return "TCP";
                case IpProtocols.Udp: return "UDP";
                case IpProtocols.IcmpV4: return "ICMPv4";
                case IpProtocols.IcmpV6: return "ICMPv6";
                default: return protocol.Value.ToString(CultureInfo.InvariantCulture);
            }
        }

        private static IEnumerable<CimInstanceDescription> ConSec(ConnectionSecurityRule rule, string group)
        {
            var key = new CimObjectKey(ConSecRule, rule.Id);
            var tunnel = rule.Mode == IpsecMode.Tunnel;
            yield return new CimProperties()
                .String("InstanceID", rule.Id)
                .String("ElementName", rule.DisplayName)
                .String("Description", rule.Description)
                .String("RuleGroup", group)
                .UInt16("Enabled", rule.Enabled ? 1 : 2)
                .UInt16("Profiles", (int)rule.Profiles)
                .UInt16("Mode", (int)rule.Mode)
                .UInt16("InboundSecurity", (int)rule.InboundSecurity)
                .UInt16("OutboundSecurity", (int)rule.OutboundSecurity)
                .UInt16("KeyModule", (int)rule.KeyModule)
                .String("QuickModeCryptoSet", rule.IsExemption ? null : rule.QuickMode?.Id)
                .String("Phase1AuthSet", rule.IsExemption ? null : rule.Phase1Authentication?.Id)
                .String("Phase2AuthSet", rule.IsExemption ? null : rule.Phase2Authentication?.Id)
                .Strings("LocalTunnelEndpoint", tunnel && rule.LocalTunnelEndpoint != null ? new[] { rule.LocalTunnelEndpoint } : null)
                .Strings("RemoteTunnelEndpoint", tunnel && rule.RemoteTunnelEndpoints.Count > 0 ? rule.RemoteTunnelEndpoints : null)
                .Boolean("RequireAuthorization", rule.RequireAuthorization)
                .String("Machines", rule.AuthorizedMachinesSddl)
                .String("Users", rule.AuthorizedUsersSddl)
                .Build(ConSecRule, key);
            yield return AddressFilterOf(key, rule.LocalAddresses, rule.RemoteAddresses);
            yield return new CimProperties()
                .String("Protocol", ProtocolText(rule.Protocol))
                .Strings("LocalPort", OrAny(rule.LocalPorts))
                .Strings("RemotePort", OrAny(rule.RemotePorts))
                .Build(ProtocolPortFilter, new CimObjectKey(ProtocolPortFilter, key));
            yield return new CimProperties()
                .UInt32("InterfaceType", (int)rule.InterfaceTypes)
                .Build(InterfaceTypeFilter, new CimObjectKey(InterfaceTypeFilter, key));
        }

        private static IEnumerable<CimInstanceDescription> MainModeRuleObjects(MainModeRule rule, string group)
        {
            var key = new CimObjectKey(CimClassNames.MMRule, rule.Id);
            yield return new CimProperties()
                .String("InstanceID", rule.Id)
                .String("ElementName", rule.DisplayName)
                .String("RuleGroup", group)
                .UInt16("Enabled", rule.Enabled ? 1 : 2)
                // MSFT_NetMainModeRule documents 0 as "None" (not "Any" as on consec rules) and 7 as "All".
                .UInt16("Profiles", rule.Profiles == FirewallProfiles.Any ? 7 : (int)rule.Profiles)
                .String("MainModeCryptoSet", rule.MainMode.Id)
                .String("Phase1AuthSet", rule.Phase1Authentication?.Id)
                .Build(CimClassNames.MMRule, key);
            yield return AddressFilterOf(key, rule.LocalAddresses, rule.RemoteAddresses);
        }

        private static CimInstanceDescription AddressFilterOf(CimObjectKey owner, ValueList<string> local, ValueList<string> remote) =>
            new CimProperties()
                .Strings("LocalAddress", OrAny(local))
                .Strings("RemoteAddress", OrAny(remote))
                .Build(AddressFilter, new CimObjectKey(AddressFilter, owner));

        // Windows reports an unrestricted filter as the keyword "Any"; writing the same keeps re-plans empty.
        private static IEnumerable<string> OrAny(ValueList<string> values) => values.Count == 0 ? new[] { Any } : (IEnumerable<string>)values;

        private static CimInstanceDescription MainMode(MainModeCryptoSet set, string group) =>
            SetHeader(set.Id, set.DisplayName, set.Description, group)
                .Instances("Proposals", set.Proposals.Select(p => new CimProperties()
                    .UInt16("CipherAlgorithm", (int)p.Encryption)
                    .UInt16("HashAlgorithm", (int)p.Integrity)
                    .UInt16("GroupID", (int)p.KeyExchange)
                    .Build(MMCryptoProposal, null)))
                .UInt32("MaxLifetimeMinutes", set.LifetimeMinutes)
                .UInt32("MaxLifetimeSessions", set.MaxSessions)
                .Boolean("ForceDiffieHellman", set.ForceDiffieHellman)
                .Build(MMCryptoSet, new CimObjectKey(MMCryptoSet, set.Id));

        private static CimInstanceDescription QuickMode(QuickModeCryptoSet set, string group) =>
            SetHeader(set.Id, set.DisplayName, set.Description, group)
                .Instances("Proposals", set.Proposals.Select(p => new CimProperties()
                    .UInt16("Encapsulation", (int)p.Encapsulation)
                    .UInt16("HashAlgorithmAH", (int)p.AhIntegrity)
                    .UInt16("HashAlgorithmESP", (int)p.EspIntegrity)
                    .UInt16("CipherAlgorithm", (int)p.Encryption)
                    .UInt32("MaxLifetimeMinutes", p.LifetimeMinutes)
                    .UInt64("MaxLifetimeKilobytes", p.LifetimeKilobytes)
                    .Build(QMCryptoProposal, null)))
                .UInt16("PfsGroupID", (int)set.PfsGroup)
                .Build(QMCryptoSet, new CimObjectKey(QMCryptoSet, set.Id));

        private static CimInstanceDescription AuthSet(string className, string id, string displayName, string? description, ValueList<AuthenticationProposal> proposals, string group) =>
            SetHeader(id, displayName, description, group)
                .Instances("Proposals", proposals.Select(AuthProposal))
                .Build(className, new CimObjectKey(className, id));

        private static CimProperties SetHeader(string id, string displayName, string? description, string group) =>
            new CimProperties().String("InstanceID", id).String("ElementName", displayName).String("Description", description).String("RuleGroup", group);

        /// <summary>One authentication proposal as the embedded instance of the class its method needs.</summary>
        internal static CimInstanceDescription AuthProposal(AuthenticationProposal p)
        {
            var properties = new CimProperties().UInt16("AuthenticationMethod", (int)p.Method);
            if (p.IsCertificate)
            {
                properties
                    .String("TrustedCA", p.CertificateAuthority)
                    .UInt16("TrustedCAType", (int)p.AuthorityType)
                    .Boolean("ExcludeCAName", p.ExcludeCertificateAuthorityName)
                    .Boolean("MapToAccount", p.MapToAccount)
                    .UInt16("SigningAlgorithm", (int)p.Signing);
                if (p.Criteria != null)
                {
                    properties
                        .String("CertName", p.Criteria.SubjectName)
                        .UInt16("CertNameType", (int)p.Criteria.SubjectNameType)
                        .Strings("EKUs", p.Criteria.ExtendedKeyUsages)
                        .String("Thumbprint", p.Criteria.Thumbprint)
                        .Boolean("FollowRenewal", p.Criteria.FollowRenewal)
                        .Boolean("SelectionCriteria", p.Criteria.Selection)
                        .Boolean("ValidationCriteria", p.Criteria.Validation);
                }

                return properties.Build(CertAuthProposal, null);
            }

            if (p.IsKerberos)
            {
                return properties.String("KerbProxy", p.KerberosProxy).Build(KerbAuthProposal, null);
            }

            if (p.Method == AuthenticationMethod.PresharedKey)
            {
                return properties.String("PreSharedKey", p.PresharedKey).Build(PskAuthProposal, null);
            }

            return properties.Build(BasicAuthProposal, null);
        }

        private static CimInstanceDescription Settings(GlobalIpsecSettings s) =>
            new CimProperties()
                .UInt32("Exemptions", (long)(uint)s.Exemptions)
                .UInt16("CertValidationLevel", (int)s.CertValidationLevel)
                .UInt16("AllowIPsecThroughNAT", (int)s.AllowIpsecThroughNat)
                .UInt16("KeyEncoding", (int)s.KeyEncoding)
                .UInt32("MaxSAIdleTimeSeconds", s.MaxSaIdleTimeSeconds)
                .String("RemoteMachineTunnelAuthorizationList", s.RemoteMachineTunnelAuthorizationList)
                .String("RemoteUserTunnelAuthorizationList", s.RemoteUserTunnelAuthorizationList)
                .String("RemoteMachineTransportAuthorizationList", s.RemoteMachineTransportAuthorizationList)
                .String("RemoteUserTransportAuthorizationList", s.RemoteUserTransportAuthorizationList)
                .Build(SecuritySettingData, SettingsKey);

        /// <summary>Collects sets once per ID and refuses two different sets with one ID.</summary>
        private sealed class SetCollector
        {
            private readonly Dictionary<CimObjectKey, (object Model, string RuleId, CimInstanceDescription Description)> _sets = new Dictionary<CimObjectKey, (object, string, CimInstanceDescription)>();
            private readonly string _group;

            public SetCollector(string group) => _group = group;

            public void Add(string className, string id, object model, Func<CimInstanceDescription> describe, string ruleId)
            {
                var key = new CimObjectKey(className, id);
                if (_sets.TryGetValue(key, out var existing))
                {
                    if (!existing.Model.Equals(model))
                    {
                        throw new ArgumentException("Rules '" + existing.RuleId + "' and '" + ruleId + "' use two different " + className + " objects with the same ID '" + id + "' in group '" + _group + "'; give them distinct IDs or share one set.");
                    }

                    return;
                }

                _sets.Add(key, (model, ruleId, describe()));
            }

            public IEnumerable<CimInstanceDescription> InCreationOrder() =>
                _sets.Values.Select(v => v.Description).OrderBy(d => Array.IndexOf(OwnedClassesInCreationOrder, d.ClassName));
        }
    }
}
