using System;
using System.Linq;
using System.Text;
using IpsecSdk.Export;
using IpsecSdk.Export.StrongSwan;
using Xunit;
using static IpsecSdk.Tests.Export.StrongSwan.SwanctlTestPolicies;

namespace IpsecSdk.Tests.Export.StrongSwan
{
    public class SwanctlConfigWriterTests
    {
        private static ExportLimitation Single(SwanctlConfig config, string path) => Assert.Single(config.Limitations, l => l.Path == path);

        [Fact]
        public void Secure_default_rule_becomes_an_ikev2_certificate_connection_for_the_peer()
        {
            var config = Write(Rule);

            Assert.Equal(
                "# IpsecSdk export of policy group 'g' for the non-Windows peer.\n" +
                "connections {\n" +
                "    # rules[0]: web\n" +
                "    web {\n" +
                "        version = 2\n" +
                "        local_addrs = 10.0.1.0/24\n" +
                "        remote_addrs = 10.0.0.5\n" +
                "        proposals = aes256-sha384-ecp384\n" +
                "        rekey_time = 432m\n" +
                "        over_time = 48m\n" +
                "        local {\n" +
                "            auth = pubkey\n" +
                "            certs = peer.pem\n" +
                "        }\n" +
                "        remote {\n" +
                "            auth = ecdsa-384\n" +
                "            ca_id = \"CN=Contoso Root CA\"\n" +
                "            revocation = strict\n" +
                "        }\n" +
                "        children {\n" +
                "            web {\n" +
                "                mode = transport\n" +
                "                local_ts = dynamic[tcp]\n" +
                "                remote_ts = dynamic[tcp/443]\n" +
                "                esp_proposals = aes256gcm16-ecp384\n" +
                "                rekey_time = 54m\n" +
                "                life_time = 60m\n" +
                "                rekey_bytes = 92160000\n" +
                "                life_bytes = 102400000\n" +
                "                start_action = trap\n" +
                "            }\n" +
                "        }\n" +
                "    }\n" +
                "}\n",
                config.Config);
            Assert.Equal(new[] { "web" }, config.Connections);
            Assert.Empty(config.Limitations);
        }

        [Fact]
        public void Windows_host_perspective_mirrors_addresses_and_selectors_and_options_are_applied()
        {
            var config = Write(Rule, new SwanctlExportOptions { Perspective = SwanctlPerspective.WindowsHost, LocalCertificate = "windows.pem", StartAction = "none", ForceUdpEncapsulation = true });

            Assert.Equal("10.0.0.5", Value(config, "local_addrs"));
            Assert.Equal("10.0.1.0/24", Value(config, "remote_addrs"));
            Assert.Equal("dynamic[tcp/443]", Value(config, "local_ts"));
            Assert.Equal("dynamic[tcp]", Value(config, "remote_ts"));
            Assert.Equal("windows.pem", Value(config, "certs"));
            Assert.Equal("none", Value(config, "start_action"));
            Assert.Equal("yes", Value(config, "encap"));
        }

        [Fact]
        public void Tunnel_rules_use_the_tunnel_endpoints_for_ike_and_the_subnets_as_selectors()
        {
            var rule = Rule with { Mode = IpsecMode.Tunnel, Protocol = null, LocalPorts = ValueList<string>.Empty, LocalAddresses = ValueList.Of("10.1.0.0/16"), RemoteAddresses = ValueList<string>.Empty, LocalTunnelEndpoint = "203.0.113.1", RemoteTunnelEndpoints = ValueList.Of("198.51.100.7", "198.51.100.8") };

            var config = Write(rule);

            Assert.Equal("198.51.100.7, 198.51.100.8", Value(config, "local_addrs"));
            Assert.Equal("203.0.113.1", Value(config, "remote_addrs"));
            Assert.Equal("0.0.0.0/0, ::/0", Value(config, "local_ts"));
            Assert.Equal("10.1.0.0/16", Value(config, "remote_ts"));
            Assert.Equal("tunnel", Value(config, "mode"));
        }

