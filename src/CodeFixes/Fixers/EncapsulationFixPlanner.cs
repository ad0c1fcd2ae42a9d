using System;
using System.Collections.Generic;
using System.Threading;
using IpsecSdk.Analyzers.Infrastructure;
using IpsecSdk.Catalogue;
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
            if (call == null && !(request.Reported is ExpressionSyntax))
            {
                yield break;
            }

            var scope = ProposalScope.Find(request.Model, request.Reported, out var owner, cancellationToken);
            if (scope != null)
            {
                RemoveAhIntegrity(scope, edit);
            }

            if (call != null)
            {
                // p => p.UseAh().WithAhIntegrity(..) loses both calls: p => p would not compile, so ESP is made explicit there.
                if (IsRemovable(call) && KeepsACall(call, edit))
                {
                    edit.RemoveCall(call);
                }
                else
                {
                    edit.ReplaceCall(call, "WithEncapsulation", nameof(Encapsulation), nameof(Encapsulation.Esp));
                }
            }
            else
            {
                edit.SetValue((ExpressionSyntax)request.Reported, nameof(Encapsulation), nameof(Encapsulation.Esp));
            }

            if (scope != null)
            {
                var plan = new CryptoPlan(scope, request.Pack, owner, null);
                plan.Set(SlotKind.Encapsulation, (long)Encapsulation.Esp);
                StrengthenEspCrypto(plan, request.Pack);
                plan.KeepQuickModeConsistent();
                plan.AddTo(edit);
            }

            yield return new PlannedFix("Use ESP instead of AH", "IpsecSdk." + RuleIds.AhEncapsulation, edit);
        }

        // Under AH the ESP algorithms were never judged; once ESP is on they are, so bring them to what the pack accepts.
        private static void StrengthenEspCrypto(CryptoPlan plan, BaselinePack pack)
        {
            if (plan.Phase != CryptoPhase.QuickMode)
            {
                return;
            }

            if (plan.Value(SlotKind.Encryption) is long encryption && Enum.IsDefined(typeof(Encryption), (int)encryption) &&
                BaselineCatalogue.Encryption((Encryption)encryption, CryptoPhase.QuickMode).For(pack) != Verdict.Ok)
            {
                plan.Set(SlotKind.Encryption, (long)Encryption.AesGcm256);
            }

            if (plan.Value(SlotKind.EspIntegrity) is long integrity && Enum.IsDefined(typeof(Integrity), (int)integrity) &&
                (integrity == (long)Integrity.Sha384 || BaselineCatalogue.Integrity((Integrity)integrity, CryptoPhase.QuickMode).For(pack) != Verdict.Ok))
            {
                var suggested = Suggestions.Integrity(CryptoPhase.QuickMode, pack, (Encryption?)plan.Value(SlotKind.Encryption));
                plan.Set(SlotKind.EspIntegrity, (long)(Integrity)Enum.Parse(typeof(Integrity), suggested));
            }
        }

        // p.UseAh().WithIntegrity(..) → p.WithIntegrity(..); but p => p.UseAh() must stay a call (ESP made explicit instead).
        private static bool IsRemovable(InvocationExpressionSyntax call) =>
            call.Parent is MemberAccessExpressionSyntax || (call.Expression as MemberAccessExpressionSyntax)?.Expression is InvocationExpressionSyntax;

        // True when the chain call belongs to keeps an invocation besides call and the calls the edit already removes.
        private static bool KeepsACall(InvocationExpressionSyntax call, ProposalEdit edit)
        {
            ExpressionSyntax top = call;
            while (top.Parent is MemberAccessExpressionSyntax access && access.Expression == top && access.Parent is InvocationExpressionSyntax outer)
            {
                top = outer;
            }

            for (var link = top as InvocationExpressionSyntax; link != null; link = (link.Expression as MemberAccessExpressionSyntax)?.Expression as InvocationExpressionSyntax)
            {
                if (link != call && !edit.Removes(link))
                {
                    return true;
                }
            }

            return false;
        }

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
