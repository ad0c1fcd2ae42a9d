using System.Collections.Generic;
using System.Threading;
using IpsecSdk.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IpsecSdk.CodeFixes.Fixers
{
    /// <summary>Plans IPSEC005: AH (alone or with ESP) becomes ESP, and the proposal drops its AH integrity.</summary>
    internal static class EncapsulationFixPlanner
    {
        public static IEnumerable<PlannedFix> Plan(FixRequest request, CancellationToken cancellationToken)
        {
            var edit = new ProposalEdit();
            var call = ProposalScope.MethodShapedCall(request.Reported);
            if (call != null)
            {
                if (IsRemovable(call))
                {
                    edit.RemoveCall(call);
                }
                else
                {
                    edit.ReplaceCall(call, "WithEncapsulation", nameof(Encapsulation), nameof(Encapsulation.Esp));
                }
            }
            else if (request.Reported is ExpressionSyntax value)
            {
                edit.SetValue(value, nameof(Encapsulation), nameof(Encapsulation.Esp));
            }
            else
            {
                yield break;
            }

            var scope = ProposalScope.Find(request.Model, request.Reported, out var owner, cancellationToken);
            if (scope != null)
            {
                RemoveAhIntegrity(scope, edit);
                var plan = new CryptoPlan(scope, request.Pack, owner, null);
                plan.Set(SlotKind.Encapsulation, (long)Encapsulation.Esp);
                plan.KeepQuickModeConsistent();
                plan.AddTo(edit);
            }

            yield return new PlannedFix("Use ESP instead of AH", "IpsecSdk." + Catalogue.RuleIds.AhEncapsulation, edit);
        }

        // p.UseAh().WithIntegrity(..) → p.WithIntegrity(..); but p => p.UseAh() must stay a call (ESP made explicit instead).
        private static bool IsRemovable(InvocationExpressionSyntax call) =>
            call.Parent is MemberAccessExpressionSyntax || (call.Expression as MemberAccessExpressionSyntax)?.Expression is InvocationExpressionSyntax;

        private static void RemoveAhIntegrity(ProposalScope scope, ProposalEdit edit)
        {
            foreach (var slot in scope.Slots)
            {
                if (slot.Kind != SlotKind.AhIntegrity)
                {
                    continue;
                }

                if (slot.Owner is AssignmentExpressionSyntax assignment)
                {
                    edit.Remove(assignment);
                }
                else if (slot.Owner.Parent?.Parent is InvocationExpressionSyntax ahCall && IsRemovable(ahCall))
                {
                    edit.RemoveCall(ahCall);
                }
            }
        }
    }
}
