using System;
using System.Linq;
using IpsecSdk.Export.PowerShell;
using IpsecSdk.Tests.Support;
using Xunit;

namespace IpsecSdk.Tests.Export.PowerShell
{
    /// <summary>Re-running the script converges and only ever removes objects of the policy's own group.</summary>
    public sealed class ConvergenceTests
    {
        private static readonly string[] RemovalOrder =
        {
            "Remove-NetIPsecRule", "Remove-NetIPsecMainModeRule", "Remove-NetIPsecQuickModeCryptoSet",
            "Remove-NetIPsecMainModeCryptoSet", "Remove-NetIPsecPhase2AuthSet", "Remove-NetIPsecPhase1AuthSet",
        };

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Removals_filter_by_the_policy_group_and_nothing_else(bool gpo)
        {
            var options = gpo ? PowerShellExportOptions.ForGpo(@"corp\IPsec") : PowerShellExportOptions.Default;
            var script = ScriptAssertions.WriteAndParse(SamplePolicies.KitchenSink(), options);
            var removals = script.Commands.Where(c => c.Name.StartsWith("Remove-NetIPsec", StringComparison.Ordinal)).ToList();

            Assert.Equal(RemovalOrder, removals.Select(r => r.Name));
            Assert.Equal(RemovalOrder.Length, script.Named("Remove-GroupObject").Count());
            Assert.All(removals, r =>
            {
                Assert.Equal(new[] { "Contoso.ServerIsolation" }, r.Argument("Group")!.Strings);
                Assert.Equal(new[] { "Group", gpo ? "GPOSession" : "PolicyStore" }, r.Arguments.Select(a => a.Parameter));
            });
        }

        [Fact]
        public void Every_removal_runs_before_the_first_object_is_created()
        {
            var script = ScriptAssertions.WriteAndParse(SamplePolicies.KitchenSink());
            var lastRemoval = script.Commands.Last(c => c.Name.StartsWith("Remove-NetIPsec", StringComparison.Ordinal));
            var firstCreation = script.Commands.First(c => c.Name.StartsWith("New-NetIPsec", StringComparison.Ordinal));

            Assert.True(lastRemoval.Ast.Extent.StartOffset < firstCreation.Ast.Extent.StartOffset);
        }

        [Fact]
        public void Removals_tolerate_only_not_found_so_the_first_run_works_and_real_errors_stop_the_script()
        {
            var script = ScriptAssertions.WriteAndParse(SamplePolicies.Minimal());
            var function = Assert.Single(script.Ast.FindAll(a => a is System.Management.Automation.Language.FunctionDefinitionAst, true))
                .Extent.Text;

            Assert.Contains("-ne [System.Management.Automation.ErrorCategory]::ObjectNotFound) { throw }", function, StringComparison.Ordinal);
            Assert.All(script.Named("Remove-GroupObject"), call => Assert.Contains("Remove-NetIPsec", call.Ast.Extent.Text, StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("Contoso*")]
        [InlineData("Contoso?")]
        [InlineData("Contoso[1]")]
        [InlineData("Contoso`1")]
        public void Groups_with_wildcard_characters_are_refused_because_removal_could_match_other_groups(string group)
        {
            var policy = SamplePolicies.Minimal() with { Group = group };

            var error = Assert.Throws<ArgumentException>(() => PowerShellScriptWriter.Write(policy));

            Assert.Contains("'group' is '" + group + "'", error.Message, StringComparison.Ordinal);
            Assert.Contains("wildcard", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Two_different_sets_under_one_id_are_refused_with_both_paths()
        {
            var policy = SamplePolicies.KitchenSink();
            var second = policy.Rules[1];
            var clash = second with { MainMode = second.MainMode with { Id = policy.Rules[0].MainMode.Id } };
            policy = policy with { Rules = new ValueList<ConnectionSecurityRule>(policy.Rules.Select((r, i) => i == 1 ? clash : r)) };

            var error = Assert.Throws<IpsecSdk.Validation.PolicyValidationException>(() => PowerShellScriptWriter.Write(policy));

            var finding = Assert.Single(error.Findings);
            Assert.Equal("rules[1].mainMode.id", finding.Path);
            Assert.Contains("'cert-ikev2.mmcrypto', which rules[0].mainMode already uses", finding.Message, StringComparison.Ordinal);
        }
    }
}
