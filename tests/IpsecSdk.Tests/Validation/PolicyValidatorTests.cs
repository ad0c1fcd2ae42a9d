using System.Linq;
using IpsecSdk.Catalogue;
using IpsecSdk.Serialization;
using IpsecSdk.Validation;
using Xunit;
using static IpsecSdk.Tests.Validation.TestPolicies;

namespace IpsecSdk.Tests.Validation
{
    public class PolicyValidatorTests
    {
        [Fact]
        public void Several_problems_are_reported_at_once()
        {
            var broken = CertificateRule("bad") with
            {
                DisplayName = "all",
                RemoteAddresses = new[] { "10.0.0.300" },
                MainMode = MainMode(new MainModeProposal { Encryption = Encryption.AesGcm256 }),
                QuickMode = QuickMode(new QuickModeProposal(Integrity.Sha384, Encryption.Aes256) with { LifetimeMinutes = 3 }),
            };
            var findings = PolicyValidator.Validate(Policy(CertificateRule("good"), broken) with { Group = "" });

            Assert.Equal(
                new[] { RuleIds.InvalidName, RuleIds.InvalidName, RuleIds.InvalidAddressOrPort, RuleIds.GcmInMainMode, RuleIds.LifetimeOutOfRange, RuleIds.Sha384InQuickMode }.OrderBy(i => i),
                findings.Select(f => f.RuleId).OrderBy(i => i));
            Assert.All(findings, f => Assert.Equal(Verdict.Error, f.Severity));
            Assert.Contains(findings, f => f.Path == "group");
            Assert.Contains(findings, f => f.Path == "rules[1].displayName");
            Assert.Contains(findings, f => f.Path == "rules[1].remoteAddresses[0]");
        }

        [Fact]
        public void Build_throws_with_every_finding_and_returns_nothing()
        {
            var builder = IpsecPolicy.Create("Test")
                .AddRule("a|b", r => r.AuthenticateWithCertificate(TestPolicies.Ca).WithRemoteAddresses("10.0.0.0/40"))
                .AddRule("noauth", r => r.UseQuickMode(q => q.AddProposal(p => p.WithLifetime(1))))
                .WithSettings(s => s with { MaxSaIdleTimeSeconds = 10 });

            var exception = Assert.Throws<PolicyValidationException>(() => builder.Build());

            Assert.Collection(
                exception.Findings.OrderBy(f => f.Path, System.StringComparer.Ordinal),
                f => Assert.Equal(("IPSEC113", "rules[0].displayName"), (f.RuleId, f.Path)),
                f => Assert.Equal(("IPSEC113", "rules[0].id"), (f.RuleId, f.Path)),
                f => Assert.Equal(("IPSEC114", "rules[0].remoteAddresses[0]"), (f.RuleId, f.Path)),
                f => Assert.Equal(("IPSEC014", "rules[1].phase1Authentication"), (f.RuleId, f.Path)),
                f => Assert.Equal(("IPSEC107", "rules[1].quickMode.proposals[0].lifetimeMinutes"), (f.RuleId, f.Path)),
                f => Assert.Equal(("IPSEC107", "settings.maxSaIdleTimeSeconds"), (f.RuleId, f.Path)));
            Assert.Contains("6 problems", exception.Message, System.StringComparison.Ordinal);
            Assert.Contains("rules[0].remoteAddresses[0]", exception.Message, System.StringComparison.Ordinal);
            Assert.Throws<System.InvalidOperationException>(() => builder.Build());
        }

        [Fact]
        public void TryBuild_returns_null_and_the_findings()
        {
            var policy = IpsecPolicy.Create("Test").AddRule("r", r => r.RequireInboundAndOutbound()).TryBuild(out var findings);

            Assert.Null(policy);
            AssertOnly(findings, RuleIds.NoMutualAuthentication, "rules[0].phase1Authentication", "no safe default");
        }

        [Theory]
        [InlineData("rules[0].quickMode.proposals[0].espIntegrity", "\"espIntegrity\": \"AesGmac256\"", "\"espIntegrity\": 7", "Integrity", "Sha256")]
        [InlineData("rules[0].mainMode.proposals[0].keyExchange", "\"keyExchange\": \"Dh20\"", "\"keyExchange\": 21", "DiffieHellmanGroup", "Dh19")]
        [InlineData("rules[0].quickMode.pfsGroup", "\"pfsGroup\": \"Dh20\"", "\"pfsGroup\": 3", "PfsGroup", "SameAsMainMode")]
        [InlineData("rules[0].inboundSecurity", "\"inboundSecurity\": \"Require\"", "\"inboundSecurity\": 9", "SecurityAction", "Request")]
        [InlineData("settings.certValidationLevel", "\"certValidationLevel\": \"RequireCrlCheck\"", "\"certValidationLevel\": 5", "CertValidationLevel", "AttemptCrlCheck")]
        [InlineData("rules[0].keyModule", "\"keyModule\": \"IkeV2\"", "\"keyModule\": 8", "KeyModule", "AuthIP")]
        public void Unknown_enum_numbers_from_json_name_the_allowed_values(string path, string original, string replacement, string type, string allowed)
        {
            var json = IpsecJson.Serialize(Policy(CertificateRule()));
            Assert.Contains(original, json, System.StringComparison.Ordinal);

            // JSON is a door in: the policy is refused with the validator's findings instead of handed out.
            var refused = Assert.Throws<PolicyValidationException>(() => IpsecJson.Deserialize(json.Replace(original, replacement, System.StringComparison.Ordinal)));

            AssertOnly(refused.Findings, RuleIds.InvalidAddressOrPort, path, type, "allowed", allowed);
        }

