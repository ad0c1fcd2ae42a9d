using System;
using System.Collections.Generic;
using System.Threading;
using IpsecSdk.Analyzers;
using IpsecSdk.Analyzers.Infrastructure;
using IpsecSdk.Catalogue;
using IpsecSdk.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IpsecSdk.CodeFixes.Fixers
{
    /// <summary>Plans the algorithm fixes (IPSEC001, 002, 101–105) on one proposal; the fixers differ only in the rules they take.</summary>
    internal static class CryptoFixPlanner
    {
        public static IEnumerable<PlannedFix> Plan(FixRequest request, CancellationToken cancellationToken)
        {
            var id = request.Diagnostic.Id;
            var scope = ProposalScope.Find(request.Model, request.Reported, out var owner, cancellationToken);
            if (scope == null)
            {
                scope = Alone(request);
                owner = request.Reported;
            }

            if (scope == null)
            {
                yield break;
            }

            var plan = new CryptoPlan(scope, request.Pack, owner, request.Reported as ExpressionSyntax);
            var phase = FixSettings.Phase(request.Diagnostic, scope);
            var reported = plan.Reported?.Kind ?? SlotKind.None;
            string title;
            switch (id)
            {
                case RuleIds.WeakIntegrity:
                case RuleIds.Sha384InQuickMode:
                    if (!IsIntegrity(reported) || phase == null)
                    {
                        yield break;
                    }

                    var integrity = Suggestions.Integrity(phase.Value, request.Pack, phase == CryptoPhase.QuickMode && reported != SlotKind.AhIntegrity ? (Encryption?)plan.Value(SlotKind.Encryption) : null);
                    plan.Set(reported, (long)(Integrity)Enum.Parse(typeof(Integrity), integrity));
                    title = "Use " + integrity + " integrity";
                    break;
                case RuleIds.WeakEncryption:
                    if (reported != SlotKind.Encryption || phase == null)
                    {
                        yield break;
                    }

                    // Quick mode: AES-GCM-256, the strongest suite (its GMAC integrity follows in KeepQuickModeConsistent).
                    var encryption = phase == CryptoPhase.MainMode ? (Encryption)Enum.Parse(typeof(Encryption), Suggestions.Encryption(CryptoPhase.MainMode, request.Pack, null)) : Encryption.AesGcm256;
                    plan.Set(SlotKind.Encryption, (long)encryption);
                    title = "Use " + encryption + " encryption";
                    break;
                case RuleIds.GcmInMainMode:
                    if (reported == SlotKind.Encryption)
                    {
                        plan.Set(SlotKind.Encryption, (long)Encryption.Aes256);
                        title = "Use Aes256 encryption (main mode has no AES-GCM)";
                    }
                    else if (reported == SlotKind.MainModeIntegrity)
                    {
                        plan.Set(SlotKind.MainModeIntegrity, (long)Integrity.Sha384);
                        title = "Use Sha384 integrity (main mode has no AES-GMAC)";
                    }
                    else
                    {
                        yield break;
                    }

                    break;
                case RuleIds.EspWithoutProtection:
                    plan.Set(SlotKind.Encryption, (long)Encryption.AesGcm256);
                    plan.Set(SlotKind.EspIntegrity, (long)Integrity.AesGmac256);
                    title = "Use ESP with AesGcm256 and AesGmac256";
                    break;
                case RuleIds.AhEspIntegrityMismatch:
                    title = "Use the ESP integrity for AH too";
                    break;
                case RuleIds.GcmPairing:
                    title = "Pair AES-GCM encryption with the matching AES-GMAC integrity";
                    break;
                default:
                    yield break;
            }

            plan.KeepQuickModeConsistent();
            var edit = new ProposalEdit();
            plan.AddTo(edit);
            yield return new PlannedFix(title, "IpsecSdk." + id, edit);
        }

        private static bool IsIntegrity(SlotKind kind) =>
            kind == SlotKind.MainModeIntegrity || kind == SlotKind.EspIntegrity || kind == SlotKind.AhIntegrity || kind == SlotKind.AllIntegrity;

        // A value outside a call or initializer (a local's or field's initializer): fix it alone, with the phase the analyzer
        // saw, where every value the fix can choose is valid in any proposal of that phase (main mode).
        private static ProposalScope? Alone(FixRequest request)
        {
            var phase = FixSettings.Phase(request.Diagnostic, null);
            if (!(request.Reported is ExpressionSyntax expression) || phase == null || !request.Diagnostic.Properties.TryGetValue(DiagnosticProperties.Kind, out var kind))
            {
                return null;
            }

            // In quick mode no encryption suits every integrity, nor the reverse (AES-GCM needs its GMAC, GMAC needs its GCM):
            // a value fixed apart from the proposals it flows into (a field, a local) could leave one of them invalid.
            if (phase == CryptoPhase.QuickMode)
            {
                return null;
            }

            var slot = kind == nameof(Encryption) ? SlotKind.Encryption
                : kind == nameof(Integrity) ? (phase == CryptoPhase.MainMode ? SlotKind.MainModeIntegrity : SlotKind.EspIntegrity)
                : SlotKind.None;
            return slot == SlotKind.None ? null : ProposalScope.Single(phase, new ProposalSlot(slot, expression, null, expression));
        }
    }
}
