using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>Small questions about operations that several rules ask.</summary>
    internal static class OperationHelpers
    {
        /// <summary>The phase a type belongs to by its name (MainMode* or QuickMode*), or null.</summary>
        [MethodImpl(Hot.Path)]
        public static CryptoPhase? PhaseOf(ITypeSymbol? type)
        {
            var name = type?.Name ?? "";
            if (name.StartsWith("MainMode", System.StringComparison.Ordinal))
            {
                return CryptoPhase.MainMode;
            }

            return name.StartsWith("QuickMode", System.StringComparison.Ordinal) ? CryptoPhase.QuickMode : (CryptoPhase?)null;
        }

        /// <summary>The location of the method name of an invocation (<c>UseAh</c> in <c>p.UseAh()</c>), else the whole invocation.</summary>
        public static Location NameLocation(IInvocationOperation invocation) => NameNode(invocation).GetLocation();

        /// <summary>The method name of an invocation (<c>UseAh</c> in <c>p.UseAh()</c>), else the whole invocation.</summary>
        public static SyntaxNode NameNode(IInvocationOperation invocation)
        {
            if (invocation.Syntax is InvocationExpressionSyntax syntax)
            {
                switch (syntax.Expression)
                {
                    case MemberAccessExpressionSyntax member:
                        return member.Name;
                    case MemberBindingExpressionSyntax binding:
                        return binding.Name;
                    case SimpleNameSyntax name:
                        return name;
                    default:
                        break;
                }
            }

            return invocation.Syntax;
        }

        /// <summary>Start of the method name of an invocation (source order key; allocates nothing, unlike <see cref="NameLocation"/>).</summary>
        [MethodImpl(Hot.Path)]
        public static int NameStart(IInvocationOperation invocation)
        {
            if (invocation.Syntax is InvocationExpressionSyntax syntax)
            {
                switch (syntax.Expression)
                {
                    case MemberAccessExpressionSyntax member:
                        return member.Name.SpanStart;
                    case MemberBindingExpressionSyntax binding:
                        return binding.Name.SpanStart;
                    case SimpleNameSyntax name:
                        return name.SpanStart;
                    default:
                        break;
                }
            }

            return invocation.Syntax.SpanStart;
        }

        /// <summary>The argument bound to the parameter named <paramref name="name"/>, or null.</summary>
        [MethodImpl(Hot.Path)]
        public static IArgumentOperation? Argument(IInvocationOperation invocation, string name)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == name)
                {
                    return argument;
                }
            }

            return null;
        }

        /// <summary>The lambda passed as <paramref name="argument"/>, or null.</summary>
        [MethodImpl(Hot.Path)]
        public static IAnonymousFunctionOperation? Lambda(IArgumentOperation? argument) =>
            (WithoutConversions(argument?.Value) as IDelegateCreationOperation)?.Target as IAnonymousFunctionOperation;

        /// <summary>
        /// The elements of a list value the analyzer can see: an array (the implicit <c>T[] -> ValueList&lt;T&gt;</c>
        /// conversion) or <c>ValueList.Of(params T[])</c>; empty for anything else.
        /// </summary>
        public static IEnumerable<IOperation> ListElements(IOperation value)
        {
            var list = WithoutConversions(value);
            if (list is IInvocationOperation of && of.TargetMethod.Name == "Of" && of.TargetMethod.ContainingType?.Name == "ValueList" && of.Arguments.Length == 1)
            {
                list = WithoutConversions(of.Arguments[0].Value);
            }

            return list is IArrayCreationOperation array && array.Initializer != null ? array.Initializer.ElementValues : Enumerable.Empty<IOperation>();
        }

        /// <summary><paramref name="operation"/> with any implicit or explicit conversions around it removed.</summary>
        public static IOperation? WithoutConversions(IOperation? operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>The invocation whose argument is the lambda enclosing <paramref name="operation"/> (the nearest one), or null.</summary>
        public static IInvocationOperation? InvocationTakingEnclosingLambda(IOperation operation)
        {
            for (var current = operation.Parent; current != null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation)
                {
                    for (var up = current.Parent; up != null; up = up.Parent)
                    {
                        if (up is IInvocationOperation invocation)
                        {
                            return invocation;
                        }

                        if (!(up is IDelegateCreationOperation || up is IConversionOperation || up is IArgumentOperation))
                        {
                            return null;
                        }
                    }

                    return null;
                }
            }

            return null;
        }

        /// <summary>True inside the lambda of <c>IpsecPolicyBuilder.WithSettings(s => ...)</c>.</summary>
        public static bool IsInsidePolicySettings(SdkSymbols symbols, IOperation operation)
        {
            var invocation = InvocationTakingEnclosingLambda(operation);
            return invocation != null && invocation.TargetMethod.Name == "WithSettings" && SdkSymbols.Is(invocation.TargetMethod.ContainingType, symbols.PolicyBuilder);
        }
    }
}
