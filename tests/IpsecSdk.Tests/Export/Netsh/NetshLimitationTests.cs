using System;
using System.Linq;
using IpsecSdk.Export;
using IpsecSdk.Export.Netsh;
using Xunit;
using static IpsecSdk.Tests.Export.Netsh.NetshTestPolicies;

namespace IpsecSdk.Tests.Export.Netsh
{
    /// <summary>What netsh cannot express is reported with the policy path, never dropped silently.</summary>
    public class NetshLimitationTests
    {
        private static ExportLimitation Single(NetshScript script, string path) => Assert.Single(script.Limitations, l => l.Path == path);

        [Fact]
        public void Policies_windows_rejects_never_reach_netsh()
        {
            // Each was once written with a limitation; now the writer's gate refuses it with Build()'s finding.
            var computerMethodInPhaseTwo = Rule with { Phase2Authentication = new Phase2AuthenticationSet { Id = "p2", DisplayName = "p2", Proposals = ValueList.Of(new AuthenticationProposal { Method = AuthenticationMethod.MachineKerberos }) } };
            var gcmInMainMode = Rule with { MainMode = Rule.MainMode with { Proposals = ValueList.Of(new MainModeProposal(Encryption.AesGcm256, Integrity.AesGmac256, DiffieHellmanGroup.Dh20), MainModeProposal.Strongest) } };
            var tunnelRequireInClearOut = Rule with { Mode = IpsecMode.Tunnel, OutboundSecurity = SecurityAction.None, Protocol = null, LocalPorts = ValueList<string>.Empty, LocalTunnelEndpoint = "192.0.2.1", RemoteTunnelEndpoints = ValueList.Of("198.51.100.1") };
            var sha384InQuickMode = Rule with { QuickMode = Rule.QuickMode! with { Proposals = ValueList.Of(new QuickModeProposal(Integrity.Sha384, Encryption.Aes256)) } };

            AssertRefused(computerMethodInPhaseTwo, IpsecSdk.Catalogue.RuleIds.WrongPhase, "rules[0].phase2Authentication.proposals[0].method");
            AssertRefused(gcmInMainMode, IpsecSdk.Catalogue.RuleIds.GcmInMainMode, "rules[0].mainMode.proposals[0].encryption");
            AssertRefused(tunnelRequireInClearOut, IpsecSdk.Catalogue.RuleIds.InvalidTunnel, "rules[0].outboundSecurity");
            AssertRefused(sha384InQuickMode, IpsecSdk.Catalogue.RuleIds.Sha384InQuickMode, "rules[0].quickMode.proposals[0].espIntegrity");
        }

        private static void AssertRefused(ConnectionSecurityRule rule, string ruleId, string path)
        {
            var refused = Assert.Throws<IpsecSdk.Validation.PolicyValidationException>(() => NetshScriptWriter.Write(WithRule(rule)));
            Assert.Contains(refused.Findings, f => f.RuleId == ruleId && f.Path == path);
        }

        [Fact]
        public void Rules_with_different_main_modes_are_reported_because_netsh_main_mode_is_machine_wide()
        {
            var policy = IpsecPolicy.Create("g")
                .AddRule("a", r => r.AuthenticateWithCertificate(Ca))
                .AddRule("b", r => r.AuthenticateWithCertificate(Ca))
                .AddRule("c", r => r.AuthenticateWithCertificate(Ca).UseMainMode(m => m.AddProposal(Encryption.Aes128, Integrity.Sha256, DiffieHellmanGroup.Dh19)))
                .Build();

            var script = NetshScriptWriter.Write(policy);

            Assert.Equal(ExportLimitationKind.Approximated, Single(script, "rules[0].mainMode").Kind);
            Assert.DoesNotContain(script.Limitations, l => l.Path == "rules[1].mainMode");
            Assert.Equal(ExportLimitationKind.NotExpressed, Single(script, "rules[2].mainMode").Kind);
            Assert.Contains("netsh advfirewall set global mainmode mmsecmethods ecdhp384:aes256-sha384 || exit /b 1", Lines(script));
        }

