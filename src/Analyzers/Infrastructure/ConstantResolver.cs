using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>
    /// Finds the compile-time constants an expression can evaluate to. Follows: literals, enum members and const
    /// fields; conversions; <c>static readonly</c> fields initialised with a constant (declared in the same file, no
    /// static constructor); locals assigned once at their declaration and never written again; both arms of
    /// <c>?:</c> and every arm of a switch expression. Anything else (parameters, method results, fields written
    /// elsewhere) is unknown and the rules stay silent on it.
    /// </summary>
    internal static class ConstantResolver
    {
        private const int MaxDepth = 8;

        /// <summary>The constant leaves of <paramref name="operation"/>; <paramref name="complete"/> is false when some leaf is not a constant.</summary>
        [MethodImpl(Hot.Path)]
        public static ImmutableArray<ResolvedValue> Resolve(IOperation? operation, CancellationToken cancellationToken, out bool complete)
        {
            // Fast path for the common case, a plain constant (enum member, literal): no builder.
            if (TryPlainConstant(operation, out var constant))
            {
                complete = true;
                return ImmutableArray.Create(constant);
            }

            var leaves = ImmutableArray.CreateBuilder<ResolvedValue>();
            complete = Collect(operation, leaves, 0, cancellationToken);
            return leaves.ToImmutable();
        }

        /// <summary>The single constant of <paramref name="operation"/>, when it has exactly one.</summary>
        [MethodImpl(Hot.Path)]
        public static bool TryResolveSingle(IOperation? operation, CancellationToken cancellationToken, out ResolvedValue value)
        {
            if (TryPlainConstant(operation, out value))
            {
                return true;
            }

            var leaves = Resolve(operation, cancellationToken, out var complete);
            if (complete && leaves.Length == 1)
            {
                value = leaves[0];
                return true;
            }

            value = default;
            return false;
        }

        /// <summary>A constant, possibly as an argument's value: the one leaf <see cref="Resolve"/> would find, without allocating.</summary>
        [MethodImpl(Hot.Path)]
        public static bool TryPlainConstant(IOperation? operation, out ResolvedValue value)
        {
            var plain = operation is IArgumentOperation argument ? argument.Value : operation;
            if (plain != null && plain.ConstantValue.HasValue)
            {
                value = new ResolvedValue(plain.ConstantValue.Value, plain.Syntax);
                return true;
            }

            value = default;
            return false;
        }

        [MethodImpl(Hot.Path)]
        private static bool Collect(IOperation? operation, ImmutableArray<ResolvedValue>.Builder leaves, int depth, CancellationToken cancellationToken)
        {
            if (operation == null || depth > MaxDepth)
            {
                return false;
            }

            if (operation.ConstantValue.HasValue)
            {
                leaves.Add(new ResolvedValue(operation.ConstantValue.Value, operation.Syntax));
                return true;
            }

            switch (operation)
            {
                case IArgumentOperation argument:
                    return Collect(argument.Value, leaves, depth + 1, cancellationToken);
                case IConversionOperation conversion:
                    return Collect(conversion.Operand, leaves, depth + 1, cancellationToken);
                case IConditionalOperation conditional when conditional.WhenFalse != null:
                    // Both arms are judged: a weak arm is reported at the arm even when the other is unknown.
                    var whenTrue = Collect(conditional.WhenTrue, leaves, depth + 1, cancellationToken);
                    var whenFalse = Collect(conditional.WhenFalse, leaves, depth + 1, cancellationToken);
                    return whenTrue && whenFalse;
                case ISwitchExpressionOperation switchExpression:
                    var all = true;
                    foreach (var arm in switchExpression.Arms)
                    {
                        all &= Collect(arm.Value, leaves, depth + 1, cancellationToken);
                    }

                    return all;
                case ILocalReferenceOperation local:
                    return Collect(SingleAssignment(local, cancellationToken), leaves, depth + 1, cancellationToken);
                case IFieldReferenceOperation field:
                    return Collect(StaticReadonlyInitializer(field, cancellationToken), leaves, depth + 1, cancellationToken);
                default:
                    return false;
            }
        }

        // The initializer of a local that is never written after its declaration, or null.
        private static IOperation? SingleAssignment(ILocalReferenceOperation reference, CancellationToken cancellationToken)
        {
            var local = reference.Local;
            var model = reference.SemanticModel;
            if (model == null || local.IsRef || local.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            if (!(local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax declarator) || declarator.Initializer == null ||
                declarator.SyntaxTree != model.SyntaxTree)
            {
                return null;
            }

            var scope = (SyntaxNode?)declarator.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => !(m is GlobalStatementSyntax)) ?? declarator.SyntaxTree.GetRoot(cancellationToken);
            if (IsWrittenAgain(scope, local, model, cancellationToken))
            {
                return null;
            }

            return model.GetOperation(declarator.Initializer.Value, cancellationToken);
        }

        private static bool IsWrittenAgain(SyntaxNode scope, ILocalSymbol local, SemanticModel model, CancellationToken cancellationToken)
        {
            foreach (var identifier in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (identifier.Identifier.ValueText == local.Name && IsWritePosition(identifier) &&
                    SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, local))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsWritePosition(ExpressionSyntax identifier)
        {
            // Climb through parentheses, tuples and casts-free wrappers to the construct that may write.
            SyntaxNode node = identifier;
            while (node.Parent is ParenthesizedExpressionSyntax || node.Parent is ArgumentSyntax { Parent: TupleExpressionSyntax } || node.Parent is TupleExpressionSyntax)
            {
                node = node.Parent;
            }

            switch (node.Parent)
            {
                case AssignmentExpressionSyntax assignment:
                    return assignment.Left == node || assignment.Left.Contains(node);
                case PrefixUnaryExpressionSyntax prefix:
                    return prefix.IsKind(SyntaxKind.PreIncrementExpression) || prefix.IsKind(SyntaxKind.PreDecrementExpression);
                case PostfixUnaryExpressionSyntax postfix:
                    return postfix.IsKind(SyntaxKind.PostIncrementExpression) || postfix.IsKind(SyntaxKind.PostDecrementExpression);
                case ArgumentSyntax argument:
                    return !argument.RefKindKeyword.IsKind(SyntaxKind.None) && !argument.RefKindKeyword.IsKind(SyntaxKind.InKeyword);
                case RefExpressionSyntax _:
                    return true;
                default:
                    return false;
            }
        }

        // The initializer of a static readonly field declared in the same file, when no static constructor could overwrite it.
        private static IOperation? StaticReadonlyInitializer(IFieldReferenceOperation reference, CancellationToken cancellationToken)
        {
            var field = reference.Field;
            var model = reference.SemanticModel;
            if (model == null || !field.IsStatic || !field.IsReadOnly || field.DeclaringSyntaxReferences.Length != 1 || HasStaticConstructor(field.ContainingType))
            {
                return null;
            }

            if (!(field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax declarator) || declarator.Initializer == null ||
                declarator.SyntaxTree != model.SyntaxTree)
            {
                return null;
            }

            return model.GetOperation(declarator.Initializer.Value, cancellationToken);
        }

        private static bool HasStaticConstructor(INamedTypeSymbol? type) =>
            type != null && type.StaticConstructors.Any(c => !c.IsImplicitlyDeclared);
    }
}
