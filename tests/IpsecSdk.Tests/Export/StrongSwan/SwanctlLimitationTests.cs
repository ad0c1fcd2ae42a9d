using System;
using System.Linq;
using System.Text;
using IpsecSdk.Export;
using IpsecSdk.Export.StrongSwan;
using Xunit;
using static IpsecSdk.Tests.Export.StrongSwan.SwanctlTestPolicies;

namespace IpsecSdk.Tests.Export.StrongSwan
{
    /// <summary>Windows-only features and what swanctl cannot express are reported with the policy path.</summary>
    public class SwanctlLimitationTests
    {
        private static ExportLimitation Single(SwanctlConfig config, string path) => Assert.Single(config.Limitations, l => l.Path == path);

        private static ConnectionSecurityRule WithPhase1(params AuthenticationProposal[] proposals) =>
            Rule with { Phase1Authentication = new Phase1AuthenticationSet { Id = "p1", DisplayName = "p1", Proposals = ValueList.Of(proposals) } };

        private static AuthenticationProposal Certificate(string ca = Ca, CertificateSigning signing = CertificateSigning.Ecdsa384) =>
            new AuthenticationProposal { Method = AuthenticationMethod.MachineCertificate, CertificateAuthority = ca, Signing = signing };

        [Theory]
        [InlineData(AuthenticationMethod.MachineKerberos)]
        [InlineData(AuthenticationMethod.MachineNtlm)]
        public void Windows_only_phase_one_methods_alone_omit_the_rule(AuthenticationMethod method)
        {
            // Kerberos and NTLM need AuthIP or IKEv1 (IPSEC110); anonymous alone is refused by Build() (IPSEC014).
            var config = Write(WithPhase1(new AuthenticationProposal { Method = method }) with { KeyModule = KeyModule.IkeV1 });

            Assert.Empty(config.Connections);
            Assert.Equal(ExportLimitationKind.NotExpressed, Single(config, "rules[0].phase1Authentication.proposals[0]").Kind);
            Assert.Equal(ExportLimitationKind.Omitted, Single(config, "rules[0].phase1Authentication").Kind);
        }

        [Fact]
        public void With_kerberos_and_certificates_the_certificate_is_used_and_the_rest_reported()
        {
            var config = Write(WithPhase1(new AuthenticationProposal { Method = AuthenticationMethod.MachineKerberos }, Certificate(signing: CertificateSigning.Rsa), Certificate("CN=Other CA")) with
            {
                KeyModule = KeyModule.IkeV1 | KeyModule.AuthIP, // phase 2 needs AuthIP (IPSEC111); the peer gets IKEv1
                Phase2Authentication = new Phase2AuthenticationSet { Id = "p2", DisplayName = "p2", Proposals = ValueList.Of(new AuthenticationProposal { Method = AuthenticationMethod.UserKerberos }) },
            });

            Assert.Equal("pubkey", Values(config, "auth")[1]);
            Assert.Equal("\"CN=Contoso Root CA\"", Value(config, "ca_id"));
            Single(config, "rules[0].phase1Authentication.proposals[0]");
            Assert.Contains("one way", Single(config, "rules[0].phase1Authentication.proposals[2]").Message, StringComparison.Ordinal);
            Single(config, "rules[0].phase2Authentication");
        }

        [Fact]
        public void Certificate_criteria_account_mapping_and_authorization_are_reported_as_windows_side_checks()
        {
            var rule = WithPhase1(Certificate() with { Criteria = new CertificateCriteria { Thumbprint = "AB" }, MapToAccount = true }) with { RequireAuthorization = true, AuthorizedMachinesSddl = "D:(A;;CC;;;DC)" };

            var config = Write(rule);

            Assert.Single(config.Connections);
            Single(config, "rules[0].phase1Authentication.proposals[0].criteria");
            Single(config, "rules[0].phase1Authentication.proposals[0].mapToAccount");
            Single(config, "rules[0].requireAuthorization");
        }

        [Fact]
        public void Crl_checking_from_the_global_settings_sets_remote_revocation()
        {
            var strict = SwanctlConfigWriter.Write(Policy(Rule) with { Settings = new GlobalIpsecSettings() });
            var relaxed = SwanctlConfigWriter.Write(Policy(Rule) with { Settings = new GlobalIpsecSettings { CertValidationLevel = CertValidationLevel.AttemptCrlCheck } });

            Assert.Equal("strict", Value(strict, "revocation"));
            Assert.Equal("relaxed", Value(relaxed, "revocation"));
        }

