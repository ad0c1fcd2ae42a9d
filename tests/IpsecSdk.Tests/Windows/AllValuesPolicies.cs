using System;
using System.Collections.Generic;
using System.Linq;

namespace IpsecSdk.Tests.Windows
{
    /// <summary>
    /// Policies that together use every member of every model enum the CIM mapping writes, so a check of the
    /// mapping's output covers every value it can produce. Built from records (no builder validation): the
    /// point is coverage of the mapping, not sensible security.
    /// </summary>
    internal static class AllValuesPolicies
    {
        public static IEnumerable<IpsecPolicy> All()
        {
            var rules = new List<ConnectionSecurityRule>();
            var n = 0;
            ConnectionSecurityRule Rule(Func<ConnectionSecurityRule, ConnectionSecurityRule> change)
            {
                var id = "r" + n++;
                return change(new ConnectionSecurityRule
                {
                    Id = id,
                    DisplayName = id,
                    MainMode = new MainModeCryptoSet { Id = id + ".mmcrypto", DisplayName = id },
                    QuickMode = new QuickModeCryptoSet { Id = id + ".qmcrypto", DisplayName = id },
                    Phase1Authentication = new Phase1AuthenticationSet { Id = id + ".p1", DisplayName = id, Proposals = ValueList.Of(new AuthenticationProposal { Method = AuthenticationMethod.MachineKerberos }) },
                });
            }

            var mainMode = Values<Encryption>().Select(e => new MainModeProposal(e, Integrity.Sha256, DiffieHellmanGroup.Dh20))
                .Concat(Values<Integrity>().Select(i => new MainModeProposal(Encryption.Aes256, i, DiffieHellmanGroup.Dh20)))
                .Concat(Values<DiffieHellmanGroup>().Select(g => new MainModeProposal(Encryption.Aes256, Integrity.Sha256, g)));
            var quickMode = Values<Encapsulation>().Select(e => new QuickModeProposal { Encapsulation = e })
                .Concat(Values<Integrity>().Select(i => new QuickModeProposal { AhIntegrity = i, EspIntegrity = i }))
                .Concat(Values<Encryption>().Select(e => new QuickModeProposal { Encryption = e }));
            var certificates = Values<CertificateNameType>().Select(t => Certificate(AuthenticationMethod.MachineCertificate) with { Criteria = new CertificateCriteria { SubjectName = "x", SubjectNameType = t, ExtendedKeyUsages = ValueList.Of("1.3.6.1.5.5.7.3.1"), Thumbprint = "00", FollowRenewal = true } })
                .Concat(Values<CertificateSigning>().Select(s => Certificate(AuthenticationMethod.MachineCertificate) with { Signing = s }))
                .Concat(Values<CertificateAuthorityType>().Select(a => Certificate(AuthenticationMethod.UserCertificate) with { AuthorityType = a, MapToAccount = true, ExcludeCertificateAuthorityName = true }));
            var methods = Values<AuthenticationMethod>().Select(m => m == AuthenticationMethod.PresharedKey ? new AuthenticationProposal { Method = m, PresharedKey = "k" }
                : m == AuthenticationMethod.MachineCertificate || m == AuthenticationMethod.UserCertificate || m == AuthenticationMethod.MachineHealthCertificate ? Certificate(m)
                : new AuthenticationProposal { Method = m, KerberosProxy = m == AuthenticationMethod.MachineKerberos ? "kdc.contoso.com" : null });

            rules.Add(Rule(r => r with
            {
                MainMode = r.MainMode with { Proposals = new ValueList<MainModeProposal>(mainMode) },
                QuickMode = r.QuickMode! with { Proposals = new ValueList<QuickModeProposal>(quickMode) },
                Phase1Authentication = r.Phase1Authentication! with { Proposals = new ValueList<AuthenticationProposal>(methods.Concat(certificates)) },
                Phase2Authentication = new Phase2AuthenticationSet { Id = r.Id + ".p2", DisplayName = r.Id, Proposals = new ValueList<AuthenticationProposal>(methods) },
            }));
            rules.AddRange(Values<PfsGroup>().Select(g => Rule(r => r with { QuickMode = r.QuickMode! with { PfsGroup = g } })));
            rules.AddRange(Enumerable.Range(0, 8).Select(p => Rule(r => r with { Profiles = (FirewallProfiles)p, InterfaceTypes = (InterfaceTypes)p, Enabled = p % 2 == 0 })));
            rules.AddRange(new[] { KeyModule.Default, KeyModule.IkeV1, KeyModule.AuthIP, KeyModule.IkeV2, KeyModule.IkeV1 | KeyModule.AuthIP }.Select(k => Rule(r => r with { KeyModule = k })));
            rules.AddRange(Values<SecurityAction>().SelectMany(i => Values<SecurityAction>().Select(o => Rule(r => r with { InboundSecurity = i, OutboundSecurity = o }))));
            rules.Add(Rule(r => r with { Mode = IpsecMode.Tunnel, LocalTunnelEndpoint = "198.51.100.1", RemoteTunnelEndpoints = ValueList.Of("203.0.113.1") }));
            rules.AddRange(new int?[] { null, IpProtocols.Tcp, IpProtocols.Udp, IpProtocols.IcmpV4, IpProtocols.IcmpV6, 47 }.Select(p => Rule(r => r with { Protocol = p, LocalPorts = p == IpProtocols.Tcp ? ValueList.Of("80") : ValueList<string>.Empty })));
            rules.Add(Rule(r => r with { RequireAuthorization = true, AuthorizedMachinesSddl = "O:LSD:(A;;CC;;;DC)", AuthorizedUsersSddl = "O:LSD:(A;;CC;;;DU)", Description = "d" }));

            yield return new IpsecPolicy { Group = "coverage", Rules = new ValueList<ConnectionSecurityRule>(rules) };

            var settingsValues = Values<IpsecExemptions>().Select(e => new GlobalIpsecSettings { Exemptions = e })
                .Concat(new[] { new GlobalIpsecSettings { Exemptions = IpsecExemptions.NeighborDiscovery | IpsecExemptions.Icmp | IpsecExemptions.RouterDiscovery | IpsecExemptions.Dhcp } })
                .Concat(Values<CertValidationLevel>().Select(c => new GlobalIpsecSettings { CertValidationLevel = c }))
                .Concat(Values<IpsecThroughNat>().Select(t => new GlobalIpsecSettings { AllowIpsecThroughNat = t }))
                .Concat(Values<PresharedKeyEncoding>().Select(k => new GlobalIpsecSettings { KeyEncoding = k, NoDefaultExempt = k == PresharedKeyEncoding.Utf8 }));
            foreach (var settings in settingsValues)
            {
                yield return new IpsecPolicy { Group = "coverage-settings", Settings = settings };
            }
        }

        private static AuthenticationProposal Certificate(AuthenticationMethod method) =>
            new AuthenticationProposal { Method = method, CertificateAuthority = "CN=Root" };

        private static IEnumerable<T> Values<T>()
            where T : struct, Enum => Enum.GetValues(typeof(T)).Cast<T>();
    }
}
