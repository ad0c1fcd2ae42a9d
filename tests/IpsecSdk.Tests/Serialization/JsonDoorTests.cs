using System;
using System.Linq;
using System.Text.Json.Nodes;
using IpsecSdk.Catalogue;
using IpsecSdk.Serialization;
using IpsecSdk.Tests.Support;
using IpsecSdk.Validation;
using Xunit;

namespace IpsecSdk.Tests.Serialization
{
    /// <summary>
    /// JSON is a door in: <see cref="IpsecJson.Deserialize"/> hands out only what <c>Build()</c> would accept, and refuses
    /// everything else with one <see cref="PolicyValidationException"/> whose findings carry the full path.
    /// </summary>
    public sealed class JsonDoorTests
    {
        private static JsonNode Valid() => JsonNode.Parse(IpsecJson.Serialize(SamplePolicies.KitchenSink()))!;

        private static PolicyValidationException Refused(string json) => Assert.Throws<PolicyValidationException>(() => IpsecJson.Deserialize(json));

        private static PolicyValidationException Refused(Action<JsonNode> edit)
        {
            var json = Valid();
            edit(json);
            return Refused(json.ToJsonString());
        }

        private static void AssertFinding(PolicyValidationException refused, string ruleId, string path) =>
            Assert.True(refused.Findings.Any(f => f.RuleId == ruleId && f.Path == path), "expected " + ruleId + " at " + path + "; got: " + refused.Message);

        [Fact]
        public void A_valid_policy_passes_and_equals_what_was_written()
        {
            var policy = SamplePolicies.KitchenSink();
            Assert.Equal(policy, IpsecJson.Deserialize(IpsecJson.Serialize(policy)));
        }

        [Fact]
        public void A_null_rule_is_refused() => AssertFinding(Refused(j => j["rules"]!.AsArray().Insert(0, null)), RuleIds.MissingPart, "rules[0]");

        [Fact]
        public void Null_rules_are_refused() => AssertFinding(Refused(j => j["rules"] = null), RuleIds.MissingPart, "rules");

        [Fact]
        public void A_null_group_is_refused() => AssertFinding(Refused(j => j["group"] = null), RuleIds.MissingPart, "group");

        [Fact]
        public void A_null_address_is_refused() =>
            AssertFinding(Refused(j => j["rules"]![0]!["remoteAddresses"] = new JsonArray((JsonNode?)null)), RuleIds.MissingPart, "rules[0].remoteAddresses[0]");

        [Fact]
        public void An_empty_object_is_refused_for_its_missing_group() => AssertFinding(Refused("{}"), RuleIds.InvalidName, "group");

        [Fact]
        public void A_rule_id_with_a_bar_is_refused() => AssertFinding(Refused(j => j["rules"]![0]!["id"] = "a|b"), RuleIds.InvalidName, "rules[0].id");

        [Fact]
        public void An_undefined_enum_number_is_refused_with_its_path() =>
            AssertFinding(Refused(j => j["rules"]![0]!["mainMode"]!["proposals"]![0]!["integrity"] = 1), RuleIds.InvalidAddressOrPort, "rules[0].mainMode.proposals[0].integrity");

        [Fact]
        public void An_unknown_enum_name_is_refused_with_the_full_path_through_nested_lists()
        {
            var refused = Refused(j => j["rules"]![0]!["mainMode"]!["proposals"]![0]!["integrity"] = "Sha512");
            AssertFinding(refused, RuleIds.MissingPart, "rules[0].mainMode.proposals[0].integrity");
            Assert.Contains("line ", refused.Findings.Single().Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_negative_lifetime_is_refused() =>
            AssertFinding(Refused(j => j["rules"]![0]!["mainMode"]!["lifetimeMinutes"] = -5), RuleIds.LifetimeOutOfRange, "rules[0].mainMode.lifetimeMinutes");

        [Fact]
        public void A_huge_group_name_is_refused_by_the_windows_length_limit() =>
            AssertFinding(Refused(j => j["group"] = new string('g', 50_000_000)), RuleIds.InvalidName, "group");

        [Fact]
        public void A_misspelt_member_is_refused_rather_than_replaced_by_its_default() =>
            AssertFinding(Refused(j => j["rules"]![0]!["mainMode"]!["proposals"]![0]!["integrty"] = "Md5"), RuleIds.MissingPart, "rules[0].mainMode.proposals[0].integrty");

        [Fact]
        public void A_duplicate_member_is_refused()
        {
            var json = IpsecJson.Serialize(SamplePolicies.Minimal());
            var duplicated = json.Replace("\"group\": ", "\"group\": \"Other\", \"group\": ", StringComparison.Ordinal);
            Assert.NotEqual(json, duplicated);
            AssertFinding(Refused(duplicated), RuleIds.MissingPart, "group");
        }

        [Theory]
        [InlineData("", "")]
        [InlineData("{\"group\": ", "group")]
        [InlineData("[]", "")]
        [InlineData("{\"group\": 5}", "group")]
        [InlineData("{\"group\": \"g\", \"rules\": {}}", "rules")]
        public void Malformed_or_mistyped_json_is_refused_with_its_path(string json, string path) => AssertFinding(Refused(json), RuleIds.MissingPart, path);

        [Fact]
        public void Json_null_is_refused() => AssertFinding(Refused("null"), RuleIds.MissingPart, "");

        [Fact]
        public void Every_problem_is_listed_at_once()
        {
            var refused = Refused(j =>
            {
                j["group"] = "";
                j["rules"]![0]!["id"] = "a|b";
            });
            AssertFinding(refused, RuleIds.InvalidName, "group");
            AssertFinding(refused, RuleIds.InvalidName, "rules[0].id");
        }
    }
}