        [Fact]
        public void Main_mode_proposals_keep_windows_order_and_combinations()
        {
            var rule = Rule with { MainMode = Rule.MainMode with { Proposals = ValueList.Of(MainModeProposal.Strongest, new MainModeProposal(Encryption.Aes256, Integrity.Sha256, DiffieHellmanGroup.Dh20), new MainModeProposal(Encryption.Aes128, Integrity.Sha256, DiffieHellmanGroup.Dh20)) } };

            // One key-exchange group per set (IPSEC106), so every combination carries it.
            Assert.Equal("aes256-sha384-ecp384, aes256-sha256-ecp384, aes128-sha256-ecp384", Value(Write(rule), "proposals"));
        }

        [Theory]
        [InlineData(Integrity.AesGmac256, Encryption.AesGcm256, PfsGroup.Dh20, "aes256gcm16-ecp384")]
        [InlineData(Integrity.AesGmac128, Encryption.AesGcm128, PfsGroup.None, "aes128gcm16")]
        [InlineData(Integrity.Sha256, Encryption.Aes256, PfsGroup.Dh20, "aes256-sha256-ecp384")]
        [InlineData(Integrity.Sha256, Encryption.Aes256, PfsGroup.SameAsMainMode, "aes256-sha256-ecp384")]
        [InlineData(Integrity.Sha256, Encryption.Aes128, PfsGroup.Dh14, "aes128-sha256-modp2048")]
        [InlineData(Integrity.Sha256, Encryption.None, PfsGroup.None, "null-sha256")]
        [InlineData(Integrity.AesGmac256, Encryption.None, PfsGroup.Dh19, "aes256gmac-ecp256")]
        public void Quick_mode_proposals_become_esp_proposals_with_the_pfs_group(Integrity integrity, Encryption encryption, PfsGroup pfs, string expected)
        {
            var rule = Rule with { QuickMode = new QuickModeCryptoSet { Id = "qm", DisplayName = "qm", Proposals = ValueList.Of(new QuickModeProposal(integrity, encryption)), PfsGroup = pfs } };

            Assert.Equal(expected, Value(Write(rule), "esp_proposals"));
        }

        [Fact]
        public void Ah_only_becomes_ah_proposals_and_bundles_or_unprotected_ciphers_are_reported()
        {
            // AH is not supported with transport-mode IKEv2 (IPSEC110): these rules use IKEv1.
            var ah = Rule with { KeyModule = KeyModule.IkeV1, QuickMode = new QuickModeCryptoSet { Id = "qm", DisplayName = "qm", Proposals = ValueList.Of(new QuickModeProposal { Encapsulation = Encapsulation.Ah, AhIntegrity = Integrity.Sha256 }) } };
            var mixed = Rule with
            {
                KeyModule = KeyModule.IkeV1,
                QuickMode = new QuickModeCryptoSet { Id = "qm", DisplayName = "qm",
                    Proposals = ValueList.Of(new QuickModeProposal { Encapsulation = Encapsulation.AhAndEsp, AhIntegrity = Integrity.Sha256, EspIntegrity = Integrity.Sha256, Encryption = Encryption.Aes256 }, new QuickModeProposal(Integrity.None, Encryption.Aes256), QuickModeProposal.Strongest),
                },
            };

            Assert.Equal("sha256-ecp384", Value(Write(ah), "ah_proposals"));
            var config = Write(mixed);
            Assert.Equal("aes256gcm16-ecp384", Value(config, "esp_proposals"));
            Assert.Equal(ExportLimitationKind.NotExpressed, Single(config, "rules[0].quickMode.proposals[0]").Kind);
            Assert.Equal(ExportLimitationKind.NotExpressed, Single(config, "rules[0].quickMode.proposals[1]").Kind);
        }

        [Fact]
        public void Des_and_md5_are_mapped_so_the_peer_matches_but_flagged_weak()
        {
            var rule = Rule with
            {
                MainMode = Rule.MainMode with { Proposals = ValueList.Of(new MainModeProposal(Encryption.Des, Integrity.Md5, DiffieHellmanGroup.Dh1)) },
                QuickMode = new QuickModeCryptoSet { Id = "qm", DisplayName = "qm", Proposals = ValueList.Of(new QuickModeProposal(Integrity.Sha1, Encryption.Des3)), PfsGroup = PfsGroup.Dh2 },
            };

            var config = Write(rule);

            Assert.Equal("des-md5-modp768", Value(config, "proposals"));
            Assert.Equal("3des-sha1-modp1024", Value(config, "esp_proposals"));
            Assert.Contains("des, md5, modp768", Single(config, "rules[0].mainMode.proposals[0]").Message, StringComparison.Ordinal);
            Assert.Equal(ExportLimitationKind.Weak, Single(config, "rules[0].mainMode.proposals[0]").Kind);
            Assert.Equal(ExportLimitationKind.Weak, Single(config, "rules[0].quickMode.proposals[0]").Kind);
        }

