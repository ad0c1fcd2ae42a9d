using System;
using System.Linq;
using CsCheck;
using IpsecSdk.Export.PowerShell;
using IpsecSdk.Serialization;
using IpsecSdk.Tests.Support;
using Xunit;

namespace IpsecSdk.Tests.Properties
{
    /// <summary>Properties that hold for every valid policy the generators produce.</summary>
    public sealed class PolicyProperties
    {
        [Fact]
        public void Every_generated_policy_builds()
        {
            PolicyGenerators.Recipe.Sample(recipe =>
            {
                var policy = recipe.Build();

                Assert.Equal(recipe.Rules.Count, policy.Rules.Count);
            });
        }

        [Fact]
        public void Every_generated_policy_round_trips_through_json()
        {
            PolicyGenerators.Policy.Sample(policy =>
            {
                var json = IpsecJson.Serialize(policy);

                Assert.Equal(policy, IpsecJson.Deserialize(json));
            });
        }

        [Fact]
        public void Every_generated_policy_exports_to_a_script_that_parses_and_matches_the_cmdlet_reference()
        {
            PolicyGenerators.Policy.Sample(policy =>
            {
                var script = ParsedScript.Parse(PowerShellScriptWriter.Write(policy));

                Assert.Empty(script.Errors);
                Assert.Empty(NetSecurityScriptCheck.Problems(script));
                Assert.Equal(policy.Rules.Count, script.Named("New-NetIPsecRule").Count());
                Assert.Equal(policy.GetMainModeRules().Count, script.Named("New-NetIPsecMainModeRule").Count());
                Assert.DoesNotContain(PolicyGenerators.PresharedKeyPrefix, script.Text, StringComparison.Ordinal);
                Assert.Empty(script.Ast.FindAll(a => a is System.Management.Automation.Language.ExpandableStringExpressionAst, true));
            });
        }

        [Fact]
        public void Every_generated_policy_exports_to_a_gpo_script_that_uses_the_session_everywhere()
        {
            var options = PowerShellExportOptions.ForGpo(@"corp.contoso.com\IPsec", "dc01.corp.contoso.com");
            PolicyGenerators.Policy.Sample(policy =>
            {
                var script = ParsedScript.Parse(PowerShellScriptWriter.Write(policy, options));

                Assert.Empty(script.Errors);
                Assert.Empty(NetSecurityScriptCheck.Problems(script));
                Assert.All(
                    script.Commands.Where(c => NetSecurityFixture.Current.HasCmdlet(c.Name) && c.Name is not ("Open-NetGPO" or "Save-NetGPO")
                        && NetSecurityFixture.Current.Parameter(c.Name, "GPOSession") != null),
                    c => Assert.Equal("$gpoSession", c.Argument("GPOSession")?.Value?.Extent.Text));
                Assert.All(script.Commands.Where(c => c.Has("Group")), c => Assert.Equal(policy.Group, c.Argument("Group")!.SingleString));
            });
        }

        [Fact]
        public void Every_generated_policy_keeps_its_texts_literal_in_the_script()
        {
            PolicyGenerators.Policy.Sample(policy =>
            {
                var script = ParsedScript.Parse(PowerShellScriptWriter.Write(policy, new PowerShellExportOptions { IncludeSecrets = true }));

                foreach (var rule in policy.Rules)
                {
                    var command = Assert.Single(script.Named("New-NetIPsecRule"), c => c.Argument("Name")!.SingleString == rule.Id);
                    Assert.Equal(rule.DisplayName, command.Argument("DisplayName")!.SingleString);
                    Assert.Equal(rule.Description, command.Argument("Description")?.SingleString);
                }
            });
        }
    }
}