        [Theory]
        [InlineData("\"remoteAddresses\": []", "\"remoteAddresses\": null", "rules[0].remoteAddresses")]
        [InlineData("\"group\": \"Test\"", "\"group\": null", "group")]
        [InlineData("\"id\": \"r1\"", "\"id\": null", "rules[0].id")]
        public void Null_members_from_json_are_refused_with_their_path(string original, string replacement, string path)
        {
            var json = IpsecJson.Serialize(Policy(CertificateRule()));
            Assert.Contains(original, json, System.StringComparison.Ordinal);

            var refused = Assert.Throws<PolicyValidationException>(() => IpsecJson.Deserialize(json.Replace(original, replacement, System.StringComparison.Ordinal)));

            AssertFinding(refused.Findings, RuleIds.MissingPart, path);
        }

        [Fact]
        public void A_null_main_mode_set_from_json_is_refused_with_its_path()
        {
            var json = System.Text.Json.Nodes.JsonNode.Parse(IpsecJson.Serialize(Policy(CertificateRule())))!;
            json["rules"]![0]!["mainMode"] = null;

            var refused = Assert.Throws<PolicyValidationException>(() => IpsecJson.Deserialize(json.ToJsonString()));

            AssertFinding(refused.Findings, RuleIds.MissingPart, "rules[0].mainMode");
        }

        [Fact]
        public void Null_lists_and_items_inside_records_are_reported()
        {
            var rule = CertificateRule() with
            {
                LocalPorts = null!,
                QuickMode = CertificateRule().QuickMode! with { Proposals = new QuickModeProposal[] { null! } },
                Phase1Authentication = Phase1(null!, Certificate()),
            };
            var policy = Policy(rule, null!);

            var findings = PolicyValidator.Validate(policy);

            AssertFinding(findings, RuleIds.MissingPart, "rules[0].localPorts", "is null");
            AssertFinding(findings, RuleIds.MissingPart, "rules[0].quickMode.proposals[0]", "is null");
            AssertFinding(findings, RuleIds.MissingPart, "rules[0].phase1Authentication.proposals[0]", "is null");
            AssertFinding(findings, RuleIds.MissingPart, "rules[1]", "is null");
            Assert.Equal(findings, Assert.Throws<PolicyValidationException>(() => BaselineEvaluator.Evaluate(policy, BaselinePack.Cnsa)).Findings);
        }

        [Fact]
        public void Unknown_flag_bits_and_nested_enums_are_reported()
        {
            var criteria = new CertificateCriteria { SubjectNameType = (CertificateNameType)8 };
            var rule = CertificateRule() with { Profiles = (FirewallProfiles)8, Phase1Authentication = Phase1(Certificate() with { Criteria = criteria, AuthorityType = (CertificateAuthorityType)0 }) };

            var findings = PolicyValidator.Validate(Policy(rule));

            AssertFinding(findings, RuleIds.InvalidAddressOrPort, "rules[0].profiles", "8", "Domain, Private, Public");
            AssertFinding(findings, RuleIds.InvalidAddressOrPort, "rules[0].phase1Authentication.proposals[0].criteria.subjectNameType", "CertificateNameType", "DomainComponent");
            AssertFinding(findings, RuleIds.InvalidAddressOrPort, "rules[0].phase1Authentication.proposals[0].authorityType", "Root, Intermediate");
            Assert.Equal(3, findings.Count);
        }

        [Fact]
        public void Build_with_shared_sets_holding_nulls_throws_the_validation_exception()
        {
            var builder = IpsecPolicy.Create("Test").AddRule("r", r => r
                .UsePhase1Authentication(Phase1(null!, Certificate()))
                .UseQuickMode(QuickMode(new QuickModeProposal[] { null! })));

            var exception = Assert.Throws<PolicyValidationException>(() => builder.Build());

            Assert.Equal(new[] { "rules[0].phase1Authentication.proposals[0]", "rules[0].quickMode.proposals[0]" }, exception.Findings.Select(f => f.Path).OrderBy(p => p, System.StringComparer.Ordinal));
        }

        [Fact]
        public void Null_rule_list_is_reported()
        {
            AssertOnly(PolicyValidator.Validate(new IpsecPolicy { Group = "g", Rules = null! }), RuleIds.MissingPart, "rules", "is null");
        }

        [Fact]
        public void Null_policy_throws_argument_null()
        {
            Assert.Throws<System.ArgumentNullException>(() => PolicyValidator.Validate(null!));
        }
    }
}
