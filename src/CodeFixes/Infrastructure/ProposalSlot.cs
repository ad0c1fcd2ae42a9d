using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IpsecSdk.CodeFixes.Infrastructure
{
    /// <summary>One place in the source that sets a slot of a proposal: an argument, an initializer assignment or a method call.</summary>
    internal sealed class ProposalSlot
    {
        public ProposalSlot(SlotKind kind, ExpressionSyntax? value, long? constant, SyntaxNode owner)
        {
            Kind = kind;
            Value = value;
            Constant = constant;
            Owner = owner;
        }

        public SlotKind Kind { get; }

        /// <summary>The expression that supplies the value; null for method-shaped choices such as <c>UseAh()</c>.</summary>
        public ExpressionSyntax? Value { get; }

        /// <summary>The value when the compiler knows it.</summary>
        public long? Constant { get; }

        /// <summary>The argument, assignment or invocation that holds the value.</summary>
        public SyntaxNode Owner { get; }

        /// <summary>True when setting this slot sets <paramref name="kind"/> (WithIntegrity sets both ESP and AH integrity).</summary>
        public bool Sets(SlotKind kind) =>
            Kind == kind || (Kind == SlotKind.AllIntegrity && (kind == SlotKind.EspIntegrity || kind == SlotKind.AhIntegrity));
    }
}
