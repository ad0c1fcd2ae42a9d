using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation.Language;
using IpsecSdk.Export.Netsh;
using IpsecSdk.Export.PowerShell;
using IpsecSdk.Export.StrongSwan;
using IpsecSdk.Tests.Export;
using IpsecSdk.Tests.Export.Netsh;
using IpsecSdk.Tests.Support;
using Xunit;

namespace IpsecSdk.Tests.Fuzzing
{
    /// <summary>
    /// What every artifact of an accepted policy must look like to its consumer: the PowerShell parser sees only the
    /// commands the writer means (no injected statement, no expanding string), netsh lines tokenise to one command each,
    /// and the swanctl text has balanced sections and only <c>key = value</c> lines.
    /// </summary>
    internal static class ArtifactChecks
    {
        /// <summary>The cmdlets a script may call: the ones the writer emits for the richest sample, nothing else.</summary>
        private static readonly Lazy<HashSet<string>> Cmdlets = new Lazy<HashSet<string>>(() =>
            new HashSet<string>(
                new[] { PowerShellExportOptions.Default, PowerShellExportOptions.ForGpo("corp\\gpo", "dc") }
                    .SelectMany(o => ParsedScript.Parse(PowerShellScriptWriter.Write(SamplePolicies.KitchenSink(), o)).Commands.Select(c => c.Name)),
                StringComparer.OrdinalIgnoreCase));

        internal static void AllConsumersReadOnlyWhatWasMeant(IpsecPolicy policy)
        {
            PowerShell(policy);
            Netsh(policy);
            Swanctl(policy);
        }

        internal static void PowerShell(IpsecPolicy policy)
        {
            var script = ParsedScript.Parse(PowerShellScriptWriter.Write(policy, new PowerShellExportOptions { IncludeSecrets = true }));

            Assert.Empty(script.Errors);
            Assert.Empty(NetSecurityScriptCheck.Problems(script));
            Assert.All(script.Commands, c => Assert.Contains(c.Name, Cmdlets.Value));
            Assert.Equal(policy.Rules.Count, script.Named("New-NetIPsecRule").Count());
            Assert.Empty(script.Ast.FindAll(a => a is ExpandableStringExpressionAst || a is SubExpressionAst, true));
            foreach (var rule in policy.Rules)
            {
                var command = Assert.Single(script.Named("New-NetIPsecRule"), c => c.Argument("Name")!.SingleString == rule.Id);
                Assert.Equal(rule.DisplayName, command.Argument("DisplayName")!.SingleString);
            }
        }

        internal static void Netsh(IpsecPolicy policy)
        {
            var script = NetshScriptWriter.Write(policy);
            var lines = NetshTestPolicies.Lines(script);

            Assert.All(lines, l => Assert.True(l.Count(c => c == '"') % 2 == 0 && l.IndexOfAny(new[] { '\n', '\r' }) < 0, "unbalanced quotes or line break: " + l));
            var adds = NetshTestPolicies.AddLines(script);
            Assert.InRange(adds.Length, policy.Rules.Count - Enumerable.Range(0, policy.Rules.Count).Count(i => RuleGenerators.ExplainsOmission(script.Limitations, i)), policy.Rules.Count);
            foreach (var add in adds)
            {
                // netsh advfirewall consec add rule key=value ... || exit /b 1: one command, every argument a key=value token.
                var arguments = NetshTestPolicies.Tokens(add).Skip(5).TakeWhile(t => t != "||").ToList();
                Assert.All(arguments, t => Assert.Contains('=', t));
                Assert.Equal(arguments.Count, arguments.Select(t => t.Substring(0, t.IndexOf('=', StringComparison.Ordinal))).Distinct().Count());
            }
        }

        internal static void Swanctl(IpsecPolicy policy)
        {
            var config = SwanctlConfigWriter.Write(policy, new SwanctlExportOptions { IncludePresharedKeys = true });
            var structural = config.Config.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

            Assert.Equal(structural.Count(l => l.EndsWith('{')), structural.Count(l => l == "}"));
            Assert.All(structural, l => Assert.True(l.EndsWith('{') || l == "}" || l.Contains(" = ", StringComparison.Ordinal), "not swanctl syntax: " + l));
            Assert.InRange(config.Connections.Count, 0, policy.Rules.Count);
        }
    }
}
