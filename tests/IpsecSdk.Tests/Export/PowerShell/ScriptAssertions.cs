using System;
using System.Linq;
using IpsecSdk.Export.PowerShell;
using IpsecSdk.Tests.Support;
using Xunit;

namespace IpsecSdk.Tests.Export.PowerShell
{
    /// <summary>Shared steps of the export tests: write, parse with the real parser, check against the reference.</summary>
    internal static class ScriptAssertions
    {
        internal static ParsedScript WriteAndParse(IpsecPolicy policy, PowerShellExportOptions? options = null)
        {
            var script = ParsedScript.Parse(PowerShellScriptWriter.Write(policy, options));
            Assert.True(script.Errors.Length == 0, "Parse errors:\n" + string.Join("\n", script.Errors.Select(e => e.Extent.StartLineNumber + ": " + e.Message)) + "\n\n" + script.Text);
            return script;
        }

        internal static void Conforms(ParsedScript script)
        {
            var problems = NetSecurityScriptCheck.Problems(script);
            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems) + Environment.NewLine + Environment.NewLine + script.Text);
        }

        /// <summary>The New-* (or other) command whose -Name is <paramref name="id"/>.</summary>
        internal static EmittedCommand Object(this ParsedScript script, string cmdlet, string id) =>
            Assert.Single(script.Named(cmdlet), c => c.Argument("Name")?.SingleString == id);
    }
}
