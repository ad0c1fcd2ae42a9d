using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using IpsecSdk.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>
    /// The operations of one operation block that the rule families look at: invocations of SDK methods, creations of SDK
    /// types, assignments to SDK properties and references to SDK-typed parameters. Collected once per block for all
    /// analyzers of the package, so no rule walks an operation tree again.
    /// </summary>
    internal sealed class SdkOperations
    {
        /// <summary>No operations.</summary>
        public static readonly SdkOperations Empty = new SdkOperations(Array.Empty<IOperation>(), Array.Empty<int>(), default);

        [ThreadStatic]
        private static Stack<IOperation>? t_pending;

        [ThreadStatic]
        private static List<IOperation>? t_found;

        // The start of each operation's syntax, computed once: a node's start walks down to its first token.
        private readonly int[] _starts;

        [MethodImpl(Hot.Path)]
        private SdkOperations(IOperation[] operations, int[] starts, BaselinePack pack)
        {
            Pack = pack;
            Operations = ImmutableArray.Create(operations);
            _starts = starts;
            Invocations = OfKind<IInvocationOperation>(operations);
            Creations = OfKind<IObjectCreationOperation>(operations);
            Assignments = OfKind<ISimpleAssignmentOperation>(operations);
        }

        /// <summary>The baseline pack of the block's file (looked up once per block, not once per analyzer).</summary>
        public BaselinePack Pack { get; }

        /// <summary>All of them, ordered by the start of their syntax.</summary>
        public ImmutableArray<IOperation> Operations { get; }

        /// <summary>The invocations of SDK methods, by position (the calls of one chain share a start, in no set order).</summary>
        public ImmutableArray<IInvocationOperation> Invocations { get; }

        /// <summary>The creations of SDK types, by position.</summary>
        public ImmutableArray<IObjectCreationOperation> Creations { get; }

        /// <summary>The assignments to SDK properties, by position.</summary>
        public ImmutableArray<ISimpleAssignmentOperation> Assignments { get; }

        /// <summary>
        /// The SDK invocations inside <paramref name="scope"/> (a lambda, say) of a method of <paramref name="type"/>
        /// (named <paramref name="name"/>, if given) or of <paramref name="orType"/>, in the order a fluent chain runs them: by
        /// the position of the method name.
        /// </summary>
        [MethodImpl(Hot.Path)]
        public List<IInvocationOperation> CallsWithin(IOperation scope, INamedTypeSymbol? type, string? name = null, INamedTypeSymbol? orType = null)
        {
            var span = scope.Syntax.Span;
            var first = FirstAt(span.Start);
            var calls = new List<IInvocationOperation>(Math.Min(Operations.Length - first, 16));
            for (var i = first; i < Operations.Length && _starts[i] < span.End; i++)
            {
                if (Operations[i] is IInvocationOperation call && (name == null || call.TargetMethod.Name == name) &&
                    (SdkSymbols.Is(call.TargetMethod.ContainingType, type) || SdkSymbols.Is(call.TargetMethod.ContainingType, orType)))
                {
                    calls.Add(call);
                }
            }

            calls.Sort(ByNameStart);
            return calls;
        }

        /// <summary>The assignments to SDK properties inside <paramref name="scope"/>, in source order.</summary>
        [MethodImpl(Hot.Path)]
        public List<ISimpleAssignmentOperation> AssignmentsWithin(IOperation scope)
        {
            var assignments = new List<ISimpleAssignmentOperation>();
            var span = scope.Syntax.Span;
            for (var i = FirstAt(span.Start); i < Operations.Length && _starts[i] < span.End; i++)
            {
                if (Operations[i] is ISimpleAssignmentOperation assignment)
                {
                    assignments.Add(assignment);
                }
            }

            return assignments;
        }

        /// <summary>True when every reference to <paramref name="parameter"/> inside <paramref name="scope"/> satisfies <paramref name="condition"/>.</summary>
        [MethodImpl(Hot.Path)]
        public bool AllReferencesWithin<TState>(IOperation scope, IParameterSymbol parameter, Func<IParameterReferenceOperation, TState, bool> condition, TState state)
        {
            var span = scope.Syntax.Span;
            for (var i = FirstAt(span.Start); i < Operations.Length && _starts[i] < span.End; i++)
            {
                if (Operations[i] is IParameterReferenceOperation reference &&
                    SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter) && !condition(reference, state))
                {
                    return false;
                }
            }

            return true;
        }

        // The index of the first collected operation starting at or after position (binary search: they are sorted by start).
        // Syntax nests, so an operation that starts inside a scope's span lies inside it: the callers compare starts only.
        [MethodImpl(Hot.Path)]
        private int FirstAt(int position)
        {
            int low = 0, high = Operations.Length;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (_starts[middle] < position)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }

        /// <summary>Walks <paramref name="block"/> (the operations Roslyn's operation actions would see) for SDK operations; a block with some also gets its file's pack.</summary>
        [MethodImpl(Hot.Path)]
        public static SdkOperations Collect(IOperation block, IpsecCompilation ipsec)
        {
            var symbols = ipsec.Symbols;
            // An explicit stack, not recursion (expressions nest arbitrarily deep), and scratch lists reused per thread:
            // this walk visits every operation of the consumer's code, and allocations here cost GC pauses in the compiler.
            var pending = t_pending ?? (t_pending = new Stack<IOperation>(64));
            var found = t_found ?? (t_found = new List<IOperation>(32));
            try
            {
                pending.Push(block);
                while (pending.Count > 0)
                {
                    var operation = pending.Pop();
                    if (TouchesSdk(operation, symbols))
                    {
                        found.Add(operation);
                    }

                    foreach (var child in operation.ChildOperations)
                    {
                        pending.Push(child);
                    }
                }

                if (found.Count == 0)
                {
                    return Empty;
                }

                var operations = found.ToArray();
                var starts = new int[operations.Length];
                for (var i = 0; i < operations.Length; i++)
                {
                    starts[i] = operations[i].Syntax.SpanStart;
                }

                Array.Sort(starts, operations);
                return new SdkOperations(operations, starts, ipsec.PackFor(block.Syntax.SyntaxTree));
            }
            finally
            {
                pending.Clear();
                found.Clear();
            }
        }

        private static readonly Comparison<IInvocationOperation> ByNameStart = CompareNameStarts;

        [MethodImpl(Hot.Path)]
        private static int CompareNameStarts(IInvocationOperation a, IInvocationOperation b) => OperationHelpers.NameStart(a).CompareTo(OperationHelpers.NameStart(b));

        [MethodImpl(Hot.Path)]
        private static ImmutableArray<T> OfKind<T>(IOperation[] operations)
            where T : class, IOperation
        {
            var count = 0;
            foreach (var operation in operations)
            {
                count += operation is T ? 1 : 0;
            }

            if (count == 0)
            {
                return ImmutableArray<T>.Empty;
            }

            var builder = ImmutableArray.CreateBuilder<T>(count);
            foreach (var operation in operations)
            {
                if (operation is T typed)
                {
                    builder.Add(typed);
                }
            }

            return builder.MoveToImmutable();
        }

        [MethodImpl(Hot.Path)]
        private static bool TouchesSdk(IOperation operation, SdkSymbols symbols)
        {
            switch (operation.Kind)
            {
                case OperationKind.Invocation:
                    return symbols.IsConfigurationType(((IInvocationOperation)operation).TargetMethod.ContainingType);
                case OperationKind.ObjectCreation:
                    return symbols.IsConfigurationType(((IObjectCreationOperation)operation).Type);
                case OperationKind.SimpleAssignment:
                    return ((ISimpleAssignmentOperation)operation).Target is IPropertyReferenceOperation target && symbols.IsConfigurationType(target.Property.ContainingType);
                case OperationKind.ParameterReference:
                    // Builder parameters of configuration lambdas: the chain rules check they are only used as receivers.
                    return symbols.IsConfigurationType(((IParameterReferenceOperation)operation).Parameter.Type);
                default:
                    return false;
            }
        }
    }
}
