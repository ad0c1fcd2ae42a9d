using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IpsecSdk.Analyzers.Tests.Agreement;
using IpsecSdk.Analyzers.Tests.Docs;
using IpsecSdk.Analyzers.Tests.Infrastructure;
using IpsecSdk.Analyzers.Tests.Meta;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace IpsecSdk.Analyzers.Tests.CodeFixes
{
    /// <summary>
    /// Every fixer, on every diagnostic of the analyzers' robustness corpus (broken and unusual code) and of the agreement
    /// cases (one per catalogue row): offering and applying a fix never throws, and on compilable code never adds a compiler error nor an IPSEC warning or error.
    /// </summary>
    public sealed class FixerRobustnessTests
    {
        public static TheoryData<string, string, bool> Sources()
        {
            var data = new TheoryData<string, string, bool>();
            foreach (var row in RobustnessTests.Corpus())
            {
                data.Add((string)row[0], (string)row[1], false);
            }

            foreach (var agreement in AgreementCases.All)
            {
                data.Add(agreement.Name, agreement.Source, true);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Sources))]
        public async Task Fixes_never_throw_and_never_add_errors_or_findings_to_compilable_code(string name, string source, bool compilable)
        {
            foreach (var pack in new[] { "default", "cnsa" })
            {
                var diagnostics = await AnalyzerRunner.RunAsync(new[] { source }, new Dictionary<string, string> { ["ipsec_sdk.baseline"] = pack });
                var document = Document(source);
                var errorsBefore = await ErrorCountAsync(document);
                foreach (var diagnostic in diagnostics.Where(d => d.Id.StartsWith("IPSEC", StringComparison.Ordinal) && d.Location.IsInSource))
                {
                    foreach (var fixer in Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
                    {
                        foreach (var action in await ActionsAsync(fixer, document, diagnostic))
                        {
                            var fixedDocument = await ApplyAsync(action, document);
                            if (compilable)
                            {
                                var fixedText = (await fixedDocument.GetTextAsync()).ToString();
                                Assert.True(await ErrorCountAsync(fixedDocument) <= errorsBefore, name + " (" + pack + "): '" + action.Title + "' for " + diagnostic.Id + " breaks the build:\n" + fixedText);
                                var after = await AnalyzerRunner.RunAsync(new[] { fixedText }, new Dictionary<string, string> { ["ipsec_sdk.baseline"] = pack });
                                var added = Counts(after).Where(c => c.Value > Counts(diagnostics).GetValueOrDefault(c.Key)).Select(c => c.Key).ToList();
                                Assert.True(added.Count == 0, name + " (" + pack + "): '" + action.Title + "' for " + diagnostic.Id + " adds " + string.Join(", ", added) + ":\n" + fixedText);
                            }
                        }
                    }
                }
            }
        }

        // Warnings and errors: under CNSA every main-mode cipher keeps an info remark (Windows has no AES-GCM there), so a
        // GCM-in-main-mode fix necessarily lands on AES-256 with that remark.
        private static Dictionary<string, int> Counts(IEnumerable<Diagnostic> diagnostics) =>
            diagnostics.Where(d => d.Id.StartsWith("IPSEC", StringComparison.Ordinal) && d.Severity >= DiagnosticSeverity.Warning).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());

        private static IReadOnlyList<CodeFixProvider> Fixers { get; } = ShippedComponents.Fixers;

        private static Document Document(string source)
        {
            var workspace = new AdhocWorkspace();
            var project = workspace.AddProject("Consumer", LanguageNames.CSharp)
                .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
                .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest))
                .AddMetadataReferences(TestReferences.Net80.Add(TestReferences.IpsecSdk));
            return project.AddDocument("File0.cs", SourceText.From(source), filePath: "/src/File0.cs");
        }

        private static async Task<List<CodeAction>> ActionsAsync(CodeFixProvider fixer, Document document, Diagnostic diagnostic)
        {
            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
            await fixer.RegisterCodeFixesAsync(context);
            return actions;
        }

        private static async Task<Document> ApplyAsync(CodeAction action, Document document)
        {
            var operations = await action.GetOperationsAsync(CancellationToken.None);
            var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            return solution.GetDocument(document.Id)!;
        }

        private static async Task<int> ErrorCountAsync(Document document)
        {
            var compilation = await document.Project.GetCompilationAsync();
            return compilation!.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        }
    }
}
