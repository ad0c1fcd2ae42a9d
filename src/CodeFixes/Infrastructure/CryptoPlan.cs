using System;
using System.Collections.Generic;
using IpsecSdk.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IpsecSdk.CodeFixes.Infrastructure
{
    /// <summary>
    /// The values a fix gives the slots of one proposal. After the fix's own change, <see cref="KeepQuickModeConsistent"/>
    /// brings the rest of the proposal along, so the fixed code draws no other IPSEC diagnostic (IPSEC105 GCM pairs,
    /// IPSEC103 AH = ESP integrity, and under CNSA the one 256-bit GCM suite).
    /// </summary>
    internal sealed class CryptoPlan
    {
        private readonly ProposalScope _scope;
        private readonly BaselinePack _pack;
        private readonly ProposalSlot? _reported;
        private readonly ExpressionSyntax? _reportedExpression;
        private readonly Dictionary<SlotKind, long> _targets = new Dictionary<SlotKind, long>();

        // reportedExpression: what the diagnostic points at, which may be one arm of a conditional inside the slot.
        public CryptoPlan(ProposalScope scope, BaselinePack pack, SyntaxNode? owner, ExpressionSyntax? reportedExpression)
        {
            _scope = scope;
            _pack = pack;
            _reported = owner == null ? null : scope.SlotOf(owner);
            _reportedExpression = reportedExpression;
        }

        public CryptoPhase? Phase => _scope.Phase;

        /// <summary>The reported slot, if the diagnostic points into this proposal.</summary>
        public ProposalSlot? Reported => _reported;

        public void Set(SlotKind kind, long value) => _targets[Normalize(kind)] = value;

        /// <summary>The planned value of a slot, else the proposal's current one when known.</summary>
        public long? Value(SlotKind kind) => _targets.TryGetValue(Normalize(kind), out var value) ? value : _scope.Effective(Normalize(kind));

        public void KeepQuickModeConsistent()
        {
            if (_scope.Phase != CryptoPhase.QuickMode)
            {
                return;
            }

            var cnsa = _pack == BaselinePack.Cnsa;
            if (Value(SlotKind.Encapsulation) != (long)Encapsulation.Ah)
            {
                var encryption = Value(SlotKind.Encryption);
                var integrity = Value(SlotKind.EspIntegrity);
                if (GcmPairing.GmacFor(encryption) is long gmac)
                {
                    SetIfDifferent(SlotKind.Encryption, encryption, cnsa ? (long)Encryption.AesGcm256 : encryption!.Value);
                    SetIfDifferent(SlotKind.EspIntegrity, integrity, cnsa ? (long)Integrity.AesGmac256 : gmac);
                }
                else if (GcmPairing.GcmFor(integrity) is long gcm && encryption != null && encryption != (long)Encryption.None)
                {
                    SetIfDifferent(SlotKind.Encryption, encryption, cnsa ? (long)Encryption.AesGcm256 : gcm);
                    SetIfDifferent(SlotKind.EspIntegrity, integrity, cnsa ? (long)Integrity.AesGmac256 : integrity!.Value);
                }
            }

            // AH+ESP needs one integrity for both; only a separate AH slot can differ.
            if (Value(SlotKind.Encapsulation) == (long)Encapsulation.AhAndEsp && _scope.Last(SlotKind.AhIntegrity)?.Kind == SlotKind.AhIntegrity &&
                Value(SlotKind.EspIntegrity) is long esp)
            {
                SetIfDifferent(SlotKind.AhIntegrity, Value(SlotKind.AhIntegrity), esp);
            }
        }

        /// <summary>Turns the planned values into edits of the expressions that supply them.</summary>
        public void AddTo(ProposalEdit edit)
        {
            foreach (var target in _targets)
            {
                var slot = _reported != null && Normalize(_reported.Kind) == target.Key ? _reported : _scope.Last(target.Key);
                if (slot?.Value == null || slot.Constant == target.Value)
                {
                    continue;
                }

                var member = MemberName(target.Key, target.Value);
                if (member == null)
                {
                    // A value the user cast from a number (e.g. (Integrity)77) that no member names: leave it to the analyzer's message.
                    continue;
                }

                var expression = slot == _reported && _reportedExpression != null ? _reportedExpression : slot.Value;
                edit.SetValue(expression, EnumName(target.Key), member);
            }
        }

        public static string EnumName(SlotKind kind)
        {
            switch (kind)
            {
                case SlotKind.Encryption: return nameof(Encryption);
                case SlotKind.Encapsulation: return nameof(Encapsulation);
                case SlotKind.KeyExchange: return nameof(DiffieHellmanGroup);
                case SlotKind.Pfs: return nameof(PfsGroup);
                default: return nameof(Integrity);
            }
        }

        public static string? MemberName(SlotKind kind, long value)
        {
            var type = kind == SlotKind.Encryption ? typeof(Encryption)
                : kind == SlotKind.Encapsulation ? typeof(Encapsulation)
                : kind == SlotKind.KeyExchange ? typeof(DiffieHellmanGroup)
                : kind == SlotKind.Pfs ? typeof(PfsGroup)
                : typeof(Integrity);
            return value >= int.MinValue && value <= int.MaxValue ? Enum.GetName(type, (int)value) : null;
        }

        // WithIntegrity sets ESP integrity: plan it as ESP integrity.
        private static SlotKind Normalize(SlotKind kind) => kind == SlotKind.AllIntegrity ? SlotKind.EspIntegrity : kind;

        private void SetIfDifferent(SlotKind kind, long? current, long wanted)
        {
            if (current != wanted)
            {
                Set(kind, wanted);
            }
        }
    }
}