        [Fact]
        public void Key_module_certificate_criteria_kerberos_proxy_and_authorization_are_reported_and_the_rule_still_written()
        {
            var rule = Rule with
            {
                KeyModule = KeyModule.AuthIP,
                RequireAuthorization = true,
                AuthorizedMachinesSddl = "D:(A;;CC;;;DC)",
                AuthorizedUsersSddl = "D:(A;;CC;;;DU)",
                Phase1Authentication = new Phase1AuthenticationSet { Id = "p1", DisplayName = "p1",
                    Proposals = ValueList.Of(
                        new AuthenticationProposal { Method = AuthenticationMethod.MachineCertificate, CertificateAuthority = Ca, Criteria = new CertificateCriteria { Thumbprint = "AB12" } },
                        new AuthenticationProposal { Method = AuthenticationMethod.MachineKerberos, KerberosProxy = "proxy.contoso.com" }),
                },
            };

            var script = NetshScriptWriter.Write(WithRule(rule));

            Assert.Single(AddLines(script));
            Assert.Equal(ExportLimitationKind.NotExpressed, Single(script, "rules[0].keyModule").Kind);
            // New-NetIPsecRule -KeyModule: since Windows 11 24H2 / Server 2025 Default is IKEv1 and IKEv2, before IKEv1 and AuthIP.
            Assert.Contains("IKEv1 and IKEv2 since Windows 11 24H2", Single(script, "rules[0].keyModule").Message, StringComparison.Ordinal);
            Assert.Equal(ExportLimitationKind.NotExpressed, Single(script, "rules[0].phase1Authentication.proposals[0].criteria").Kind);
            Assert.Equal(ExportLimitationKind.NotExpressed, Single(script, "rules[0].phase1Authentication.proposals[1].kerberosProxy").Kind);
            // netsh advfirewall reference (2025): certhash/certeku/certname... exist, their place in auth1ca is not documented;
            // applyauthz exists for tunnel rules only. The reports say so instead of "netsh has none".
            Assert.Contains("certhash", Single(script, "rules[0].phase1Authentication.proposals[0].criteria").Message, StringComparison.Ordinal);
            Assert.Contains("for transport rules", Single(script, "rules[0].requireAuthorization").Message, StringComparison.Ordinal);
            Single(script, "rules[0].authorizedMachinesSddl");
            Single(script, "rules[0].authorizedUsersSddl");
            Assert.Equal("computercertecdsap384,computerkerb", Parameter(AddLines(script)[0], "auth1"));
        }

        [Theory]
        [InlineData("remoteTunnelEndpoints")]
        [InlineData("interfaceTypes")]
        [InlineData("remoteAddresses[1]")]
        [InlineData("localPorts[0]")]
        public void Scope_netsh_cannot_match_omits_the_rule_and_says_where(string field)
        {
            var rule = field switch
            {
                "remoteTunnelEndpoints" => Rule with { Mode = IpsecMode.Tunnel, Protocol = null, LocalPorts = ValueList<string>.Empty, LocalTunnelEndpoint = "192.0.2.1", RemoteTunnelEndpoints = ValueList.Of("198.51.100.1", "198.51.100.2") },
                "interfaceTypes" => Rule with { InterfaceTypes = InterfaceTypes.Wired | InterfaceTypes.Wireless },
                "remoteAddresses[1]" => Rule with { RemoteAddresses = ValueList.Of("10.0.0.0/24", "Internet") },
                _ => Rule with { LocalPorts = ValueList.Of("RPC") },
            };

            var script = NetshScriptWriter.Write(WithRule(rule));

            Assert.Empty(AddLines(script));
            Assert.Equal(ExportLimitationKind.Omitted, Single(script, "rules[0]." + field).Kind);
        }

        [Fact]
        public void Request_in_clear_out_is_tunnel_only_and_omitted_in_transport_mode()
        {
            var transport = NetshScriptWriter.Write(WithRule(Rule with { OutboundSecurity = SecurityAction.None }));

            Assert.Empty(AddLines(transport));
            Assert.Equal(ExportLimitationKind.Omitted, Single(transport, "rules[0].inboundSecurity").Kind);
        }

        [Fact]
        public void Dh24_quick_mode_pfs_is_written_but_reported_as_not_in_the_help()
        {
            var rule = Rule with { QuickMode = Rule.QuickMode! with { PfsGroup = PfsGroup.Dh24 } };

            var script = NetshScriptWriter.Write(WithRule(rule));

            Assert.Equal("dhgroup24", Parameter(AddLines(script)[0], "qmpfs"));
            Assert.Equal(ExportLimitationKind.Unconfirmed, Single(script, "rules[0].quickMode.pfsGroup").Kind);
        }

