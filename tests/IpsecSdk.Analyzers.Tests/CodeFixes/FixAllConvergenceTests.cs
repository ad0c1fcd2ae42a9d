using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IpsecSdk.Analyzers.Tests.Agreement;
using IpsecSdk.Analyzers.Tests.Docs;
using IpsecSdk.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace IpsecSdk.Analyzers.Tests.CodeFixes
{
    /// <summary>
    /// One pass of Fix All per ID, the way <c>dotnet format analyzers --diagnostics &lt;every fixable ID&gt;</c> runs them
    /// (its AnalyzerFormatter and SolutionCodeFixApplier, .NET SDK 10.0.401): for each ID the findings are analyzed again on
    /// the current text with the analyzers that support it, the first finding of that analysis (of any ID) picks the fixer's
    /// action and equivalence key, and the fixer's Fix All runs over the scope. After one pass over all IDs nothing fixable
    /// is left, the code compiles as before and no other finding appeared; the package's CommandLineFixTests check the same
    /// with the real CLI.
    /// </summary>
    public sealed class FixAllConvergenceTests
    {
        private static readonly string[] WeakPolicyFiles = { "samples/WeakPolicy/SecurityRules.cs", "samples/WeakPolicy/ValidityRules.cs", "samples/WeakPolicy/HygieneRules.cs", "samples/WeakPolicy/CnsaSigning.cs" };

        private static IReadOnlyList<CodeFixProvider> Fixers { get; } = ShippedComponents.Fixers;

        private static ImmutableHashSet<string> FixableIds { get; } = Fixers.SelectMany(f => f.FixableDiagnosticIds).ToImmutableHashSet();

        public static TheoryData<FixAllScope, bool> Orders() => new TheoryData<FixAllScope, bool>
        {
            { FixAllScope.Solution, false }, { FixAllScope.Solution, true }, { FixAllScope.Project, false },
        };

        [Theory]
        [MemberData(nameof(Orders))]
        public async Task One_pass_over_every_fixable_id_fixes_the_weak_policy_sample(FixAllScope scope, bool reverse)
        {
            var sources = WeakPolicyFiles.Select(RepositoryFiles.Read).ToArray();
            await AssertOnePassConvergesAsync("samples/WeakPolicy", sources, scope, reverse, "default");
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task One_pass_at_document_scope_fixes_the_document(bool reverse)
        {
            await AssertOnePassConvergesAsync("SecurityRules.cs", new[] { RepositoryFiles.Read(WeakPolicyFiles[0]) }, FixAllScope.Document, reverse, "bsi");
        }

        [Theory]
        [InlineData("default")]
        [InlineData("bsi")]
        [InlineData("cnsa")]
        public async Task One_pass_over_every_fixable_id_fixes_every_agreement_case_at_once(string pack)
        {
            // Every catalogue row's snippet in one project: many findings per document, across documents.
            var sources = AgreementCases.All.Select(c => c.Source).ToArray();
            await AssertOnePassConvergesAsync("agreement cases", sources, FixAllScope.Solution, reverse: false, pack);
        }

        private static async Task AssertOnePassConvergesAsync(string name, string[] sources, FixAllScope scope, bool reverse, string pack)
        {
            var solution = Solution(sources, pack);
            var before = await FindingsAsync(solution);
            var errorsBefore = await ErrorsAsync(solution);
            Assert.Contains(before, d => FixableIds.Contains(d.Id));

            var ids = before.Select(d => d.Id).Where(FixableIds.Contains).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();
            if (reverse)
            {
                ids.Reverse();
            }

            foreach (var id in ids)
            {
                solution = await FixAllAsync(solution, await FindingsAsync(solution), id, scope);
            }

            var after = await FindingsAsync(solution);
            // A finding with nothing better to offer (AES-256 in main mode under CNSA keeps its remark) is not fixable.
            var left = new List<Diagnostic>();
            foreach (var finding in after.Where(d => FixableIds.Contains(d.Id)))
            {
                if (await OffersFixAsync(solution, finding))
                {
                    left.Add(finding);
                }
            }

            Assert.True(left.Count == 0, name + ": left after one pass: " + string.Join("; ", left));
            Assert.True(await ErrorsAsync(solution) <= errorsBefore, name + ": the fixes break the build");
            var added = Counts(after).Where(c => c.Value > Counts(before).GetValueOrDefault(c.Key)).Select(c => c.Key).ToList();
            Assert.True(added.Count == 0, name + ": the fixes add " + string.Join(", ", added));
        }

        // What dotnet format does for one ID (SolutionCodeFixApplier): it analyzes with the analyzers that support the ID, and
        // the first finding of that analysis, whatever its ID (one analyzer reports several), picks the fixer's action and
        // equivalence key; then the fixer's Fix All runs over the scope for the ID.
        private static async Task<Solution> FixAllAsync(Solution solution, ImmutableArray<Diagnostic> findings, string id, FixAllScope scope)
        {
            var reportedTogether = ShippedComponents.Analyzers.Where(a => a.SupportedDiagnostics.Any(d => d.Id == id))
                .SelectMany(a => a.SupportedDiagnostics.Select(d => d.Id)).ToImmutableHashSet();
            var first = findings.Any(d => d.Id == id) ? findings.FirstOrDefault(d => reportedTogether.Contains(d.Id) && FixableIds.Contains(d.Id)) : null;
            var document = first == null ? null : solution.GetDocument(first.Location.SourceTree);
            if (first == null || document == null)
            {
                return solution; // an earlier ID's fix took this ID's findings away too
            }

            var fixer = Fixers.First(f => f.FixableDiagnosticIds.Contains(id));
            CodeAction? action = null;
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, first, (a, _) => action ??= a, CancellationToken.None));
            var context = new FixAllContext(document, fixer, scope, action?.EquivalenceKey, new[] { id }, new StaleFindings(findings), CancellationToken.None);
            var fixAll = await fixer.GetFixAllProvider()!.GetFixAsync(context);
            Assert.True(fixAll != null, fixer.GetType().Name + " returned no Fix All action for " + id);
            var operations = await fixAll!.GetOperationsAsync(CancellationToken.None);
            return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        }

        private static async Task<bool> OffersFixAsync(Solution solution, Diagnostic finding)
        {
            var document = solution.GetDocument(DocumentIdByPath(solution, finding.Location.SourceTree!.FilePath))!;
            var offered = false;
            foreach (var fixer in Fixers.Where(f => f.FixableDiagnosticIds.Contains(finding.Id)))
            {
                await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, finding, (_, _) => offered = true, CancellationToken.None));
            }

            return offered;
        }

        private static DocumentId DocumentIdByPath(Solution solution, string path) =>
            solution.Projects.SelectMany(p => p.Documents).First(d => d.FilePath == path).Id;

        private static Solution Solution(string[] sources, string pack)
        {
            var workspace = new AdhocWorkspace();
            var project = workspace.AddProject("Consumer", LanguageNames.CSharp)
                .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
                .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest))
                .AddMetadataReferences(TestReferences.Net80.Add(TestReferences.IpsecSdk))
                .AddAnalyzerConfigDocument("/.globalconfig", SourceText.From("is_global = true\nipsec_sdk.baseline = " + pack + "\n"), filePath: "/.globalconfig").Project;
            for (var i = 0; i < sources.Length; i++)
            {
                project = project.AddDocument("File" + i + ".cs", SourceText.From(sources[i]), filePath: "/src/File" + i + ".cs").Project;
            }

            return project.Solution;
        }

        private static async Task<ImmutableArray<Diagnostic>> FindingsAsync(Solution solution)
        {
            var project = solution.Projects.Single();
            var compilation = (await project.GetCompilationAsync())!;
            var analysis = compilation.WithAnalyzers(ShippedComponents.Analyzers, project.AnalyzerOptions);
            return (await analysis.GetAnalyzerDiagnosticsAsync()).Where(d => d.Id.StartsWith("IPSEC", StringComparison.Ordinal)).ToImmutableArray();
        }

        private static async Task<int> ErrorsAsync(Solution solution) =>
            (await solution.Projects.Single().GetCompilationAsync())!.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);

        private static Dictionary<string, int> Counts(IEnumerable<Diagnostic> diagnostics) =>
            diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());

        private sealed class StaleFindings : FixAllContext.DiagnosticProvider
        {
            private readonly ImmutableArray<Diagnostic> _findings;

            public StaleFindings(ImmutableArray<Diagnostic> findings) => _findings = findings;

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(_findings);

            public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
                Task.FromResult(_findings.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult(Enumerable.Empty<Diagnostic>());
        }
    }
}
