using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IpsecSdk.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IpsecSdk.CodeFixes.Infrastructure
{
    /// <summary>
    /// Fix All for the IpsecSdk fixers (document, project and solution scope): every document in scope is fixed one
    /// finding at a time, with the findings analyzed again on the text as it is after each fix. So overlapping and nested
    /// edits (several findings in one proposal, a fix that rewrites a neighbour) never conflict, and findings reported
    /// against an older text (as <c>dotnet format</c> hands them over, ID by ID) are found where they are now. It always
    /// returns an action, even when nothing is left to fix, so one <c>dotnet format analyzers</c> run fixes every ID.
    /// </summary>
    internal sealed class SequentialFixAllProvider : FixAllProvider
    {
        // More fixes than this in one document means a fix keeps bringing its finding back: stop rather than loop.
        private const int MaxFixesPerDocument = 500;

        /// <summary>Every equivalence key is this prefix, the rule ID, and optionally a dot and the choice (PlannedFix).</summary>
        private const string KeyPrefix = "IpsecSdk.";

        private static readonly ImmutableArray<DiagnosticAnalyzer> s_analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
            new AlgorithmChoiceAnalyzer(), new PolicyChainAnalyzer(), new ProposalCombinationAnalyzer(), new LiteralAnalyzer());

        private readonly Func<FixRequest, CancellationToken, IEnumerable<PlannedFix>> _plan;

        public SequentialFixAllProvider(Func<FixRequest, CancellationToken, IEnumerable<PlannedFix>> plan) => _plan = plan;

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var ids = fixAllContext.DiagnosticIds.ToImmutableHashSet(StringComparer.Ordinal);
            var key = KeyOfTheseIds(fixAllContext.CodeActionEquivalenceKey, ids);
            var title = "Fix all " + string.Join(", ", ids.OrderBy(id => id, StringComparer.Ordinal)) + " in " + fixAllContext.Scope.ToString().ToLowerInvariant();
            var action = CodeAction.Create(title, ct => FixAsync(fixAllContext, ids, key, ct), key);
            return Task.FromResult<CodeAction?>(action);
        }

        // dotnet format (SolutionCodeFixApplier, SDK 10.0.401) asks for the Fix All of one ID with the key of the first finding
        // its analysis of that ID returned, whatever that finding's ID: one analyzer reports several IDs, so the key may name
        // another ID's fix, match none of these findings, and leave them all for the next run. A key that names none of the
        // requested IDs therefore means "each finding's recommended fix", as a null key does.
        private static string? KeyOfTheseIds(string? key, ImmutableHashSet<string> ids) =>
            key != null && ids.Any(id => key == KeyPrefix + id || key.StartsWith(KeyPrefix + id + ".", StringComparison.Ordinal)) ? key : null;

        private async Task<Solution> FixAsync(FixAllContext context, ImmutableHashSet<string> ids, string? key, CancellationToken cancellationToken)
        {
            var solution = context.Solution;
            foreach (var documentId in DocumentsInScope(context))
            {
                solution = await FixDocumentAsync(solution, documentId, ids, key, cancellationToken).ConfigureAwait(false);
            }

            return solution;
        }

        private static IEnumerable<DocumentId> DocumentsInScope(FixAllContext context)
        {
            switch (context.Scope)
            {
                case FixAllScope.Document:
                    return context.Document == null ? Enumerable.Empty<DocumentId>() : new[] { context.Document.Id };
                case FixAllScope.Project:
                    return context.Project.DocumentIds;
                default:
                    return context.Solution.Projects.Where(p => p.Language == LanguageNames.CSharp).SelectMany(p => p.DocumentIds);
            }
        }

        private async Task<Solution> FixDocumentAsync(Solution solution, DocumentId documentId, ImmutableHashSet<string> ids, string? key, CancellationToken cancellationToken)
        {
            // A fix that could not remove its finding is not tried again at the same place with the same text.
            var attempted = new HashSet<string>(StringComparer.Ordinal);
            for (var fixes = 0; fixes < MaxFixesPerDocument; fixes++)
            {
                var document = solution.GetDocument(documentId);
                if (document == null)
                {
                    return solution;
                }

                var fixedDocument = await FixFirstAsync(document, ids, key, attempted, cancellationToken).ConfigureAwait(false);
                if (fixedDocument == null)
                {
                    return solution;
                }

                solution = fixedDocument.Project.Solution;
            }

            return solution;
        }

        // The document with its first fixable finding fixed, or null when none is left.
        private async Task<Document?> FixFirstAsync(Document document, ImmutableHashSet<string> ids, string? key, HashSet<string> attempted, CancellationToken cancellationToken)
        {
            var compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (compilation == null || model == null || root == null)
            {
                return null;
            }

            var analysis = compilation.WithAnalyzers(s_analyzers, document.Project.AnalyzerOptions);
            var findings = (await analysis.GetAnalyzerSemanticDiagnosticsAsync(model, null, cancellationToken).ConfigureAwait(false))
                .Where(d => ids.Contains(d.Id) && d.Location.IsInSource && d.Location.SourceTree == model.SyntaxTree)
                .OrderBy(d => d.Location.SourceSpan.Start);
            var text = root.ToFullString();
            foreach (var finding in findings)
            {
                var place = finding.Id + "@" + finding.Location.SourceSpan + "#" + text.GetHashCode();
                if (!attempted.Add(place))
                {
                    continue;
                }

                var reported = root.FindNode(finding.Location.SourceSpan, getInnermostNodeForTie: true);
                var fix = _plan(new FixRequest(document, model, finding, reported), cancellationToken)
                    .FirstOrDefault(f => !f.Edit.IsEmpty && (key == null || f.EquivalenceKey == key));
                if (fix != null)
                {
                    return await fix.Edit.ApplyAsync(document, cancellationToken).ConfigureAwait(false);
                }
            }

            return null;
        }
    }
}
