using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IpsecSdk.Catalogue;
using IpsecSdk.Analyzers.Tests.Infrastructure;
using IpsecSdk.Validation;
using Microsoft.CodeAnalysis;
using Xunit;

namespace IpsecSdk.Analyzers.Tests.Agreement
{
    /// <summary>
    /// The agreement test: for every catalogue row with a source form and every pack, the severity the analyzers
    /// report at the marked expression equals the row's verdict, and equals the verdict the run-time
    /// <see cref="BaselineEvaluator"/> gives the very policy that snippet builds (compiled and executed here).
    /// </summary>
    public sealed class AgreementTests
    {
        public static TheoryData<string> CaseNames()
        {
            var data = new TheoryData<string>();
            foreach (var c in AgreementCases.All)
            {
                data.Add(c.Name);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(CaseNames))]
        public async Task Analyzer_catalogue_and_evaluator_agree_in_every_pack(string name)
        {
            var @case = AgreementCases.All.Single(c => c.Name == name);
            var policy = BuildPolicy(@case, out var validity);
            foreach (var pack in Enum.GetValues<BaselinePack>())
            {
                var expected = @case.Expected(pack);
                var analyzer = await AnalyzerVerdictAsync(@case, pack);
                Assert.True(expected == analyzer, $"{@case.Name} under {pack}: catalogue says {expected}, analyzer reported {analyzer}.\n{@case.Source}");
                if (policy != null)
                {
                    var runtime = RuntimeVerdict(policy, @case, pack);
                    Assert.True(expected == runtime, $"{@case.Name} under {pack}: catalogue says {expected}, BaselineEvaluator found {runtime} at {@case.Path}.\n{@case.Source}");
                }
                else
                {
                    // Build() rejects the policy (validity, IPSEC1xx/014): there is nothing for the evaluator to judge; the rule
                    // must then be one the catalogue itself leaves to validity (Ok here) or an Error in every pack.
                    Assert.True(expected == Verdict.Ok || expected == Verdict.Error, $"{@case.Name}: Build() rejected it ({validity}) but the catalogue gives {expected}.");
                }
            }
        }

        [Fact]
        public void Every_catalogue_row_has_a_case_except_the_ones_without_source_form()
        {
            var covered = new HashSet<CatalogueEntry>(AgreementCases.All.Select(c => c.Entry));
            var missing = BaselineCatalogue.Entries.Where(e => !covered.Contains(e) && !AgreementCases.WithoutSourceForm.Contains(e)).ToList();
            Assert.True(missing.Count == 0, "Catalogue rows without an agreement case: " + string.Join("; ", missing));
        }

        [Fact]
        public void The_cases_run_the_runtime_side_for_most_rows()
        {
            // Guards against a silently vacuous agreement test: rows Build() rejects are the validity-only ones.
            var built = AgreementCases.All.Count(c => BuildPolicy(c, out _) != null);
            Assert.True(built >= AgreementCases.All.Count - 12, built + " of " + AgreementCases.All.Count + " snippets built a valid policy.");
        }

        private static async Task<Verdict> AnalyzerVerdictAsync(AgreementCase @case, BaselinePack pack)
        {
            var source = @case.Source;
            var start = source.IndexOf("/*<*/", StringComparison.Ordinal);
            var end = source.IndexOf("/*>*/", StringComparison.Ordinal);
            var diagnostics = await AnalyzerRunner.IpsecDiagnosticsAsync(source, BaselinePacks.Name(pack));
            var verdicts = diagnostics
                .Where(d => d.Id == @case.Entry.RuleId && d.Location.SourceSpan.Start >= start && d.Location.SourceSpan.End <= end + 5)
                .Select(d => ToVerdict(d.Severity))
                .ToList();
            return verdicts.Count == 0 ? Verdict.Ok : verdicts.Max();
        }

        private static Verdict RuntimeVerdict(IpsecPolicy policy, AgreementCase @case, BaselinePack pack)
        {
            var findings = BaselineEvaluator.Evaluate(policy, pack).Where(f => f.RuleId == @case.Entry.RuleId && f.Path == @case.Path).ToList();
            return findings.Count == 0 ? Verdict.Ok : findings.Max(f => f.Severity);
        }

        // The policy the snippet builds, or null with Build()'s validity findings.
        private static IpsecPolicy? BuildPolicy(AgreementCase @case, out string validity)
        {
            var policy = SnippetBuilder.TryBuild(@case.Name, @case.Source, out var findings);
            validity = string.Join("; ", findings);
            return policy;
        }

        private static Verdict ToVerdict(DiagnosticSeverity severity) =>
            severity == DiagnosticSeverity.Error ? Verdict.Error : severity == DiagnosticSeverity.Warning ? Verdict.Warning : severity == DiagnosticSeverity.Info ? Verdict.Info : Verdict.Ok;
    }
}
