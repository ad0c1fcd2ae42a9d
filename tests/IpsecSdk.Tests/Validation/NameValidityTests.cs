using IpsecSdk.Catalogue;
using IpsecSdk.Validation;
using Xunit;
using static IpsecSdk.Tests.Validation.TestPolicies;

namespace IpsecSdk.Tests.Validation
{
    public class NameValidityTests
    {
        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        public void IPSEC113_blank_group(string group)
        {
            var findings = PolicyValidator.Validate(Policy(CertificateRule()) with { Group = group });

            AssertOnly(findings, RuleIds.InvalidName, "group", "owner group must have a name");
        }

        [Fact]
        public void IPSEC113_empty_rule_id()
        {
            AssertFinding(ValidateRule(r => r with { Id = "" }), RuleIds.InvalidName, "rules[0].id", "''", "1..511 characters");
        }

        [Fact]
        public void IPSEC113_pipe_in_rule_id_and_name()
        {
            var findings = ValidateRule(r => r with { Id = "a|b", DisplayName = "x|y" });

            AssertFinding(findings, RuleIds.InvalidName, "rules[0].id", "'a|b'", "contains '|'");
            AssertFinding(findings, RuleIds.InvalidName, "rules[0].displayName", "'x|y'", "contains '|'");
        }

        [Theory]
        [InlineData("all")]
        [InlineData("ALL")]
        public void IPSEC113_reserved_name_all(string name)
        {
            AssertOnly(ValidateRule(r => r with { DisplayName = name }), RuleIds.InvalidName, "rules[0].displayName", "'all' is reserved");
        }

        [Fact]
        public void IPSEC113_rule_id_longer_than_511()
        {
            AssertOnly(ValidateRule(r => r with { Id = new string('a', 512) }), RuleIds.InvalidName, "rules[0].id", "512 characters", "at most 511");
        }

        [Fact]
        public void A_rule_id_of_511_characters_is_valid()
        {
            Assert.Empty(ValidateRule(r => r with { Id = new string('a', 511) }));
        }

        [Fact]
        public void IPSEC113_name_longer_than_9999()
        {
            AssertOnly(ValidateRule(r => r with { DisplayName = new string('n', 10000) }), RuleIds.InvalidName, "rules[0].displayName", "at most 9999");
        }

        [Fact]
        public void IPSEC113_main_mode_set_id_too_long()
        {
            AssertOnly(ValidateRule(r => r with { MainMode = r.MainMode with { Id = new string('m', 255) } }), RuleIds.InvalidName, "rules[0].mainMode.id", "at most 254");
        }

        [Fact]
        public void IPSEC113_duplicate_rule_ids_case_insensitive()
        {
            var findings = PolicyValidator.Validate(Policy(CertificateRule("web"), CertificateRule("WEB")));

            AssertOnly(findings, RuleIds.InvalidName, "rules[1].id", "'WEB'", "rules[0]", "unique");
        }

        [Fact]
        public void IPSEC113_one_set_id_for_different_sets()
        {
            var first = CertificateRule("a");
            var second = CertificateRule("b") with { QuickMode = first.QuickMode! with { PfsGroup = PfsGroup.Dh19 } };

            AssertOnly(PolicyValidator.Validate(Policy(first, second)), RuleIds.InvalidName, "rules[1].quickMode.id", "'a.qmcrypto'", "rules[0].quickMode", "different quick-mode crypto set");
        }

        [Fact]
        public void A_shared_identical_set_is_valid()
        {
            var first = CertificateRule("a");
            var second = CertificateRule("b") with { QuickMode = first.QuickMode, MainMode = first.MainMode };

            Assert.Empty(PolicyValidator.Validate(Policy(first, second)));
        }

        [Fact]
        public void Builder_rejects_null_names_with_argument_null_exceptions()
        {
            Assert.Throws<System.ArgumentNullException>(() => IpsecPolicy.Create(null!));
            Assert.Throws<System.ArgumentNullException>(() => IpsecPolicy.Create("g").AddRule(null!, r => { }));
        }
    }
}
