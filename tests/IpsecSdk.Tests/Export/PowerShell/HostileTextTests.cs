using System;
using System.Linq;
using System.Management.Automation.Language;
using IpsecSdk.Export.PowerShell;
using IpsecSdk.Tests.Support;
using Xunit;

namespace IpsecSdk.Tests.Export.PowerShell
{
    /// <summary>
    /// Names and descriptions that try to break out of their literal stay text: same commands, exact values. Texts that
    /// Windows would not accept there ('|' in a name, an address or SDDL that is none) never reach the script: the
    /// writer's gate refuses them with Build()'s findings.
    /// </summary>
    public sealed class HostileTextTests
    {
        public static TheoryData<string> HostileTexts => new TheoryData<string>
        {
            "x'; Remove-Item C:\\ -Recurse; '",
            "$(Stop-Computer -Force)",
            "\"$env:USERNAME\" `$HOME `n",
            "line one\r\nRemove-Item C:\\important\nline three",
            "a | Out-File C:\\evil.txt; b & c",
            "\u2018smart\u2019 \u201Aquotes\u201B \u2019; Stop-Computer; \u2018",
            "#> <# @{ x = 1 } ${env:PATH} @params",
            "trailing quote '",
            "'",
            "\u2028Stop-Computer\u2029\u0085Stop-Computer",
        };

        [Theory]
        [MemberData(nameof(HostileTexts))]
        public void Rule_and_set_texts_stay_literal(string hostile)
        {
            var policy = WithHostileTexts(hostile);
            // '|' is Windows' field separator; a CA name (an X.500 name) cannot hold control characters.
            if (hostile.Contains('|', StringComparison.Ordinal) || hostile.Any(char.IsControl))
            {
                var refused = Assert.Throws<IpsecSdk.Validation.PolicyValidationException>(() => PowerShellScriptWriter.Write(policy));
                Assert.All(refused.Findings, f => Assert.Equal(IpsecSdk.Catalogue.RuleIds.InvalidName, f.RuleId));
                return;
            }

            var script = ScriptAssertions.WriteAndParse(policy, new PowerShellExportOptions { IncludeSecrets = true });
            var rule = script.Object("New-NetIPsecRule", "r" + hostile);

            SameCommandsAsTheBenignScript(script, new PowerShellExportOptions { IncludeSecrets = true });
            Assert.Equal(hostile, rule.Argument("DisplayName")!.SingleString);
            Assert.Equal(hostile, rule.Argument("Description")!.SingleString);
            Assert.Equal("p1" + hostile, rule.Argument("Phase1AuthSet")!.SingleString);
            Assert.Equal("mm" + hostile, script.Object("New-NetIPsecMainModeRule", "r" + hostile + ".mm").Argument("MainModeCryptoSet")!.SingleString);
            Assert.Equal(hostile, script.Object("New-NetIPsecMainModeCryptoSet", "mm" + hostile).Argument("Description")!.SingleString);
            var authority = script.Object("New-NetIPsecPhase1AuthSet", "p1" + hostile).Argument("Proposal")!.Value!
                .FindAll(a => a is CommandAst, true).Cast<CommandAst>().Single().CommandElements
                .SkipWhile(e => !(e is CommandParameterAst p && p.ParameterName == "Authority")).ElementAt(1);
            Assert.Equal(Authority(hostile), Assert.IsType<StringConstantExpressionAst>(authority).Value);
        }

        [Theory]
        [MemberData(nameof(HostileTexts))]
        public void Hostile_addresses_and_authorization_texts_are_refused_before_anything_is_written(string hostile)
        {
            var policy = SamplePolicies.KitchenSink();
            var rule = policy.Rules[0] with { RemoteAddresses = ValueList.Of(hostile), AuthorizedMachinesSddl = hostile };
            var global = policy.Settings! with { RemoteMachineTransportAuthorizationList = hostile };
            policy = policy with { Rules = new ValueList<ConnectionSecurityRule>(policy.Rules.Select((r, i) => i == 0 ? rule : r)), Settings = global };
            using var output = new System.IO.StringWriter();

            var refused = Assert.Throws<IpsecSdk.Validation.PolicyValidationException>(() => PowerShellScriptWriter.Write(policy, output));

            Assert.Empty(output.ToString());
            Assert.Contains(refused.Findings, f => f.Path == "rules[0].remoteAddresses[0]");
            Assert.Contains(refused.Findings, f => f.Path == "rules[0].authorizedMachinesSddl");
            Assert.Contains(refused.Findings, f => f.Path == "settings.remoteMachineTransportAuthorizationList");
        }

