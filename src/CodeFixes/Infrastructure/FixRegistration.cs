using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IpsecSdk.CodeFixes.Infrastructure
{
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
                // dotnet format hands over findings computed before earlier fixes moved the text: one that no longer fits
                // the document gets no action here (its Fix All finds it again where it is now).
                if (!root.FullSpan.Contains(diagnostic.Location.SourceSpan))
                {
                    continue;
                }

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
