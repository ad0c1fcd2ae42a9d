using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace IpsecSdk.CodeFixes.Infrastructure
{
    /// <summary>
    /// The proposal around a reported expression: every slot set in the same call, initializer or builder chain,
    /// so a fix can keep the proposal consistent (e.g. change GCM encryption and its GMAC integrity together).
    /// </summary>
    internal sealed class ProposalScope
    {
        private ProposalScope(CryptoPhase? phase, bool defaultsKnown, IReadOnlyList<ProposalSlot> slots)
        {
            Phase = phase;
            DefaultsKnown = defaultsKnown;
            Slots = slots;
        }

        /// <summary>Main or quick mode, when the API used says which.</summary>
        public CryptoPhase? Phase { get; }

        /// <summary>True when unset slots hold the SDK's defaults (a fresh proposal builder or <c>new ...Proposal</c>).</summary>
        public bool DefaultsKnown { get; }

        /// <summary>The slots in evaluation order (later ones win).</summary>
        public IReadOnlyList<ProposalSlot> Slots { get; }

        /// <summary>The last slot that sets <paramref name="kind"/>, if any.</summary>
        public ProposalSlot? Last(SlotKind kind) => Slots.LastOrDefault(s => s.Sets(kind));

        /// <summary>The slot held by <paramref name="owner"/> (an argument, assignment or invocation).</summary>
        public ProposalSlot? SlotOf(SyntaxNode owner) => Slots.FirstOrDefault(s => s.Owner == owner);

        /// <summary>The value the proposal ends up with for <paramref name="kind"/>, when it is known.</summary>
        public long? Effective(SlotKind kind)
        {
            var last = Last(kind);
            if (last != null)
            {
                return last.Constant;
            }

            return DefaultsKnown ? Defaults.Of(Phase, kind) : null;
        }

        /// <summary>The scope of the reported node, or null when it is not part of a proposal the fixer understands.</summary>
        public static ProposalScope? Find(SemanticModel model, SyntaxNode reported, out SyntaxNode? owner, CancellationToken cancellationToken)
        {
            owner = null;
            if (MethodShapedCall(reported) is InvocationExpressionSyntax call)
            {
                owner = call;
                return FromInvocation(model, call, cancellationToken);
            }

            switch (reported)
            {
                case InvocationExpressionSyntax invocation:
                    return FromInvocation(model, invocation, cancellationToken);
                case BaseObjectCreationExpressionSyntax creation:
                    return FromCreation(model, creation, cancellationToken);
            }

            var value = ValueRoot(reported);
            switch (value.Parent)
            {
                case ArgumentSyntax argument when argument.Parent?.Parent is InvocationExpressionSyntax invocation:
                    owner = argument;
                    return FromInvocation(model, invocation, cancellationToken);
                case ArgumentSyntax argument when argument.Parent?.Parent is BaseObjectCreationExpressionSyntax creation:
                    owner = argument;
                    return FromCreation(model, creation, cancellationToken);
                case AssignmentExpressionSyntax assignment when assignment.Right == value && assignment.Parent is InitializerExpressionSyntax initializer:
                    owner = assignment;
                    return FromInitializer(model, initializer, cancellationToken);
                default:
                    return null;
            }
        }

        /// <summary>A scope of one slot: the reported value alone, when it stands outside any proposal the fixer understands (e.g. a local).</summary>
        public static ProposalScope Single(CryptoPhase? phase, ProposalSlot slot) => new ProposalScope(phase, defaultsKnown: false, new[] { slot });

        /// <summary>Every argument or initializer slot of <paramref name="kind"/> below <paramref name="node"/> (e.g. all key-exchange groups of one main-mode set).</summary>
        public static IEnumerable<ProposalSlot> SlotsBelow(SemanticModel model, SyntaxNode node, SlotKind kind, CancellationToken cancellationToken)
        {
            foreach (var list in node.DescendantNodesAndSelf().OfType<ArgumentListSyntax>())
            {
                foreach (var slot in ArgumentSlots(model, list, cancellationToken))
                {
                    if (slot.Kind == kind)
                    {
                        yield return slot;
                    }
                }
            }

            foreach (var initializer in node.DescendantNodesAndSelf().OfType<InitializerExpressionSyntax>())
            {
                foreach (var slot in InitializerSlots(model, initializer, cancellationToken))
                {
                    if (slot.Kind == kind)
                    {
                        yield return slot;
                    }
                }
            }
        }

        /// <summary>The invocation whose method name is <paramref name="node"/> (<c>UseAh</c> in <c>p.UseAh()</c>), if it is one.</summary>
        public static InvocationExpressionSyntax? MethodShapedCall(SyntaxNode node) =>
            node is SimpleNameSyntax name && name.Parent is MemberAccessExpressionSyntax access && access.Name == name && access.Parent is InvocationExpressionSyntax invocation && invocation.Expression == access
                ? invocation
                : null;

        /// <summary>The expression that stands in the argument or assignment: the reported one, or a conditional, cast or parentheses around it.</summary>
        public static SyntaxNode ValueRoot(SyntaxNode reported)
        {
            var node = reported;
            while (node.Parent is ParenthesizedExpressionSyntax || node.Parent is CastExpressionSyntax ||
                   (node.Parent is ConditionalExpressionSyntax conditional && conditional.Condition != node))
            {
                node = node.Parent;
            }

            return node;
        }

        private static ProposalScope? FromInvocation(SemanticModel model, InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
        {
            if (!(model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method))
            {
                return null;
            }

            if (SdkTypes.IsProposalBuilder(method.ContainingType))
            {
                var chain = Chain(model, invocation, method.ContainingType, cancellationToken);
                var slots = chain.SelectMany(c => SlotsOfCall(model, c, cancellationToken)).ToList();
                return new ProposalScope(SdkTypes.PhaseOf(method.ContainingType), defaultsKnown: true, slots);
            }

            return new ProposalScope(SdkTypes.PhaseOf(method.ContainingType), defaultsKnown: false, ArgumentSlots(model, invocation.ArgumentList, cancellationToken).ToList());
        }

        private static ProposalScope? FromCreation(SemanticModel model, BaseObjectCreationExpressionSyntax creation, CancellationToken cancellationToken)
        {
            var type = model.GetTypeInfo(creation, cancellationToken).Type;
            var slots = ArgumentSlots(model, creation.ArgumentList, cancellationToken).ToList();
            if (creation.Initializer != null)
            {
                slots.AddRange(InitializerSlots(model, creation.Initializer, cancellationToken));
            }

            return new ProposalScope(SdkTypes.PhaseOf(type), SdkTypes.IsProposalRecord(type), slots);
        }

        private static ProposalScope? FromInitializer(SemanticModel model, InitializerExpressionSyntax initializer, CancellationToken cancellationToken)
        {
            switch (initializer.Parent)
            {
                case BaseObjectCreationExpressionSyntax creation:
                    return FromCreation(model, creation, cancellationToken);
                case WithExpressionSyntax with:
                    return new ProposalScope(SdkTypes.PhaseOf(model.GetTypeInfo(with, cancellationToken).Type), defaultsKnown: false, InitializerSlots(model, initializer, cancellationToken).ToList());
                default:
                    return null;
            }
        }

        // Every call of the same builder chained with this one (p.UseAh().WithIntegrity(..).WithEncryption(..)), innermost first.
        private static List<InvocationExpressionSyntax> Chain(SemanticModel model, InvocationExpressionSyntax invocation, ITypeSymbol builder, CancellationToken cancellationToken)
        {
            var top = invocation;
            while (top.Parent is MemberAccessExpressionSyntax access && access.Expression == top && access.Parent is InvocationExpressionSyntax outer && IsCallOn(model, outer, builder, cancellationToken))
            {
                top = outer;
            }

            var chain = new List<InvocationExpressionSyntax>();
            for (ExpressionSyntax? current = top; current is InvocationExpressionSyntax call && IsCallOn(model, call, builder, cancellationToken);)
            {
                chain.Add(call);
                current = (call.Expression as MemberAccessExpressionSyntax)?.Expression;
            }

            chain.Reverse();
            return chain;
        }

        private static bool IsCallOn(SemanticModel model, InvocationExpressionSyntax call, ITypeSymbol builder, CancellationToken cancellationToken) =>
            model.GetSymbolInfo(call, cancellationToken).Symbol is IMethodSymbol method && SymbolEqualityComparer.Default.Equals(method.ContainingType, builder);

        private static IEnumerable<ProposalSlot> SlotsOfCall(SemanticModel model, InvocationExpressionSyntax call, CancellationToken cancellationToken)
        {
            var name = (call.Expression as MemberAccessExpressionSyntax)?.Name.Identifier.ValueText;
            if (name == "UseAh" || name == "UseAhAndEsp")
            {
                return new[] { new ProposalSlot(SlotKind.Encapsulation, null, name == "UseAh" ? (long)Encapsulation.Ah : (long)Encapsulation.AhAndEsp, call) };
            }

            return ArgumentSlots(model, call.ArgumentList, cancellationToken);
        }

        private static IEnumerable<ProposalSlot> ArgumentSlots(SemanticModel model, ArgumentListSyntax? arguments, CancellationToken cancellationToken)
        {
            if (arguments == null)
            {
                yield break;
            }

            foreach (var argument in arguments.Arguments)
            {
                if (model.GetOperation(argument, cancellationToken) is IArgumentOperation operation && operation.Parameter != null)
                {
                    var kind = SdkTypes.Classify(operation.Parameter.ContainingSymbol, operation.Parameter.Type, operation.Parameter.Name);
                    if (kind != SlotKind.None)
                    {
                        yield return new ProposalSlot(kind, argument.Expression, ConstantOf(model, argument.Expression, cancellationToken), argument);
                    }
                }
            }
        }

        private static IEnumerable<ProposalSlot> InitializerSlots(SemanticModel model, InitializerExpressionSyntax initializer, CancellationToken cancellationToken)
        {
            foreach (var assignment in initializer.Expressions.OfType<AssignmentExpressionSyntax>())
            {
                if (model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol is IPropertySymbol property)
                {
                    var kind = SdkTypes.Classify(property, property.Type, property.Name);
                    if (kind != SlotKind.None)
                    {
                        yield return new ProposalSlot(kind, assignment.Right, ConstantOf(model, assignment.Right, cancellationToken), assignment);
                    }
                }
            }
        }

        private static long? ConstantOf(SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken)
        {
            var constant = model.GetConstantValue(expression, cancellationToken);
            return constant.HasValue && constant.Value is IConvertible convertible ? convertible.ToInt64(System.Globalization.CultureInfo.InvariantCulture) : (long?)null;
        }
    }
}
