using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using IpsecSdk.Windows.Cim;
using static IpsecSdk.Windows.Mapping.CimClassNames;
using static IpsecSdk.Windows.Mapping.CimValues;
using IpsecSdk.Validation;

namespace IpsecSdk.Windows.Mapping
{
    /// <summary>
    /// Maps CIM objects read from a store back to a policy: the inverse of <see cref="CimPolicyWriter"/>.
    /// What Windows does not store comes back as its default; <see cref="StorableForm"/> says what that is.
    /// </summary>
    public static class CimPolicyReader
    {
        /// <summary>Rebuilds the policy of <paramref name="image"/> (rules in the order of their objects).</summary>
        /// <exception cref="FormatException">A rule names a set the image does not hold, or a value has the wrong type.</exception>
        /// <exception cref="PolicyValidationException">The objects make a policy <c>Build()</c> would refuse (the read-back is a door in, <see cref="PolicyGate"/>).</exception>
        public static IpsecPolicy Read(CimPolicyImage image) => PolicyGate.EnsureValid(Rebuild(image));

        // The mapping alone, below the gate: the mapping tests round-trip values that only make sense one at a time.
        internal static IpsecPolicy Rebuild(CimPolicyImage image)
        {
            if (image == null)
            {
                throw new ArgumentNullException(nameof(image));
            }

            var byKey = new Dictionary<CimObjectKey, CimInstanceDescription>();
            foreach (var o in image.Objects)
            {
                byKey[o.Key ?? throw new FormatException("A stored object of class " + o.ClassName + " has no key.")] = o;
            }

            var rules = image.Objects.Where(o => o.ClassName == ConSecRule).Select(o => Rule(o, byKey)).ToList();
            return new IpsecPolicy
            {
                Group = image.Group,
                Rules = new ValueList<ConnectionSecurityRule>(rules),
                Settings = image.Settings == null ? null : Settings(image.Settings, image.NoDefaultExempt),
            };
        }

        /// <summary>
        /// The policy as a store can hold it: the BSI protection requirement (policy and rules), the isolation zone and
        /// whether the key module was derived are not Windows properties and read back as <see cref="ProtectionRequirement.Normal"/>,
        /// <see cref="IsolationZone.Isolated"/> and false; an exemption rule stores
        /// no sets (Windows requires them to be empty), so its main-mode set reads back as the default set and its
        /// quick-mode and authentication sets as null.
        /// </summary>
        public static IpsecPolicy StorableForm(IpsecPolicy policy) => (policy ?? throw new ArgumentNullException(nameof(policy))) with
        {
            ProtectionRequirement = ProtectionRequirement.Normal,
            Rules = new ValueList<ConnectionSecurityRule>(policy.Rules.Select(r => !r.IsExemption
                ? r with { ProtectionRequirement = ProtectionRequirement.Normal, Zone = IsolationZone.Isolated, KeyModuleDerived = false }
                : r with
                {
                    ProtectionRequirement = ProtectionRequirement.Normal,
                    Zone = IsolationZone.Isolated,
                    KeyModuleDerived = false,
                    MainMode = new MainModeCryptoSet(),
                    QuickMode = null,
                    Phase1Authentication = null,
                    Phase2Authentication = null,
                })),
        };