        [Fact]
        public void Lifetimes_rekey_at_ninety_percent_and_end_at_windows_limit_with_the_shortest_quick_mode_lifetime()
        {
            var rule = Rule with
            {
                MainMode = Rule.MainMode with { LifetimeMinutes = 7, MaxSessions = 1 },
                QuickMode = new QuickModeCryptoSet { Id = "qm", DisplayName = "qm", Proposals = ValueList.Of(QuickModeProposal.Strongest with { LifetimeMinutes = 30, LifetimeKilobytes = 20480 }, QuickModeProposal.Strongest) },
            };

            var config = Write(rule);

            Assert.Equal(new[] { "378s", "27m" }, Values(config, "rekey_time"));
            Assert.Equal("42s", Value(config, "over_time"));
            Assert.Equal("30m", Value(config, "life_time"));
            Assert.Equal("18874368", Value(config, "rekey_bytes"));
            Assert.Equal("20971520", Value(config, "life_bytes"));
            Assert.Equal(ExportLimitationKind.Approximated, Single(config, "rules[0].quickMode.proposals").Kind);
            Assert.Equal(ExportLimitationKind.NotExpressed, Single(config, "rules[0].mainMode.maxSessions").Kind);
        }

        [Theory]
        [InlineData(KeyModule.IkeV2, "2")]
        [InlineData(KeyModule.IkeV1, "1")]
        [InlineData(KeyModule.IkeV1 | KeyModule.IkeV2, "0")]
        [InlineData(KeyModule.Default, "1")]
        [InlineData(KeyModule.AuthIP | KeyModule.IkeV2, "2")]
        public void Key_modules_choose_the_ike_version(KeyModule modules, string version)
        {
            var config = Write(Rule with { KeyModule = modules });

            Assert.Equal(version, Value(config, "version"));
            Assert.Equal(modules == KeyModule.IkeV2 || modules == KeyModule.IkeV1 || modules == (KeyModule.IkeV1 | KeyModule.IkeV2), !config.Limitations.Any(l => l.Path == "rules[0].keyModule"));
        }

        [Fact]
        public void Default_key_modules_are_explained_with_the_24h2_change()
        {
            // New-NetIPsecRule -KeyModule: Default is IKEv1 + IKEv2 since Windows 11 24H2 / Server 2025, IKEv1 + AuthIP before;
            // IKEv1 is what both have in common.
            var config = Write(Rule with { KeyModule = KeyModule.Default });

            Assert.Contains("IKEv1 and IKEv2 since Windows 11 24H2 / Server 2025 and IKEv1 and AuthIP before", Single(config, "rules[0].keyModule").Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Authip_only_rules_are_omitted()
        {
            var config = Write(Rule with { KeyModule = KeyModule.AuthIP });

            Assert.Empty(config.Connections);
            Assert.Equal(ExportLimitationKind.Omitted, Single(config, "rules[0].keyModule").Kind);
        }

        [Fact]
        public void The_any_port_keyword_means_no_port_restriction()
        {
            var config = Write(Rule with { LocalPorts = ValueList.Of("Any") });

            Assert.Equal("dynamic[tcp]", Value(config, "remote_ts"));
        }

        [Fact]
        public void Exemption_rules_become_pass_policies()
        {
            var rule = Rule with { InboundSecurity = SecurityAction.None, OutboundSecurity = SecurityAction.None, Protocol = IpProtocols.Udp, LocalPorts = ValueList.Of("68"), LocalAddresses = ValueList<string>.Empty, QuickMode = null, Phase1Authentication = null };

            var config = Write(rule);

            Assert.Equal("pass", Value(config, "mode"));
            Assert.Equal("10.0.1.0/24[udp]", Value(config, "local_ts"));
            Assert.Equal("0.0.0.0/0[udp/68], ::/0[udp/68]", Value(config, "remote_ts"));
            Assert.Equal("trap", Value(config, "start_action"));
            Assert.Empty(Values(config, "proposals"));
        }
    }
}
