using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using IpsecSdk.Analyzers;
using IpsecSdk.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IpsecSdk.CodeFixes.Fixers
{
    /// <summary>
    /// Plans the fixes whose replacement the analyzer already chose through the catalogue (<see cref="DiagnosticProperties.Suggested"/>):
    /// a lifetime within the limit, master-key PFS (MaxSessions = 1), required CRL checking, ECDSA P-384 signing, <c>NoDefaultExempt = true</c>.
    /// </summary>
    internal static class RecommendedValueFixPlanner
    {
        public static IEnumerable<PlannedFix> Plan(FixRequest request, CancellationToken cancellationToken)
        {
            var properties = request.Diagnostic.Properties;
            if (!(request.Reported is ExpressionSyntax reported) ||
                !properties.TryGetValue(DiagnosticProperties.Kind, out var kind) || kind == null ||
                !properties.TryGetValue(DiagnosticProperties.Suggested, out var suggested) || string.IsNullOrEmpty(suggested))
            {
                yield break;
            }

            var edit = new ProposalEdit();
            string title;
            switch (kind)
            {
                case "LifetimeMinutes":
                case "LifetimeKilobytes":
                case "MaxSessions":
                    if (!long.TryParse(suggested, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                    {
                        yield break;
                    }

                    // An int literal where it fits (as the compiler would read it); no L suffix: the parameter decides the type.
                    var token = number >= int.MinValue && number <= int.MaxValue ? SyntaxFactory.Literal((int)number) : SyntaxFactory.Literal(number.ToString(CultureInfo.InvariantCulture), number);
                    edit.SetLiteral(reported, SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, token));
                    title = kind == "MaxSessions" ? "Use one quick mode per main mode (master-key PFS)" : "Use " + suggested + (kind == "LifetimeMinutes" ? " minutes" : " KB");
                    break;
                case "NoDefaultExempt":
                    edit.SetLiteral(reported, SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression));
                    title = "Protect Kerberos traffic too (NoDefaultExempt = true)";
                    break;
                case nameof(CertValidationLevel):
                case nameof(CertificateSigning):
                    edit.SetValue(reported, kind, suggested!);
                    title = "Use " + kind + "." + suggested;
                    break;
                default:
                    yield break;
            }

            yield return new PlannedFix(title, "IpsecSdk." + request.Diagnostic.Id, edit);
        }
    }
}
