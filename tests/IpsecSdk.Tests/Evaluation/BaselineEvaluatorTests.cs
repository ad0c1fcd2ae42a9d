using System.Linq;
using IpsecSdk.Catalogue;
using IpsecSdk.Validation;
using Xunit;
using static IpsecSdk.Tests.Evaluation.CatalogueAgreementTests;
using static IpsecSdk.Tests.Validation.TestPolicies;

namespace IpsecSdk.Tests.Evaluation
{
    public class BaselineEvaluatorTests
    {
        [Theory]
        [InlineData(BaselinePack.Default)]
        [InlineData(BaselinePack.Bsi)]
        [InlineData(BaselinePack.Nist)]
        public void Default_builder_output_is_clean(BaselinePack pack)
        {
            var policy = IpsecPolicy.Create("Contoso.Servers").AddRule("servers", r => r.AuthenticateWithCertificate(Ca)).Build();

            Assert.Empty(BaselineEvaluator.Evaluate(policy, pack));
        }

        [Fact]
        public void Default_builder_output_under_cnsa_has_only_the_documented_main_mode_info()
        {
            var policy = IpsecPolicy.Create("Contoso.Servers").AddRule("servers", r => r.AuthenticateWithCertificate(Ca)).Build();

            var finding = Assert.Single(BaselineEvaluator.Evaluate(policy, BaselinePack.Cnsa));

            Assert.Equal((RuleIds.WeakEncryption, Verdict.Info, "rules[0].mainMode.proposals[0].encryption"), (finding.RuleId, finding.Severity, finding.Path));
            Assert.Contains("Windows main mode has no AES-GCM", finding.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void High_protection_policy_built_with_defaults_has_master_key_pfs()
        {
            var policy = IpsecPolicy.Create("Contoso.Servers").WithProtectionRequirement(ProtectionRequirement.High).AddRule("servers", r => r.AuthenticateWithCertificate(Ca)).Build();

            Assert.Equal(1, policy.Rules[0].MainMode.MaxSessions);
            Assert.Empty(BaselineEvaluator.Evaluate(policy, BaselinePack.Bsi));
        }

        [Fact]
        public void Policy_protection_raises_a_normal_rule_for_master_key_pfs()
        {
            var policy = IpsecPolicy.Create("Contoso.Servers").WithProtectionRequirement(ProtectionRequirement.High)
                .AddRule("servers", r => r.AuthenticateWithCertificate(Ca).UseMainMode(m => m.WithMaxSessions(0))).Build();

            var finding = Assert.Single(BaselineEvaluator.Evaluate(policy, BaselinePack.Bsi));

            Assert.Equal((RuleIds.MasterKeyPfsOff, Verdict.Warning, "rules[0].mainMode.maxSessions"), (finding.RuleId, finding.Severity, finding.Path));
        }

        [Fact]
        public void Request_mode_in_both_directions_is_reported_per_direction()
        {
            var rule = CertificateRule() with { InboundSecurity = SecurityAction.Request, OutboundSecurity = SecurityAction.Request, ProtectionRequirement = ProtectionRequirement.High, MainMode = CertificateRule().MainMode with { MaxSessions = 1 } };

            var findings = BaselineEvaluator.Evaluate(Policy(rule), BaselinePack.Bsi);

            Assert.Equal(new[] { "rules[0].inboundSecurity", "rules[0].outboundSecurity" }, findings.Select(f => f.Path));
            Assert.All(findings, f => Assert.Equal((RuleIds.ClearTextFallback, Verdict.Warning), (f.RuleId, f.Severity)));
        }

        [Theory]
        [InlineData("Internet", true)]
        [InlineData("8.8.8.8", true)]
        [InlineData("0.0.0.0/0", true)]
        [InlineData("10.0.0.1-11.0.0.1", true)]
        [InlineData("2001:db8::/32", true)]
        [InlineData("10.0.0.0/8", false)]
        [InlineData("172.16.0.0/255.240.0.0", false)]
        [InlineData("192.168.1.10-192.168.1.20", false)]
        [InlineData("fd12:3456::/48", false)]
        [InlineData("fe80::1", false)]
        [InlineData("Intranet", false)]
        [InlineData("LocalSubnet", false)]
        public void IPSEC008_kerberos_towards_addresses_outside_the_domain(string remote, bool outside)
        {
            var rule = CertificateRule() with { KeyModule = KeyModule.Default, Phase1Authentication = Phase1(Method(AuthenticationMethod.MachineKerberos)), RemoteAddresses = new[] { "10.1.1.1", remote } };
            var path = "rules[0].remoteAddresses[1]";

            foreach (var pack in Packs)
            {
                var findings = BaselineEvaluator.Evaluate(Policy(rule), pack).Where(f => f.RuleId == RuleIds.KerberosOutsideDomain).ToList();
                Assert.Equal(outside ? new[] { path } : new string[0], findings.Select(f => f.Path));
                Assert.All(findings, f => Assert.Equal((BaselineCatalogue.KerberosOutsideDomain.For(pack), BaselineCatalogue.KerberosOutsideDomain.Message(pack)), (f.Severity, f.Message)));
            }
        }

        [Fact]
        public void IPSEC008_kerberos_through_a_tunnel_to_a_public_endpoint()
        {
            var rule = CertificateRule() with { KeyModule = KeyModule.Default, Mode = IpsecMode.Tunnel, LocalTunnelEndpoint = "10.0.0.1", RemoteTunnelEndpoints = new[] { "203.0.113.7" }, Phase1Authentication = Phase1(Method(AuthenticationMethod.MachineKerberos)) };

            AssertVerdict(rule, "rules[0].remoteTunnelEndpoints[0]", BaselineCatalogue.KerberosOutsideDomain, BaselinePack.Cnsa);
        }

        [Fact]
        public void Certificates_towards_the_internet_are_fine()
        {
            var rule = CertificateRule() with { RemoteAddresses = new[] { "Internet" } };

            Assert.Empty(BaselineEvaluator.Evaluate(Policy(rule), BaselinePack.Bsi));
        }

        [Theory]
        [InlineData(BaselinePack.Default)]
        [InlineData(BaselinePack.Bsi)]
        [InlineData(BaselinePack.Nist)]
        [InlineData(BaselinePack.Cnsa)]
        public void IPSEC016_kerberos_while_kerberos_traffic_is_exempt(BaselinePack pack)
        {
            var rule = CertificateRule() with { KeyModule = KeyModule.Default, Phase1Authentication = Phase1(Certificate(), Method(AuthenticationMethod.MachineKerberos)) };
            var policy = Policy(rule) with { Settings = new GlobalIpsecSettings { NoDefaultExempt = false } };

            AssertVerdict(policy, "settings.noDefaultExempt", BaselineCatalogue.KerberosExempt, pack);
            Assert.DoesNotContain(BaselineEvaluator.Evaluate(policy with { Settings = new GlobalIpsecSettings() }, pack), f => f.RuleId == RuleIds.KerberosExempt);
        }

        [Fact]
        public void Unknown_machine_settings_are_not_guessed()
        {
            var rule = CertificateRule() with { KeyModule = KeyModule.Default, Phase1Authentication = Phase1(Certificate(), Method(AuthenticationMethod.MachineKerberos)) };

            var findings = BaselineEvaluator.Evaluate(Policy(rule) with { Settings = null }, BaselinePack.Bsi);

            Assert.DoesNotContain(findings, f => f.Path.StartsWith("settings", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Exemption_rules_are_not_judged()
        {
            var policy = IpsecPolicy.Create("g").AddRule("dns", r => r.DoNotSecure().Udp().WithRemotePorts(53)).Build();

            foreach (var pack in Packs)
            {
                Assert.Empty(BaselineEvaluator.Evaluate(policy, pack));
            }
        }

        [Fact]
        public void Unknown_enum_values_are_refused_with_every_problem_listed()
        {
            var rule = CertificateRule() with
            {
                KeyModule = (KeyModule)64,
                MainMode = MainMode(new MainModeProposal((Encryption)1, (Integrity)7, (DiffieHellmanGroup)3)),
                QuickMode = QuickMode(new QuickModeProposal((Integrity)9, (Encryption)4) with { Encapsulation = (Encapsulation)0 }) with { PfsGroup = (PfsGroup)5 },
                Phase1Authentication = Phase1(new AuthenticationProposal { Method = (AuthenticationMethod)1 }),
            };
            var policy = Policy(rule) with { ProtectionRequirement = (ProtectionRequirement)9, Settings = new GlobalIpsecSettings { CertValidationLevel = (CertValidationLevel)4 } };

            // "Load, evaluate, no findings, export" must not pass such a policy on: the evaluator's gate refuses it.
            foreach (var pack in Packs)
            {
                var refused = Assert.Throws<PolicyValidationException>(() => BaselineEvaluator.Evaluate(policy, pack));
                Assert.Equal(PolicyValidator.Validate(policy), refused.Findings);
                Assert.Throws<PolicyValidationException>(() => BaselineEvaluator.EvaluateRule(policy, 0, pack));
            }

            Assert.All(PolicyValidator.Validate(policy), f => Assert.Equal(Verdict.Error, f.Severity));
            Assert.True(PolicyValidator.Validate(policy).Count(f => f.RuleId == RuleIds.InvalidAddressOrPort) >= 9);
        }

        [Fact]
        public void EvaluateRule_judges_one_rule_with_its_settings()
        {
            var weak = CertificateRule("weak") with { MainMode = MainMode(new MainModeProposal(Encryption.Des3, Integrity.Sha1, DiffieHellmanGroup.Dh2)) };
            var policy = Policy(CertificateRule("good"), weak);

            Assert.Empty(BaselineEvaluator.EvaluateRule(policy, 0, BaselinePack.Bsi));
            Assert.Equal(3, BaselineEvaluator.EvaluateRule(policy, 1, BaselinePack.Bsi).Count);
            Assert.Equal(BaselineEvaluator.Evaluate(policy, BaselinePack.Bsi), BaselineEvaluator.EvaluateRule(policy, 1, BaselinePack.Bsi));
            Assert.Throws<System.ArgumentOutOfRangeException>(() => BaselineEvaluator.EvaluateRule(policy, 2, BaselinePack.Bsi));
        }

        [Fact]
        public void Null_policy_and_unknown_pack_throw_argument_exceptions()
        {
            Assert.Throws<System.ArgumentNullException>(() => BaselineEvaluator.Evaluate(null!, BaselinePack.Bsi));
            Assert.Throws<System.ArgumentOutOfRangeException>(() => BaselineEvaluator.Evaluate(Policy(CertificateRule()), (BaselinePack)7));
        }
    }
}
