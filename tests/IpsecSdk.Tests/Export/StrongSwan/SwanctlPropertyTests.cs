using System;
using System.Linq;
using CsCheck;
using IpsecSdk.Export.StrongSwan;
using Xunit;

namespace IpsecSdk.Tests.Export.StrongSwan
{
    /// <summary>For any policy: each rule becomes a connection or its omission is reported, and the text is well-formed.</summary>
    public class SwanctlPropertyTests
    {
        [Fact]
        public void Every_rule_is_a_connection_or_reported_as_omitted_and_sections_balance()
        {
            RuleGenerators.Policy.Sample(policy =>
            {
                var config = SwanctlConfigWriter.Write(policy);
                // Written and omitted rules partition the policy: nothing is dropped silently, nothing both written and omitted.
                Assert.Equal(policy.Rules.Count, config.Connections.Count + Enumerable.Range(0, policy.Rules.Count).Count(i => RuleGenerators.ExplainsOmission(config.Limitations, i)));
                Assert.Equal(config.Config.Count(c => c == '{'), config.Config.Count(c => c == '}'));
                Assert.All(config.Config.Split('\n'), l => Assert.True(l.Trim().Length == 0 || l.TrimEnd().EndsWith('{') || l.Trim() == "}" || l.TrimStart().StartsWith('#') || l.Contains(" = ", StringComparison.Ordinal), "not swanctl syntax: " + l));
                Assert.DoesNotContain("k\"%ey", config.Config, StringComparison.Ordinal);
            }, iter: 500);
        }
    }
}
