using System;
using System.Linq;
using CsCheck;
using IpsecSdk.Export.StrongSwan;
using Xunit;

namespace IpsecSdk.Tests.Export.StrongSwan
{
    /// <summary>For any valid policy (invalid ones are refused): each rule becomes a connection or its omission is reported, and the text is well-formed.</summary>
    public class SwanctlPropertyTests
    {
        [Fact]
        public void Every_rule_is_a_connection_or_reported_as_omitted_and_sections_balance()
        {
            RuleGenerators.AnyPolicy.Sample(policy => RuleGenerators.RefusedOrWritten(policy, p => SwanctlConfigWriter.Write(p), config =>
            {
                // Nothing is dropped silently: every rule is a connection or has a part reported as omitted (a written rule
                // may have one too, e.g. a Kerberos proposal beside its certificate), and no rule becomes two connections.
                Assert.InRange(config.Connections.Count, policy.Rules.Count - Enumerable.Range(0, policy.Rules.Count).Count(i => RuleGenerators.ExplainsOmission(config.Limitations, i)), policy.Rules.Count);
                // Sections balance: count section lines, not braces inside comments or quoted names.
                var structural = config.Config.Split('\n').Select(l => l.Trim()).Where(l => !l.StartsWith('#')).ToList();
                Assert.Equal(structural.Count(l => l.EndsWith('{')), structural.Count(l => l == "}"));
                Assert.All(config.Config.Split('\n'), l => Assert.True(l.Trim().Length == 0 || l.TrimEnd().EndsWith('{') || l.Trim() == "}" || l.TrimStart().StartsWith('#') || l.Contains(" = ", StringComparison.Ordinal), "not swanctl syntax: " + l));
                Assert.DoesNotContain("k\"%ey", config.Config, StringComparison.Ordinal);
            }), iter: 500);
        }
    }
}
