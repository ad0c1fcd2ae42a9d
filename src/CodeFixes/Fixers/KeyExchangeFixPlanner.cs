using System.Collections.Generic;
using System.Linq;
using System.Threading;
using IpsecSdk.Analyzers.Infrastructure;
using IpsecSdk.Catalogue;
using IpsecSdk.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IpsecSdk.CodeFixes.Fixers
{
    /// <summary>Plans IPSEC003 (weak group → ECP-384), IPSEC106 (mixed groups → ECP-384 throughout) and IPSEC004 (PFS off → PFS on).</summary>
    internal static class KeyExchangeFixPlanner
    {
        public static IEnumerable<PlannedFix> Plan(FixRequest request, CancellationToken cancellationToken)
        {
            if (!(request.Reported is ExpressionSyntax reported))
            {
                yield break;
            }

            var type = request.Model.GetTypeInfo(reported, cancellationToken).Type;
            if (request.Diagnostic.Id == RuleIds.PfsOff)
            {
                yield return Single(reported, nameof(PfsGroup), nameof(PfsGroup.SameAsMainMode), "Turn PFS on with the main-mode group", RuleIds.PfsOff + ".SameAsMainMode");
                yield return Single(reported, nameof(PfsGroup), nameof(PfsGroup.Dh20), "Turn PFS on with ECP-384 (Dh20)", RuleIds.PfsOff + ".Dh20");
            }
            else if (SdkTypes.IsEnum(type, nameof(PfsGroup)))
            {
                var group = Suggestions.Pfs(request.Pack);
                yield return Single(reported, nameof(PfsGroup), group, "Use PFS group " + group, RuleIds.WeakKeyExchange);
            }
            else if (SdkTypes.IsEnum(type, nameof(DiffieHellmanGroup)))
            {
                var group = Suggestions.KeyExchange(request.Pack);
                var edit = new ProposalEdit();
                edit.SetValue(reported, nameof(DiffieHellmanGroup), group);
                // MS-FASP wants one group per main-mode set (IPSEC106): move the set's other proposals along.
                var set = MainModeSet(request.Model, reported, cancellationToken);
                if (set != null)
                {
                    var wanted = (long)(DiffieHellmanGroup)System.Enum.Parse(typeof(DiffieHellmanGroup), group);
                    foreach (var slot in ProposalScope.SlotsBelow(request.Model, set, SlotKind.KeyExchange, cancellationToken).Where(s => s.Constant != wanted && s.Value != null))
                    {
                        if (!slot.Value!.Span.Contains(reported.Span))
                        {
                            edit.SetValue(slot.Value, nameof(DiffieHellmanGroup), group);
                        }
                    }
                }

                yield return new PlannedFix("Use key-exchange group " + group + " for the whole main-mode set", "IpsecSdk." + request.Diagnostic.Id, edit);
            }
        }

        private static PlannedFix Single(ExpressionSyntax reported, string enumName, string member, string title, string key)
        {
            var edit = new ProposalEdit();
            edit.SetValue(reported, enumName, member);
            return new PlannedFix(title, "IpsecSdk." + key, edit);
        }

        // The UseMainMode(m => ...) lambda or the new MainModeCryptoSet { ... } the value belongs to.
        private static SyntaxNode? MainModeSet(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
        {
            foreach (var ancestor in node.Ancestors())
            {
                switch (ancestor)
                {
                    case SimpleLambdaExpressionSyntax lambda when (model.GetDeclaredSymbol(lambda.Parameter, cancellationToken) as IParameterSymbol)?.Type.Name == "MainModeCryptoSetBuilder":
                        return lambda.Body;
                    case BaseObjectCreationExpressionSyntax creation when model.GetTypeInfo(creation, cancellationToken).Type?.Name == "MainModeCryptoSet":
                        return creation;
                }
            }

            return null;
        }
    }
}
