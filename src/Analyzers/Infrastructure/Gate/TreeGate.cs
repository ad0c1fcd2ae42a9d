using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace IpsecSdk.Analyzers.Infrastructure.Gate
{
    /// <summary>
    /// Where in one file SDK operations can be: the positions of its candidate tokens, found from syntax alone. A
    /// declaration whose operation blocks hold none of them has no SDK operation, so its operation trees are not walked.
    /// Most files of an ordinary code base that uses the SDK in a few places have no candidate at all.
    /// </summary>
    /// <remarks>
    /// Candidates: identifiers in <see cref="SdkNames"/> (settable property names only as an assignment's target); target-typed <c>new()</c> and collection expressions (they
    /// create a type they do not name); nested collection initializers, query expressions and interpolated strings when the SDK
    /// has a method they call without naming it. Structured trivia (doc comments, directives) is not searched: it holds no
    /// operation. The equality of every test's diagnostics with the gate on and off is checked by the analyzer tests.
    /// </remarks>
    internal sealed class TreeGate
    {
        /// <summary>A gate that lets everything through (the SDK is not <see cref="SdkNames.Sound"/>, or the gate is switched off).</summary>
        public static readonly TreeGate Open = new TreeGate(null);

        // Sorted (tokens come in source order); null for Open.
        private readonly int[]? _positions;

        private TreeGate(int[]? positions) => _positions = positions;

        /// <summary>The gate of <paramref name="tree"/>.</summary>
        public static TreeGate For(SyntaxTree tree, SdkNames names, System.Threading.CancellationToken cancellationToken)
        {
            if (!names.Sound)
            {
                return Open;
            }

            var positions = new List<int>();
            foreach (var token in tree.GetRoot(cancellationToken).DescendantTokens())
            {
                if (IsCandidate(token, names))
                {
                    positions.Add(token.SpanStart);
                }
            }

            return new TreeGate(positions.ToArray());
        }

        /// <summary>True when <paramref name="span"/> holds a candidate token, i.e. may hold an SDK operation.</summary>
        public bool MayHold(TextSpan span)
        {
            if (_positions == null)
            {
                return true;
            }

            var index = Array.BinarySearch(_positions, span.Start);
            var first = index >= 0 ? index : ~index;
            return first < _positions.Length && _positions[first] < span.End;
        }

        // Name = … (initializers, with), x.Name = …, x?.Name = … (C# 14), (x.Name) = …: the simple assignments the rules collect.
        private static bool IsAssignmentTarget(SyntaxToken token)
        {
            SyntaxNode? target = token.Parent;
            if (!(target is IdentifierNameSyntax))
            {
                return false;
            }

            if (target.Parent is MemberAccessExpressionSyntax access && access.Name == target)
            {
                target = access;
            }
            else if (target.Parent is MemberBindingExpressionSyntax binding)
            {
                // x?.Name = v parses as x?.(.Name = v): the assignment sits inside the conditional access.
                target = binding;
            }

            while (target.Parent is ParenthesizedExpressionSyntax parenthesized)
            {
                target = parenthesized;
            }

            return target.Parent is AssignmentExpressionSyntax assignment && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Left == target;
        }

        private static bool IsCandidate(SyntaxToken token, SdkNames names)
        {
            switch (token.Kind())
            {
                case SyntaxKind.IdentifierToken:
                    return names.Contains(token.ValueText) || (names.IsAssignable(token.ValueText) && IsAssignmentTarget(token));
                case SyntaxKind.NewKeyword:
                    return token.Parent.IsKind(SyntaxKind.ImplicitObjectCreationExpression);
                case SyntaxKind.OpenBracketToken:
                    return token.Parent.IsKind(SyntaxKind.CollectionExpression);
                case SyntaxKind.OpenBraceToken:
                    // Only a nested one (Items = { a, b }) adds to an object it does not name; new T { a, b } names T.
                    return names.CollectionInitializers && token.Parent.IsKind(SyntaxKind.CollectionInitializerExpression) && token.Parent!.Parent.IsKind(SyntaxKind.SimpleAssignmentExpression);
                case SyntaxKind.FromKeyword:
                    return names.Queries && token.Parent.IsKind(SyntaxKind.FromClause);
                case SyntaxKind.InterpolatedStringStartToken:
                case SyntaxKind.InterpolatedVerbatimStringStartToken:
                case SyntaxKind.InterpolatedSingleLineRawStringStartToken:
                case SyntaxKind.InterpolatedMultiLineRawStringStartToken:
                    return names.InterpolatedStrings;
                default:
                    return false;
            }
        }
    }
}