        private static ConnectionSecurityRule Rule(CimInstanceDescription o, Dictionary<CimObjectKey, CimInstanceDescription> byKey)
        {
            var key = o.Key!;
            byKey.TryGetValue(new CimObjectKey(AddressFilter, key), out var address);
            byKey.TryGetValue(new CimObjectKey(ProtocolPortFilter, key), out var protocol);
            byKey.TryGetValue(new CimObjectKey(InterfaceTypeFilter, key), out var interfaces);
            var tunnel = Enum(o, "Mode", IpsecMode.Transport) == IpsecMode.Tunnel;
            var rule = new ConnectionSecurityRule
            {
                Id = key.InstanceId,
                DisplayName = String(o, "ElementName") ?? key.InstanceId,
                Description = String(o, "Description"),
                Enabled = Integer(o, "Enabled", 1) == 1,
                Profiles = Enum(o, "Profiles", FirewallProfiles.Any),
                Mode = tunnel ? IpsecMode.Tunnel : IpsecMode.Transport,
                InboundSecurity = Enum(o, "InboundSecurity", SecurityAction.Require),
                OutboundSecurity = Enum(o, "OutboundSecurity", SecurityAction.Require),
                KeyModule = Enum(o, "KeyModule", KeyModule.Default),
                LocalAddresses = FilterList(address, "LocalAddress"),
                RemoteAddresses = FilterList(address, "RemoteAddress"),
                Protocol = Protocol(protocol == null ? null : String(protocol, "Protocol")),
                LocalPorts = FilterList(protocol, "LocalPort"),
                RemotePorts = FilterList(protocol, "RemotePort"),
                InterfaceTypes = interfaces == null ? InterfaceTypes.Any : Enum(interfaces, "InterfaceType", InterfaceTypes.Any),
                LocalTunnelEndpoint = Strings(o, "LocalTunnelEndpoint").FirstOrDefault(),
                RemoteTunnelEndpoints = Strings(o, "RemoteTunnelEndpoint"),
                RequireAuthorization = Boolean(o, "RequireAuthorization", false),
                AuthorizedMachinesSddl = String(o, "Machines"),
                AuthorizedUsersSddl = String(o, "Users"),
            };

            if (rule.IsExemption)
            {
                return rule;
            }

            var mainModeRule = Find(byKey, MMRule, key.InstanceId + ".mm", key);
            return rule with
            {
                MainMode = MainMode(Find(byKey, MMCryptoSet, String(mainModeRule, "MainModeCryptoSet"), key)),
                QuickMode = String(o, "QuickModeCryptoSet") == null ? null : QuickMode(Find(byKey, QMCryptoSet, String(o, "QuickModeCryptoSet"), key)),
                Phase1Authentication = String(o, "Phase1AuthSet") == null ? null : Phase1(Find(byKey, Phase1AuthSet, String(o, "Phase1AuthSet"), key)),
                Phase2Authentication = String(o, "Phase2AuthSet") == null ? null : Phase2(Find(byKey, Phase2AuthSet, String(o, "Phase2AuthSet"), key)),
            };
        }

        private static CimInstanceDescription Find(Dictionary<CimObjectKey, CimInstanceDescription> byKey, string className, string? id, CimObjectKey rule)
        {
            if (id == null || !byKey.TryGetValue(new CimObjectKey(className, id), out var found))
            {
                throw new FormatException(rule + " refers to " + className + " '" + id + "', which the store does not hold in the same group.");
            }

            return found;
        }

        private static int? Protocol(string? text)
        {
            switch (text?.ToUpperInvariant())
            {
                case null:
                case "ANY": return null;
                case "TCP": return IpProtocols.Tcp;
                case "UDP": return IpProtocols.Udp;
                case "ICMPV4": return IpProtocols.IcmpV4;
                case "ICMPV6": return IpProtocols.IcmpV6;
                default:
                    return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                        ? number
                        : throw new FormatException("MSFT_NetProtocolPortFilter.Protocol '" + text + "' is neither Any, TCP, UDP, ICMPv4, ICMPv6 nor a number 0..255.");
            }
        }

        private static MainModeCryptoSet MainMode(CimInstanceDescription o) => new MainModeCryptoSet
        {
            Id = o.Key!.InstanceId,
            DisplayName = String(o, "ElementName") ?? o.Key.InstanceId,
            Description = String(o, "Description"),
            Proposals = new ValueList<MainModeProposal>(Instances(o, "Proposals").Select(p => new MainModeProposal(
                Enum(p, "CipherAlgorithm", Encryption.None), Enum(p, "HashAlgorithm", Integrity.None), Enum(p, "GroupID", DiffieHellmanGroup.None)))),
            LifetimeMinutes = (int)Integer(o, "MaxLifetimeMinutes", IpsecSdk.MainModeCryptoSet.DefaultLifetimeMinutes),
            MaxSessions = (int)Integer(o, "MaxLifetimeSessions", 0),
            ForceDiffieHellman = Boolean(o, "ForceDiffieHellman", false),
        };

        private static QuickModeCryptoSet QuickMode(CimInstanceDescription o) => new QuickModeCryptoSet
        {
            Id = o.Key!.InstanceId,
            DisplayName = String(o, "ElementName") ?? o.Key.InstanceId,
            Description = String(o, "Description"),
            Proposals = new ValueList<QuickModeProposal>(Instances(o, "Proposals").Select(p => new QuickModeProposal
            {
                Encapsulation = Enum(p, "Encapsulation", Encapsulation.Esp),
                AhIntegrity = Enum(p, "HashAlgorithmAH", Integrity.None),
                EspIntegrity = Enum(p, "HashAlgorithmESP", Integrity.None),
                Encryption = Enum(p, "CipherAlgorithm", Encryption.None),
                LifetimeMinutes = (int)Integer(p, "MaxLifetimeMinutes", QuickModeProposal.DefaultLifetimeMinutes),
                LifetimeKilobytes = Integer(p, "MaxLifetimeKilobytes", QuickModeProposal.DefaultLifetimeKilobytes),
            })),
            PfsGroup = Enum(o, "PfsGroupID", PfsGroup.None),
        };

