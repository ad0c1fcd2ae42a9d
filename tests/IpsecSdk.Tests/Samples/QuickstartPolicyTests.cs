using System.Linq;
using IpsecSdk.Catalogue;
using IpsecSdk.Tests.Export.PowerShell;
using IpsecSdk.Validation;
using Quickstart;
using Xunit;

namespace IpsecSdk.Tests.Samples
{
    /// <summary>What the README promises of the quickstart's policy.</summary>
    public class QuickstartPolicyTests
    {
        [Fact]
        public void The_quickstart_policy_is_bsi_clean_apart_from_the_documented_boundary_remarks()
        {
            var findings = BaselineEvaluator.Evaluate(ServerIsolationPolicy.Build(), BaselinePack.Bsi);

            Assert.DoesNotContain(findings, f => f.Severity >= Verdict.Warning);
            Assert.All(findings, f => Assert.Equal((RuleIds.ClearTextFallback, "rules[2]"), (f.RuleId, f.Path.Substring(0, 8))));
        }

        [Fact]
        public void The_quickstart_script_parses_and_uses_only_documented_cmdlets_and_parameters()
        {
            var script = ScriptAssertions.WriteAndParse(ServerIsolationPolicy.Build());

            ScriptAssertions.Conforms(script);
        }

        [Fact]
        public void High_protection_rules_of_the_quickstart_get_master_key_pfs()
        {
            var policy = ServerIsolationPolicy.Build();

            Assert.All(policy.Rules.Where(r => r.ProtectionRequirement == ProtectionRequirement.High), r => Assert.Equal(1, r.MainMode.MaxSessions));
        }
    }
}