        [Fact]
        public void Quick_mode_proposals_netsh_cannot_state_are_left_out_and_reported_and_none_left_omits_the_rule()
        {
            // Encryption-only ESP: the cmdlet documents it (-ESPHash None), no netsh source has a 'none' integrity token.
            var encryptionOnly = new QuickModeProposal(Integrity.None, Encryption.Aes256);
            var partly = Rule with { QuickMode = Rule.QuickMode! with { Proposals = ValueList.Of(encryptionOnly, QuickModeProposal.Strongest) } };
            var nothing = Rule with { QuickMode = Rule.QuickMode! with { Proposals = ValueList.Of(encryptionOnly) } };

            var partlyScript = NetshScriptWriter.Write(WithRule(partly));
            var nothingScript = NetshScriptWriter.Write(WithRule(nothing));

            Assert.Equal("esp:aesgcm256-aesgcm256+60min+100000kb", Parameter(AddLines(partlyScript)[0], "qmsecmethods"));
            Assert.Equal(ExportLimitationKind.NotExpressed, Single(partlyScript, "rules[0].quickMode.proposals[0]").Kind);
            Assert.Empty(AddLines(nothingScript));
            Assert.Equal(ExportLimitationKind.Omitted, Single(nothingScript, "rules[0].quickMode.proposals").Kind);
        }

        [Fact]
        public void Authorization_on_a_tunnel_rule_is_reported_as_applyauthz_with_unconfirmed_syntax()
        {
            var tunnel = Rule with { Mode = IpsecMode.Tunnel, Protocol = null, LocalPorts = ValueList<string>.Empty, LocalTunnelEndpoint = "192.0.2.1", RemoteTunnelEndpoints = ValueList.Of("198.51.100.1"), RequireAuthorization = true };

            var script = NetshScriptWriter.Write(WithRule(tunnel));

            Assert.Single(AddLines(script));
            Assert.Contains("applyauthz can only be specified for tunnel mode rules", Single(script, "rules[0].requireAuthorization").Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Integrity_only_esp_is_written_with_the_documented_none_encryption_token()
        {
            // KB 949856, example 1: "qmsecmethods=ah:aesgmac256+esp:aesgmac256-none" ("The rule does not include encryption");
            // Windows shows such suites as "ESP:SHA1-None+60min+100000kb" (KB 2855053).
            var rule = Rule with
            {
                QuickMode = Rule.QuickMode! with { Proposals = ValueList.Of(new QuickModeProposal(Integrity.AesGmac256, Encryption.None), new QuickModeProposal(Integrity.Sha256, Encryption.None)) },
            };

            var script = NetshScriptWriter.Write(WithRule(rule));

            Assert.Equal("esp:aesgmac256-none+60min+100000kb,esp:sha256-none+60min+100000kb", Parameter(Assert.Single(AddLines(script)), "qmsecmethods"));
            Assert.DoesNotContain(script.Limitations, l => l.Path.StartsWith("rules[0].quickMode", StringComparison.Ordinal));
        }

        [Fact]
        public void Settings_netsh_cannot_set_are_reported()
        {
            var policy = ServerIsolation() with
            {
                Settings = new GlobalIpsecSettings
                {
                    Exemptions = IpsecExemptions.RouterDiscovery | IpsecExemptions.Icmp,
                    MaxSaIdleTimeSeconds = 330,
                    RemoteUserTransportAuthorizationList = "D:(A;;CC;;;DU)",
                },
            };

            var script = NetshScriptWriter.Write(policy);

            Assert.Contains("netsh advfirewall set global ipsec defaultexemptions icmp || exit /b 1", Lines(script));
            Assert.Contains("netsh advfirewall set global ipsec saidletimemin 6 || exit /b 1", Lines(script));
            Assert.Equal(ExportLimitationKind.Approximated, Single(script, "settings.exemptions").Kind);
            Assert.Equal(ExportLimitationKind.Approximated, Single(script, "settings.maxSaIdleTimeSeconds").Kind);
            Assert.Equal(ExportLimitationKind.NotExpressed, Single(script, "settings.remoteUserTransportAuthorizationList").Kind);
            Assert.Equal(ExportLimitationKind.NotExpressed, Single(script, "settings.keyEncoding").Kind);
            Assert.Equal(ExportLimitationKind.NotExpressed, Single(script, "group").Kind);
        }

        [Fact]
        public void The_header_counts_the_reported_limitations()
        {
            var script = NetshScriptWriter.Write(ServerIsolation());

            Assert.Contains("rem " + script.Limitations.Count + " setting(s) netsh cannot express were reported with the export.", Lines(script));
        }
    }
}