        [Fact]
        public void Ca_names_are_quoted_with_escapes_and_names_spanning_lines_never_reach_the_writer()
        {
            var quoted = Write(WithPhase1(Certificate("CN=\"North, South \\ Root\"")));

            Assert.Equal("\"CN=\\\"North, South \\\\ Root\\\"\"", Value(quoted, "ca_id"));
            // A line break in an X.500 name is refused by Build()'s rules, so the writer's gate refuses it too.
            var refused = Assert.Throws<IpsecSdk.Validation.PolicyValidationException>(() => Write(WithPhase1(Certificate("CN=bad\nname"))));
            Assert.Contains(refused.Findings, f => f.Path == "rules[0].phase1Authentication.proposals[0].certificateAuthority");
        }

        [Fact]
        public void Non_ascii_ca_names_are_left_out_because_strongswan_refuses_them_in_ca_id()
        {
            // Found by the strongSwan fuzzing test: charon discards a connection whose ca_id is "CN=\"éa\"" or "CN=éa"
            // ("invalid value for: ca_id"), so the writer reports the name instead of writing a configuration that fails to load.
            var config = Write(WithPhase1(Certificate("CN=Prüfstelle Root CA")));

            Assert.Empty(Values(config, "ca_id"));
            Assert.Contains("non-ASCII", Single(config, "rules[0].phase1Authentication.proposals[0].certificateAuthority").Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Preshared_keys_stay_out_unless_included_and_follow_the_key_encoding()
        {
            var rule = WithPhase1(new AuthenticationProposal { Method = AuthenticationMethod.PresharedKey, PresharedKey = "s3cr3t" }) with { KeyModule = KeyModule.IkeV1 };

            var without = Write(rule);
            var utf8 = SwanctlConfigWriter.Write(Policy(rule), new SwanctlExportOptions { IncludePresharedKeys = true });
            var utf16 = SwanctlConfigWriter.Write(Policy(rule) with { Settings = new GlobalIpsecSettings { KeyEncoding = PresharedKeyEncoding.Utf16 } }, new SwanctlExportOptions { IncludePresharedKeys = true });

            Assert.Equal(new[] { "psk", "psk" }, Values(without, "auth"));
            Assert.DoesNotContain("s3cr3t", without.Config, StringComparison.Ordinal);
            Assert.DoesNotContain("secrets", without.Config, StringComparison.Ordinal);
            Assert.Equal(ExportLimitationKind.NotExpressed, Single(without, "rules[0].phase1Authentication.proposals[0].presharedKey").Kind);
            Assert.Equal("0s" + Convert.ToBase64String(Encoding.UTF8.GetBytes("s3cr3t")), Value(utf8, "secret"));
            Assert.Contains("\n    ike-web {\n        secret = ", utf8.Config, StringComparison.Ordinal);
            Assert.Equal("0s" + Convert.ToBase64String(Encoding.Unicode.GetBytes("s3cr3t")), Value(utf16, "secret"));
        }

        [Theory]
        [InlineData("remoteAddresses[0]")]
        [InlineData("localPorts[0]")]
        public void Keywords_strongSwan_cannot_resolve_omit_the_rule(string field)
        {
            var rule = field == "localPorts[0]" ? Rule with { LocalPorts = ValueList.Of("RPC") } : Rule with { RemoteAddresses = ValueList.Of("Internet") };

            var config = Write(rule);

            Assert.Empty(config.Connections);
            Assert.DoesNotContain("web {", config.Config, StringComparison.Ordinal);
            Assert.Equal(ExportLimitationKind.Omitted, Single(config, "rules[0]." + field).Kind);
        }

        [Fact]
        public void Request_mode_and_disabled_rules_are_written_with_a_note()
        {
            var config = Write(Rule with { InboundSecurity = SecurityAction.Request, OutboundSecurity = SecurityAction.Request, Enabled = false });

            Assert.Single(config.Connections);
            Assert.Equal(ExportLimitationKind.Approximated, Single(config, "rules[0].inboundSecurity").Kind);
            Assert.Equal(ExportLimitationKind.NotExpressed, Single(config, "rules[0].enabled").Kind);
        }

        [Fact]
        public void Rule_ids_become_unique_section_names_and_renames_are_reported()
        {
            var config = SwanctlConfigWriter.Write(Policy(Rule with { Id = "web server/1" }, Rule with { Id = "web_server_1" }, Rule with { Id = "web server 1" }));

            Assert.Equal(new[] { "web_server_1", "web_server_1_2", "web_server_1_3" }, config.Connections);
            Assert.Contains("'web_server_1'", Single(config, "rules[0].id").Message, StringComparison.Ordinal);
            Single(config, "rules[1].id");
            Single(config, "rules[2].id");
        }

        [Fact]
        public void Null_policy_is_rejected_with_the_parameter_name()
        {
            Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => SwanctlConfigWriter.Write(null!)).ParamName);
        }
    }
}