        private static Phase1AuthenticationSet Phase1(CimInstanceDescription o) => new Phase1AuthenticationSet
        {
            Id = o.Key!.InstanceId,
            DisplayName = String(o, "ElementName") ?? o.Key.InstanceId,
            Description = String(o, "Description"),
            Proposals = new ValueList<AuthenticationProposal>(Instances(o, "Proposals").Select(AuthProposal)),
        };

        private static Phase2AuthenticationSet Phase2(CimInstanceDescription o) => new Phase2AuthenticationSet
        {
            Id = o.Key!.InstanceId,
            DisplayName = String(o, "ElementName") ?? o.Key.InstanceId,
            Description = String(o, "Description"),
            Proposals = new ValueList<AuthenticationProposal>(Instances(o, "Proposals").Select(AuthProposal)),
        };

        private static AuthenticationProposal AuthProposal(CimInstanceDescription p)
        {
            var proposal = new AuthenticationProposal { Method = Enum(p, "AuthenticationMethod", AuthenticationMethod.Anonymous) };
            switch (p.ClassName)
            {
                case CertAuthProposal:
                    var hasCriteria = p["SelectionCriteria"] != null || p["ValidationCriteria"] != null;
                    return proposal with
                    {
                        CertificateAuthority = String(p, "TrustedCA"),
                        AuthorityType = Enum(p, "TrustedCAType", CertificateAuthorityType.Root),
                        ExcludeCertificateAuthorityName = Boolean(p, "ExcludeCAName", false),
                        MapToAccount = Boolean(p, "MapToAccount", false),
                        Signing = Enum(p, "SigningAlgorithm", CertificateSigning.Rsa),
                        Criteria = !hasCriteria ? null : new CertificateCriteria
                        {
                            SubjectName = String(p, "CertName"),
                            SubjectNameType = Enum(p, "CertNameType", CertificateNameType.None),
                            ExtendedKeyUsages = Strings(p, "EKUs"),
                            Thumbprint = String(p, "Thumbprint"),
                            FollowRenewal = Boolean(p, "FollowRenewal", false),
                            Selection = Boolean(p, "SelectionCriteria", false),
                            Validation = Boolean(p, "ValidationCriteria", false),
                        },
                    };
                case KerbAuthProposal:
                    return proposal with { KerberosProxy = String(p, "KerbProxy") };
                case PskAuthProposal:
                    return proposal with { PresharedKey = String(p, "PreSharedKey") };
                default:
                    return proposal;
            }
        }

        private static GlobalIpsecSettings Settings(CimInstanceDescription s, CimInstanceDescription? noDefaultExempt) => new GlobalIpsecSettings
        {
            Exemptions = (IpsecExemptions)(uint)Integer(s, "Exemptions", (long)IpsecExemptions.NotConfigured),
            CertValidationLevel = Enum(s, "CertValidationLevel", CertValidationLevel.NotConfigured),
            AllowIpsecThroughNat = Enum(s, "AllowIPsecThroughNAT", IpsecThroughNat.NotConfigured),
            KeyEncoding = Enum(s, "KeyEncoding", PresharedKeyEncoding.NotConfigured),
            MaxSaIdleTimeSeconds = (int)Integer(s, "MaxSAIdleTimeSeconds", 0),
            RemoteMachineTunnelAuthorizationList = String(s, "RemoteMachineTunnelAuthorizationList"),
            RemoteUserTunnelAuthorizationList = String(s, "RemoteUserTunnelAuthorizationList"),
            RemoteMachineTransportAuthorizationList = String(s, "RemoteMachineTransportAuthorizationList"),
            RemoteUserTransportAuthorizationList = String(s, "RemoteUserTransportAuthorizationList"),
            NoDefaultExempt = noDefaultExempt != null && Integer(noDefaultExempt, RegistryDword.ValueProperty, 0) == 1,
        };
    }
}
