using System;
using System.Collections.Immutable;
using IpsecSdk.Analyzers.Infrastructure;
using IpsecSdk.Analyzers.Rules.Chains;
using IpsecSdk.Catalogue.Literals;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IpsecSdk.Analyzers.Rules
{
    /// <summary>
    /// Literal names, IDs, addresses and ports Windows would reject (113, 114), checked with the same literal
    /// checkers (<c>IpsecSdk.Catalogue.Literals</c>) the run-time validator uses.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LiteralAnalyzer : IpsecAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidName, Descriptors.InvalidAddressOrPort);

        private protected override void Register(CompilationStartAnalysisContext context, IpsecCompilation ipsec)
        {
            context.RegisterOperationAction(c => AnalyzeInvocation(c, ipsec.Symbols, (IInvocationOperation)c.Operation), OperationKind.Invocation);
            context.RegisterOperationAction(c => AnalyzeCreation(c, ipsec.Symbols, (IObjectCreationOperation)c.Operation), OperationKind.ObjectCreation);
            context.RegisterOperationAction(c => AnalyzeAssignment(c, ipsec.Symbols, (ISimpleAssignmentOperation)c.Operation), OperationKind.SimpleAssignment);
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, SdkSymbols symbols, IInvocationOperation call)
        {
            var method = call.TargetMethod;
            if (!symbols.IsSdkType(method.ContainingType))
            {
                return;
            }

            switch (method.Name)
            {
                case "WithLocalAddresses":
                case "WithRemoteAddresses":
                case "Tunnel":
                    CheckLeaves(context, call, "Address", AddressLiteral.Problem);
                    return;
                case "WithLocalPorts":
                case "WithRemotePorts":
                    CheckLeaves(context, call, "Port", PortLiteral.Problem);
                    return;
                default:
                    CheckNameArguments(context, call.Arguments);
                    return;
            }
        }

        private static void AnalyzeCreation(OperationAnalysisContext context, SdkSymbols symbols, IObjectCreationOperation creation)
        {
            if (creation.Constructor != null && symbols.IsSdkType(creation.Constructor.ContainingType))
            {
                CheckNameArguments(context, creation.Arguments);
            }
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context, SdkSymbols symbols, ISimpleAssignmentOperation assignment)
        {
            if (assignment.Parent is IObjectOrCollectionInitializerOperation && assignment.Target is IPropertyReferenceOperation target &&
                symbols.IsSdkType(target.Property.ContainingType) && IsNameMember(target.Property.Name) && target.Property.Type.SpecialType == SpecialType.System_String)
            {
                CheckName(context, assignment.Value);
            }
        }

        private static void CheckNameArguments(OperationAnalysisContext context, ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter != null && argument.Parameter.Type.SpecialType == SpecialType.System_String && IsNameMember(argument.Parameter.Name))
                {
                    CheckName(context, argument.Value);
                }
            }
        }

        private static void CheckName(OperationAnalysisContext context, IOperation value)
        {
            foreach (var leaf in ConstantResolver.Resolve(value, context.CancellationToken, out _))
            {
                if (leaf.Value is string text && NameLiteral.Problem(text) is string problem)
                {
                    Report(context, Descriptors.InvalidName, leaf, "Name", "The name or ID '" + text + "' " + problem + ".");
                }
            }
        }

        private static void CheckLeaves(OperationAnalysisContext context, IInvocationOperation call, string kind, Func<string?, string?> check)
        {
            foreach (var leaf in RuleFacts.StringLeaves(call, context.CancellationToken))
            {
                string? problem;
                string shown;
                if (leaf.Value is string text)
                {
                    problem = check(text);
                    shown = text;
                }
                else if (kind == "Port" && leaf.TryGetInt64(out var port))
                {
                    problem = PortLiteral.Problem(port);
                    shown = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                else
                {
                    continue;
                }

                if (problem != null)
                {
                    Report(context, Descriptors.InvalidAddressOrPort, leaf, kind, "The " + kind.ToLowerInvariant() + " '" + shown + "' " + problem + ".");
                }
            }
        }

        // Names and IDs by the SDK's parameter and property names: group (policy), id (rule, sets).
        private static bool IsNameMember(string name) =>
            string.Equals(name, "id", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "group", StringComparison.OrdinalIgnoreCase);

        private static void Report(OperationAnalysisContext context, DiagnosticDescriptor descriptor, ResolvedValue leaf, string kind, string message)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Kind, kind).Add(DiagnosticProperties.Shape, DiagnosticProperties.ShapeValue);
            context.ReportDiagnostic(Infrastructure.Report.Validity(descriptor, leaf.Source.GetLocation(), message, properties));
        }
    }
}
