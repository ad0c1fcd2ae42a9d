using System;
using IpsecSdk.Export.StrongSwan;
using Xunit;

namespace IpsecSdk.Tests.Interop
{
    /// <summary>
    /// strongSwan itself accepts what <see cref="SwanctlConfigWriter"/> writes for every mapped feature, and parses the
    /// proposals to the algorithms intended. Linux-only, as root (one daemon in a private network namespace).
    /// </summary>
    [Trait("Platform", "NonWindows")] // strongSwan in a Linux network namespace: excluded on Windows by OnWindows.runsettings
    public sealed class SwanctlSyntaxInteropTests
    {
        private const string Ca = "C=DE, O=IpsecSdk Interop, CN=IpsecSdk Interop CA";

        private static ConnectionSecurityRule Rule(string id) => new ConnectionSecurityRule
        {
            Id = id,
            DisplayName = id,
            KeyModule = KeyModule.IkeV2,
            MainMode = new MainModeCryptoSet { Id = id + ".mm", DisplayName = id },
            QuickMode = new QuickModeCryptoSet { Id = id + ".qm", DisplayName = id },
            Phase1Authentication = new Phase1AuthenticationSet { Id = id + ".p1", DisplayName = id, Proposals = ValueList.Of(new AuthenticationProposal { Method = AuthenticationMethod.MachineCertificate, CertificateAuthority = Ca }) },
        };

        [Fact]
        public void Linux_root_only_strongSwan_loads_every_mapped_feature_as_intended()
        {
            InteropHarness.EnsureStrongSwan();
            var policy = new IpsecPolicy
            {
                Group = "Syntax",
                Rules = ValueList.Of(
                    Rule("tunnel") with { Mode = IpsecMode.Tunnel, LocalAddresses = ValueList.Of("192.0.2.64/27"), RemoteAddresses = ValueList.Of("192.0.2.96/27"), LocalTunnelEndpoint = "192.0.2.1", RemoteTunnelEndpoints = ValueList.Of("192.0.2.2", "192.0.2.3") },
                    Rule("ports") with
                    {
                        RemoteAddresses = ValueList.Of("192.0.2.0/26", "192.0.2.10-192.0.2.20"), Protocol = IpProtocols.Tcp, LocalPorts = ValueList.Of("443", "8443"),
                        KeyModule = KeyModule.IkeV1 | KeyModule.IkeV2,
                        QuickMode = new QuickModeCryptoSet { Id = "ports.qm", DisplayName = "ports", PfsGroup = PfsGroup.Dh24, Proposals = ValueList.Of(new QuickModeProposal(Integrity.Sha256, Encryption.Aes256), new QuickModeProposal(Integrity.Sha256, Encryption.None), new QuickModeProposal(Integrity.AesGmac256, Encryption.None)) },
                    },
                    Rule("ah") with
                    {
                        KeyModule = KeyModule.IkeV1, // AH is not supported with transport-mode IKEv2 (IPSEC110)
                        MainMode = new MainModeCryptoSet { Id = "ah.mm", DisplayName = "ah", LifetimeMinutes = 7, Proposals = ValueList.Of(new MainModeProposal(Encryption.Aes128, Integrity.Sha256, DiffieHellmanGroup.Dh14), new MainModeProposal(Encryption.Des3, Integrity.Sha1, DiffieHellmanGroup.Dh14)) },
                        QuickMode = new QuickModeCryptoSet { Id = "ah.qm", DisplayName = "ah", PfsGroup = PfsGroup.SameAsMainMode, Proposals = ValueList.Of(new QuickModeProposal { Encapsulation = Encapsulation.Ah, AhIntegrity = Integrity.Sha256 }) },
                    },
                    Rule("psk") with { KeyModule = KeyModule.IkeV1, Phase1Authentication = new Phase1AuthenticationSet { Id = "psk.p1", DisplayName = "psk", Proposals = ValueList.Of(new AuthenticationProposal { Method = AuthenticationMethod.PresharedKey, PresharedKey = "a \"quoted\" key" }) } },
                    Rule("bypass") with { InboundSecurity = SecurityAction.None, OutboundSecurity = SecurityAction.None, Protocol = IpProtocols.Udp, LocalPorts = ValueList.Of("67-68") /* ranges only on exemptions (IPSEC114) */, QuickMode = null, Phase1Authentication = null }),
            };
            var config = SwanctlConfigWriter.Write(policy, new SwanctlExportOptions { Perspective = SwanctlPerspective.WindowsHost, LocalCertificate = "windows.pem", IncludePresharedKeys = true });
            Assert.Equal(5, config.Connections.Count);

            var output = InteropHarness.Load(config.Config);

            Assert.Contains("HARNESS load=ok", output, StringComparison.Ordinal);
            Assert.Contains("successfully loaded 5 connections", output, StringComparison.Ordinal);
            Assert.Contains("loaded ike secret 'ike-psk'", output, StringComparison.Ordinal);
            foreach (var parsed in new[]
            {
                "parsed proposals = IKE:AES_CBC_256/HMAC_SHA2_384_192/PRF_HMAC_SHA2_384/ECP_384",
                "parsed proposals = ESP:AES_GCM_16_256/ECP_384/NO_EXT_SEQ",
                "parsed proposals = ESP:AES_CBC_256/HMAC_SHA2_256_128/MODP_2048_256/NO_EXT_SEQ, ESP:NULL/HMAC_SHA2_256_128/MODP_2048_256/NO_EXT_SEQ, ESP:NULL_AES_GMAC_256/MODP_2048_256/NO_EXT_SEQ",
                "parsed local_ts = dynamic[tcp/https] dynamic[tcp/8443]",
                "parsed local_ts = 0.0.0.0/0[udp/67-68] ::/0[udp/67-68]",
                "parsed proposals = IKE:AES_CBC_128/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/MODP_2048, IKE:3DES_CBC/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_2048",
                "parsed proposals = AH:HMAC_SHA2_256_128/MODP_2048/NO_EXT_SEQ",
                "parsed version = 0",
                "parsed version = 1",
                "parsed mode = PASS",
                "parsed local_ts = 192.0.2.64/27",
            })
            {
                Assert.Contains(parsed, output, StringComparison.Ordinal);
            }
        }
    }
}
