using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using IpsecSdk.Analyzers.Tests.Infrastructure;
using IpsecSdk.Validation;

namespace IpsecSdk.Analyzers.Tests.Agreement
{
    /// <summary>
    /// Runs many rules through both enforcement points at once: one policy chain with an <c>AddRule</c> call per case,
    /// analyzed, then compiled, executed and built; per case, the rule IDs the analyzers report inside that call against
    /// the rule IDs <c>Build()</c> reports under <c>rules[i]</c>.
    /// </summary>
    internal static class RuleByRuleComparison
    {
        /// <summary>One line per case whose analyzer and Build() findings differ, and how many findings Build() made in all.</summary>
        /// <param name="addRuleCalls">One <c>.AddRule(...)</c> call per case.</param>
        /// <param name="ruleIds">The rules compared.</param>
        /// <param name="runtimeSelects">Which of Build()'s findings under <c>rules[i]</c> count.</param>
        /// <param name="presenceOnly">Compare which rules are reported, not how often.</param>
        /// <param name="members">Members of the snippet class the calls may use (a shared set, say).</param>
        public static async Task<(List<string> Mismatches, int RuntimeFindings)> CompareAsync(
            IReadOnlyList<string> addRuleCalls, ISet<string> ruleIds, Func<Finding, bool> runtimeSelects, bool presenceOnly, string members = "")
        {
            var source = new StringBuilder("using IpsecSdk;\nusing IpsecSdk.Building;\n\npublic static class Snippet\n{\n" + members + "\n    public static IpsecPolicyBuilder Create() => IpsecPolicy.Create(\"g\")");
            var starts = new List<int>();
            foreach (var call in addRuleCalls)
            {
                starts.Add(source.Length);
                source.Append("\n        ").Append(call);
            }

            source.Append(";\n}\n");
            var text = source.ToString();
            var diagnostics = await AnalyzerRunner.IpsecDiagnosticsAsync(text);
            SnippetBuilder.TryBuild("rule-by-rule", text, out var findings);

            var mismatches = new List<string>();
            var runtimeFindings = 0;
            for (var i = 0; i < addRuleCalls.Count; i++)
            {
                var end = i + 1 < starts.Count ? starts[i + 1] : text.Length;
                var analyzer = Normalise(diagnostics.Where(d => ruleIds.Contains(d.Id) && d.Location.SourceSpan.Start >= starts[i] && d.Location.SourceSpan.Start < end).Select(d => d.Id), presenceOnly);
                var runtime = Normalise(findings.Where(f => ruleIds.Contains(f.RuleId) && f.Path.StartsWith("rules[" + i + "].", StringComparison.Ordinal) && runtimeSelects(f)).Select(f => f.RuleId), presenceOnly);
                runtimeFindings += runtime.Count;
                if (!analyzer.SequenceEqual(runtime))
                {
                    mismatches.Add($"{Shorten(addRuleCalls[i])}: analyzer [{string.Join(", ", analyzer)}], Build() [{string.Join(", ", runtime)}]");
                }
            }

            return (mismatches, runtimeFindings);
        }

        private static List<string> Normalise(IEnumerable<string> ids, bool presenceOnly) =>
            (presenceOnly ? ids.Distinct() : ids).OrderBy(id => id, StringComparer.Ordinal).ToList();

        private static string Shorten(string call) => call.Length <= 160 ? call : call.Substring(0, 150) + "… (" + call.Length + " characters)";
    }
}
