using IpsecSdk.Catalogue;
using IpsecSdk.Validation;
using Xunit;
using static IpsecSdk.Tests.Validation.TestPolicies;

namespace IpsecSdk.Tests.Validation
{
    public class AuthenticationValidityTests
    {
        [Fact]
        public void IPSEC014_protected_rule_without_phase1_authentication()
        {
            var finding = AssertOnly(ValidateRule(r => r with { Phase1Authentication = null }), RuleIds.NoMutualAuthentication, "rules[0].phase1Authentication", "no authentication: there is no safe default", "AuthenticateWithCertificate(");
            Assert.Equal(Verdict.Error, finding.Severity);
        }

        [Fact]
        public void IPSEC014_empty_phase1_set()
        {
            AssertOnly(ValidateRule(r => r with { Phase1Authentication = Phase1() }), RuleIds.NoMutualAuthentication, "rules[0].phase1Authentication.proposals", "empty", "no safe default");
        }

        [Fact]
        public void IPSEC014_anonymous_only_in_phase1()
        {
            var finding = AssertOnly(ValidateRule(r => r with { Phase1Authentication = Phase1(Method(AuthenticationMethod.Anonymous)) }), RuleIds.NoMutualAuthentication, "rules[0].phase1Authentication.proposals", "only Anonymous");
            Assert.Equal(BaselineCatalogue.AnonymousOnly.Source, finding.Source);
        }

        [Fact]
        public void IPSEC014_anonymous_only_in_phase2()
        {
            var findings = ValidateRule(r => r with { KeyModule = KeyModule.AuthIP, Phase2Authentication = Phase2(Method(AuthenticationMethod.Anonymous)) });

            AssertOnly(findings, RuleIds.NoMutualAuthentication, "rules[0].phase2Authentication.proposals", "only Anonymous");
        }

        [Fact]
        public void Anonymous_phase1_with_user_authentication_is_valid()
        {
            var findings = ValidateRule(r => r with { KeyModule = KeyModule.AuthIP, Phase1Authentication = Phase1(Method(AuthenticationMethod.Anonymous)), Phase2Authentication = Phase2(Method(AuthenticationMethod.UserKerberos)) });

            Assert.Empty(findings);
        }

        [Theory]
        [InlineData(AuthenticationMethod.MachineKerberos)]
        [InlineData(AuthenticationMethod.PresharedKey)]
        [InlineData(AuthenticationMethod.MachineNtlm)]
        public void IPSEC110_ikev2_with_kerberos_psk_or_ntlm(AuthenticationMethod method)
        {
            var findings = ValidateRule(r => r with { KeyModule = KeyModule.IkeV2, Phase1Authentication = Phase1(Certificate(), Method(method)) });

            AssertOnly(findings, RuleIds.IkeV2Authentication, "rules[0].phase1Authentication.proposals[1].method", method.ToString(), "certificate authentication only");
        }

        [Fact]
        public void IKEv2_with_IKEv1_may_offer_kerberos()
        {
            Assert.Empty(ValidateRule(r => r with { KeyModule = KeyModule.IkeV2 | KeyModule.IkeV1, Phase1Authentication = Phase1(Certificate(), Method(AuthenticationMethod.MachineKerberos)) }));
        }

        [Fact]
        public void IPSEC110_ah_with_ikev2_in_transport_mode()
        {
            var findings = ValidateRule(r => r with { KeyModule = KeyModule.IkeV2, QuickMode = QuickMode(new QuickModeProposal { Encapsulation = Encapsulation.Ah, AhIntegrity = Integrity.Sha256 }) });

            AssertOnly(findings, RuleIds.IkeV2Authentication, "rules[0].quickMode.proposals[0].encapsulation", "does not support AH");
        }

        [Theory]
        [InlineData(KeyModule.IkeV1)]
        [InlineData(KeyModule.IkeV2)]
        [InlineData(KeyModule.IkeV1 | KeyModule.IkeV2)]
        public void IPSEC111_phase2_without_authip(KeyModule keyModule)
        {
            var findings = ValidateRule(r => r with { KeyModule = keyModule, Phase2Authentication = Phase2(Method(AuthenticationMethod.UserKerberos)) });

            AssertOnly(findings, RuleIds.Phase2NeedsAuthIP, "rules[0].keyModule", "only AuthIP supports");
        }

