using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IpsecSdk.CodeFixes.Infrastructure
{
    /// <summary>One code action a fixer offers for a diagnostic.</summary>
    internal sealed class PlannedFix
    {
        public PlannedFix(string title, string equivalenceKey, ProposalEdit edit)
        {
            Title = title;
            EquivalenceKey = equivalenceKey;
            Edit = edit;
        }

        public string Title { get; }

        public string EquivalenceKey { get; }

        public ProposalEdit Edit { get; }
    }

    /// <summary>The diagnostic a fixer is asked about, with what every fixer needs to plan its fix.</summary>
    internal sealed class FixRequest
    {
        public FixRequest(Document document, SemanticModel model, Diagnostic diagnostic, SyntaxNode reported)
        {
            Document = document;
            Model = model;
            Diagnostic = diagnostic;
            Reported = reported;
            Pack = FixSettings.Pack(diagnostic, document, reported.SyntaxTree);
        }

        public Document Document { get; }

        public SemanticModel Model { get; }

        public Diagnostic Diagnostic { get; }

        /// <summary>The node at the diagnostic's location (an enum member access, a literal or a method name).</summary>
        public SyntaxNode Reported { get; }

        public Catalogue.BaselinePack Pack { get; }
    }

    /// <summary>The common part of every fixer: find the node, plan, register one code action per planned fix.</summary>
    internal static class FixRegistration
    {
        public static async Task RegisterAsync(CodeFixContext context, Func<FixRequest, CancellationToken, IEnumerable<PlannedFix>> plan)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var reported = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                var document = context.Document;
                foreach (var fix in plan(new FixRequest(document, model, diagnostic, reported), context.CancellationToken))
                {
                    if (!fix.Edit.IsEmpty)
                    {
                        context.RegisterCodeFix(CodeAction.Create(fix.Title, ct => fix.Edit.ApplyAsync(document, ct), fix.EquivalenceKey), diagnostic);
                    }
                }
            }
        }
    }
}
