using System;
using System.Collections.Immutable;
using System.Linq;
using IpsecSdk.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IpsecSdk.Analyzers.Rules
{
    /// <summary>
    /// IPSEC201: an IPSEC diagnostic suppressed without a reason. <c>[SuppressMessage(..., "IPSEC0nn...")]</c> (any
    /// category, also assembly-level in GlobalSuppressions.cs) needs a non-empty <c>Justification</c> other than the
    /// IDE's placeholder <c>&lt;Pending&gt;</c>; <c>#pragma warning disable IPSECnnn</c> needs a comment on the same line.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SuppressionJustificationAnalyzer : IpsecAnalyzer
    {
        private const string IdPrefix = "IPSEC";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SuppressionWithoutJustification);

        private protected override void Register(CompilationStartAnalysisContext context, IpsecCompilation ipsec)
        {
            context.RegisterSyntaxNodeAction(AnalyzeAttribute, SyntaxKind.Attribute);
            context.RegisterSyntaxTreeAction(AnalyzePragmas);
        }

        private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context)
        {
            if (context.IsGeneratedCode)
            {
                return;
            }

            var syntax = (AttributeSyntax)context.Node;
            var arguments = syntax.ArgumentList?.Arguments;
            if (arguments == null || arguments.Value.Count < 2 || !MayNameIpsecCheck(arguments.Value))
            {
                return;
            }

            var constructor = context.SemanticModel.GetSymbolInfo(syntax, context.CancellationToken).Symbol as IMethodSymbol;
            if (constructor == null || !IsSuppressMessage(constructor.ContainingType))
            {
                return;
            }

            var positional = arguments.Value.Where(a => a.NameEquals == null && a.NameColon == null).ToList();
            var checkId = positional.Count >= 2 ? Text(context, positional[1].Expression) : Text(context, arguments.Value.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == "checkId")?.Expression);
            if (checkId == null || !checkId.TrimStart().StartsWith(IdPrefix, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            var justification = Text(context, arguments.Value.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Justification")?.Expression);
            if (IsMissing(justification))
            {
                var id = checkId.Split(':')[0].Trim();
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.SuppressionWithoutJustification, syntax.GetLocation(),
                    "The suppression of " + id + " has no justification; add Justification = \"<why this is acceptable here>\" so reviewers and auditors can judge it."));
            }
        }

        // Binding is the cost here: attributes whose constructor arguments are all string literals, none an IPSEC ID, cannot
        // suppress an IPSEC diagnostic whatever attribute they are. Any other expression may be a constant naming one.
        private static bool MayNameIpsecCheck(SeparatedSyntaxList<AttributeArgumentSyntax> arguments)
        {
            foreach (var argument in arguments)
            {
                if (argument.NameEquals != null)
                {
                    continue;
                }

                if (!(argument.Expression is LiteralExpressionSyntax literal) || !literal.IsKind(SyntaxKind.StringLiteralExpression) ||
                    literal.Token.ValueText.TrimStart().StartsWith(IdPrefix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        // By name, not by a compilation-wide type lookup at start (which would search every reference): attributes are rare.
        private static bool IsSuppressMessage(INamedTypeSymbol type) =>
            type.Name == "SuppressMessageAttribute" && type.ContainingNamespace?.ToDisplayString() == "System.Diagnostics.CodeAnalysis";

        // Proportional to the file's pragmas, not to its trivia: the directive chain skips every part of the tree that holds
        // no directive, and doc comments are never opened (enumerating all trivia cost most of IPSEC's time in ordinary
        // code bases: benchmarks/analyzer-cost).
        private static void AnalyzePragmas(SyntaxTreeAnalysisContext context)
        {
            if (context.IsGeneratedCode || !(context.Tree.GetRoot(context.CancellationToken) is CSharpSyntaxNode root) || !root.ContainsDirectives)
            {
                return;
            }

            for (var directive = root.GetFirstDirective(IsPragmaWarning); directive != null; directive = directive.GetNextDirective(IsPragmaWarning))
            {
                var pragma = (PragmaWarningDirectiveTriviaSyntax)directive;
                if (!pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword) || HasComment(pragma))
                {
                    continue;
                }

                foreach (var code in pragma.ErrorCodes)
                {
                    var text = code.ToString().Trim();
                    if (text.StartsWith(IdPrefix, StringComparison.OrdinalIgnoreCase))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Descriptors.SuppressionWithoutJustification, code.GetLocation(),
                            "'#pragma warning disable " + text + "' has no reason; add a comment on the same line (// why this is acceptable here)."));
                    }
                }
            }
        }

        private static readonly Func<DirectiveTriviaSyntax, bool> IsPragmaWarning = d => d.IsKind(SyntaxKind.PragmaWarningDirectiveTrivia);

        private static bool HasComment(PragmaWarningDirectiveTriviaSyntax pragma) =>
            pragma.DescendantTrivia(descendIntoTrivia: true).Any(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) && t.ToString().TrimStart('/').Trim().Length > 0);

        private static bool IsMissing(string? justification) =>
            string.IsNullOrWhiteSpace(justification) || string.Equals(justification!.Trim(), "<Pending>", StringComparison.OrdinalIgnoreCase);

        private static string? Text(SyntaxNodeAnalysisContext context, ExpressionSyntax? expression)
        {
            if (expression == null)
            {
                return null;
            }

            var constant = context.SemanticModel.GetConstantValue(expression, context.CancellationToken);
            return constant.HasValue ? constant.Value as string : null;
        }
    }
}