        [Theory]
        [InlineData(KeyModule.Default)]
        [InlineData(KeyModule.AuthIP)]
        [InlineData(KeyModule.AuthIP | KeyModule.IkeV1)]
        public void Phase2_with_authip_or_default_is_valid(KeyModule keyModule)
        {
            Assert.Empty(ValidateRule(r => r with { KeyModule = keyModule, Phase2Authentication = Phase2(Certificate(AuthenticationMethod.UserCertificate)) }));
        }

        [Fact]
        public void Builder_picks_authip_for_phase2()
        {
            var policy = IpsecPolicy.Create("Test").AddRule("r", r => r.AuthenticateWithCertificate(Ca).AuthenticateUserWithKerberos()).Build();

            Assert.Equal(KeyModule.AuthIP, policy.Rules[0].KeyModule);
        }

        [Fact]
        public void Builder_does_not_pick_ikev2_for_ah_in_transport_mode()
        {
            var policy = IpsecPolicy.Create("Test").AddRule("r", r => r.AuthenticateWithCertificate(Ca).UseQuickMode(q => q.AddProposal(p => p.UseAh().WithIntegrity(Integrity.Sha256)))).Build();

            Assert.Equal(KeyModule.Default, policy.Rules[0].KeyModule);
        }

        [Fact]
        public void IPSEC112_psk_and_ntlm_together()
        {
            var findings = ValidateRule(r => r with { KeyModule = KeyModule.Default, Phase1Authentication = Phase1(Method(AuthenticationMethod.PresharedKey), Method(AuthenticationMethod.MachineNtlm)) });

            AssertOnly(findings, RuleIds.PskWithNtlm, "rules[0].phase1Authentication.proposals[1]", "PresharedKey", "MachineNtlm", "not allow them together");
        }

        [Fact]
        public void IPSEC117_user_method_in_phase1()
        {
            var findings = ValidateRule(r => r with { KeyModule = KeyModule.Default, Phase1Authentication = Phase1(Certificate(), Method(AuthenticationMethod.UserKerberos)) });

            AssertOnly(findings, RuleIds.WrongPhase, "rules[0].phase1Authentication.proposals[1].method", "UserKerberos", "user method", "MachineCertificate");
        }

        [Fact]
        public void IPSEC112_two_kerberos_proposals()
        {
            var findings = ValidateRule(r => r with { KeyModule = KeyModule.Default, Phase1Authentication = Phase1(Method(AuthenticationMethod.MachineKerberos), Method(AuthenticationMethod.MachineKerberos)) });

            AssertOnly(findings, RuleIds.PskWithNtlm, "rules[0].phase1Authentication.proposals[1]", "repeats MachineKerberos", "at most one");
        }

        [Fact]
        public void IPSEC112_certificate_signing_not_contiguous()
        {
            var rsa = Certificate() with { Signing = CertificateSigning.Rsa };
            var findings = ValidateRule(r => r with { Phase1Authentication = Phase1(Certificate(), rsa, Certificate()) });

            AssertOnly(findings, RuleIds.PskWithNtlm, "rules[0].phase1Authentication.proposals[2].signing", "contiguous");
        }

        [Fact]
        public void IPSEC117_computer_method_in_phase2()
        {
            var findings = ValidateRule(r => r with { KeyModule = KeyModule.AuthIP, Phase2Authentication = Phase2(Method(AuthenticationMethod.MachineKerberos)) });

            AssertOnly(findings, RuleIds.WrongPhase, "rules[0].phase2Authentication.proposals[0].method", "MachineKerberos", "allowed in phase 2");
        }

