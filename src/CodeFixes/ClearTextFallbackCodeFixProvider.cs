using System.Collections.Generic;
using System.Composition;
using System.Threading;
using IpsecSdk.Analyzers;
using IpsecSdk.Catalogue;
using IpsecSdk.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IpsecSdk.CodeFixes
{
    /// <summary>
    /// IPSEC007: request mode becomes require mode. <c>.RequestInboundAndOutbound()</c> and <c>.RequireInboundRequestOutbound()</c>
    /// become <c>.RequireInboundAndOutbound()</c>; <c>SecurityAction.Request</c> becomes <c>SecurityAction.Require</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClearTextFallbackCodeFixProvider))]
    [Shared]
    public sealed class ClearTextFallbackCodeFixProvider : IpsecCodeFixProvider
    {
        private const string Require = "RequireInboundAndOutbound";

        /// <summary>Creates the fixer (MEF does, through the export).</summary>
        public ClearTextFallbackCodeFixProvider()
            : base(RuleIds.ClearTextFallback)
        {
        }

        private protected override IEnumerable<PlannedFix> Plan(FixRequest request, CancellationToken cancellationToken)
        {
            // Request mode in a declared boundary zone is intended: nothing to fix.
            if (request.Diagnostic.Properties.ContainsKey(DiagnosticProperties.Intent))
            {
                yield break;
            }

            var edit = new ProposalEdit();
            var call = ProposalScope.MethodShapedCall(request.Reported);
            if (call != null)
            {
                var name = ((MemberAccessExpressionSyntax)call.Expression).Name;
                if (name.Identifier.ValueText != "RequestInboundAndOutbound" && name.Identifier.ValueText != "RequireInboundRequestOutbound")
                {
                    yield break;
                }

                edit.RenameMethod(name, Require);
            }
            else if (request.Reported is ExpressionSyntax value && SdkTypes.IsEnum(request.Model.GetTypeInfo(value, cancellationToken).Type, nameof(SecurityAction)))
            {
                edit.SetValue(value, nameof(SecurityAction), nameof(SecurityAction.Require));
            }
            else
            {
                yield break;
            }

            yield return new PlannedFix("Require IPsec (no clear-text fallback)", "IpsecSdk." + RuleIds.ClearTextFallback, edit);
        }
    }
}