        /// <summary>The hostile text as the quoted common name of a CA (a quote inside doubled, as CertStrToName reads it).</summary>
        private static string Authority(string hostile) => "CN=\"" + hostile.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

        private static IpsecPolicy WithHostileTexts(string hostile)
        {
            var policy = SamplePolicies.KitchenSink();
            var first = policy.Rules[0];
            var hostileRule = first with
            {
                Id = "r" + hostile,
                DisplayName = hostile,
                Description = hostile,
                Phase1Authentication = first.Phase1Authentication! with
                {
                    Id = "p1" + hostile,
                    DisplayName = hostile,
                    Proposals = ValueList.Of(first.Phase1Authentication.Proposals[0] with { CertificateAuthority = Authority(hostile) }),
                },
                MainMode = first.MainMode with { Id = "mm" + hostile, Description = hostile },
            };
            return policy with { Rules = new ValueList<ConnectionSecurityRule>(policy.Rules.Select((r, i) => i == 0 ? hostileRule : r)) };
        }

        [Theory]
        [MemberData(nameof(HostileTexts))]
        public void Group_and_store_texts_stay_literal_in_code_and_comments(string hostile)
        {
            // Wildcard characters are refused in groups (see ConvergenceTests); everything else must survive.
            var group = "G" + new string(hostile.Where(c => "*?[]`".IndexOf(c, StringComparison.Ordinal) < 0).ToArray());
            var policy = SamplePolicies.KitchenSink() with { Group = group };
            var options = new PowerShellExportOptions { PolicyStore = "S" + hostile + "\\gpo", UseGpoSession = true, DomainController = "D" + hostile };
            if (group.Contains('|', StringComparison.Ordinal))
            {
                Assert.Equal("group", Assert.Single(Assert.Throws<IpsecSdk.Validation.PolicyValidationException>(() => PowerShellScriptWriter.Write(policy, options)).Findings).Path);
                return;
            }

            var script = ScriptAssertions.WriteAndParse(policy, options);

            SameCommandsAsTheBenignScript(script, PowerShellExportOptions.ForGpo("corp\\gpo", "dc"));
            Assert.All(script.Commands.Where(c => c.Has("Group")), c => Assert.Equal(group, c.Argument("Group")!.SingleString));
            var defaults = script.Ast.ParamBlock.Parameters.Where(p => p.DefaultValue != null).Select(p => ((StringConstantExpressionAst)p.DefaultValue).Value);
            Assert.Equal(new[] { "S" + hostile + "\\gpo", "D" + hostile }, defaults);
        }

        [Fact]
        public void Psk_parameter_comments_and_names_survive_hostile_set_ids()
        {
            var hostile = "k'\r\n$(Stop-Computer)#";
            var policy = IpsecPolicy.Create("Contoso.Psk").AddRule(hostile, r => r.AuthenticateWithPresharedKey("secret")).Build();

            var script = ScriptAssertions.WriteAndParse(policy);

            Assert.Equal(new[] { "PolicyStore", "PresharedKey_k_____Stop_Computer___p1auth" }, script.Ast.ParamBlock.Parameters.Select(p => p.Name.VariablePath.UserPath));
            Assert.DoesNotContain(script.Commands, c => c.Name == "Stop-Computer");
        }

        /// <summary>
        /// Injection would add commands or expandable strings: the hostile script must have exactly the commands of
        /// the same policy with benign texts, and no string that PowerShell expands.
        /// </summary>
        private static void SameCommandsAsTheBenignScript(ParsedScript script, PowerShellExportOptions benignOptions)
        {
            var benign = ScriptAssertions.WriteAndParse(SamplePolicies.KitchenSink(), benignOptions);

            Assert.Equal(benign.Commands.Select(c => c.Name), script.Commands.Select(c => c.Name));
            Assert.Empty(script.Ast.FindAll(a => a is ExpandableStringExpressionAst || a is SubExpressionAst, true));
            Assert.DoesNotContain(script.Commands, c => c.Name is "Stop-Computer" or "Remove-Item" or "Out-File");
        }
    }
}