        [Fact]
        public void IPSEC112_health_certificate_mixed_with_user_method()
        {
            var findings = ValidateRule(r => r with { KeyModule = KeyModule.AuthIP, Phase2Authentication = Phase2(Certificate(AuthenticationMethod.MachineHealthCertificate), Method(AuthenticationMethod.UserKerberos)) });

            AssertOnly(findings, RuleIds.PskWithNtlm, "rules[0].phase2Authentication.proposals[1]", "health certificate");
        }

        [Fact]
        public void IPSEC116_psk_with_empty_key_and_certificate_without_ca()
        {
            var findings = ValidateRule(r => r with
            {
                KeyModule = KeyModule.Default,
                Phase1Authentication = Phase1(new AuthenticationProposal { Method = AuthenticationMethod.MachineCertificate }, new AuthenticationProposal { Method = AuthenticationMethod.PresharedKey, PresharedKey = "" }),
            });

            AssertFinding(findings, RuleIds.MissingPart, "rules[0].phase1Authentication.proposals[0].certificateAuthority", "X.500 name");
            AssertFinding(findings, RuleIds.MissingPart, "rules[0].phase1Authentication.proposals[1].presharedKey", "empty");
            Assert.Equal(2, findings.Count);
        }

        [Fact]
        public void Exemption_rules_must_not_carry_sets()
        {
            var findings = ValidateRule(r => r with { InboundSecurity = SecurityAction.None, OutboundSecurity = SecurityAction.None });

            AssertFinding(findings, RuleIds.MissingPart, "rules[0].quickMode", "exemption rule");
            AssertFinding(findings, RuleIds.MissingPart, "rules[0].phase1Authentication", "exemption rule");
            Assert.Equal(2, findings.Count);
        }

        [Theory]
        [InlineData(SecurityAction.None, SecurityAction.Request)]
        [InlineData(SecurityAction.Request, SecurityAction.Require)]
        [InlineData(SecurityAction.None, SecurityAction.Require)]
        public void IPSEC118_security_pairs_windows_rejects(SecurityAction inbound, SecurityAction outbound)
        {
            var findings = ValidateRule(r => r with { InboundSecurity = inbound, OutboundSecurity = outbound });

            AssertOnly(findings, RuleIds.InvalidSecurityCombination, "rules[0].outboundSecurity", "Require/Request", "not a combination");
        }

        [Theory]
        [InlineData("kdcproxy.contoso.com", null)]
        [InlineData("kdc-1", null)]
        [InlineData("https://kdc.contoso.com", "':' at position 5 is not a letter, digit")]
        [InlineData("kdc..contoso.com", "the label at position 4 is empty")]
        [InlineData("-kdc.contoso.com", "starts or ends with '-'")]
        [InlineData("kdc.contoso.com'; Stop-Computer", "''' at position 15")]
        public void A_kerberos_proxy_is_an_fqdn(string proxy, string? fragment)
        {
            var findings = ValidateRule(r => r with
            {
                KeyModule = KeyModule.AuthIP,
                Phase1Authentication = Phase1(new AuthenticationProposal { Method = AuthenticationMethod.MachineKerberos, KerberosProxy = proxy }),
            });

            if (fragment is null)
            {
                Assert.Empty(findings);
                return;
            }

            AssertOnly(findings, RuleIds.InvalidName, "rules[0].phase1Authentication.proposals[0].kerberosProxy", "is not the proxy's FQDN", fragment);
        }

        [Fact]
        public void Certificate_criteria_take_oids_and_a_hex_thumbprint()
        {
            var criteria = new CertificateCriteria { ExtendedKeyUsages = ValueList.Of("1.3.6.1.5.5.7.3.1", "Server Authentication"), Thumbprint = "a9 09 50" };

            var findings = ValidateRule(r => r with { Phase1Authentication = Phase1(Certificate() with { Criteria = criteria }) });

            AssertFinding(findings, RuleIds.InvalidName, "rules[0].phase1Authentication.proposals[0].criteria.extendedKeyUsages[1]", "is given by its OID");
            AssertFinding(findings, RuleIds.InvalidName, "rules[0].phase1Authentication.proposals[0].criteria.thumbprint", "hex digits without blanks");
            Assert.Equal(2, findings.Count);
        }
    }
}
