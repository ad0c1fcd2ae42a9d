using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using IpsecSdk.Analyzers.Infrastructure;
using IpsecSdk.Analyzers.Rules.Chains;
using IpsecSdk.Analyzers.Rules.Tunnels;
using IpsecSdk.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IpsecSdk.Analyzers.Rules
{
    /// <summary>
    /// Literal names, IDs, addresses, ports and tunnel endpoints Windows would reject (113, 114, and 109 for endpoints).
    /// They go through the run-time validator's own parsers (<c>src/Sdk/Validation/Literals</c>, linked in), so both judge alike.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LiteralAnalyzer : IpsecOperationAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidName, Descriptors.InvalidAddressOrPort, Descriptors.InvalidTunnel);

        [MethodImpl(Hot.Path)]
        private protected override void AnalyzeInvocation(RuleContext context, IpsecCompilation ipsec, IInvocationOperation call)
        {
            var method = call.TargetMethod;
            switch (method.Name)
            {
                case "WithLocalAddresses":
                case "WithRemoteAddresses":
                    CheckLeaves(context, call, "Address", AddressProblem);
                    return;
                case "Tunnel":
                    TunnelChecks.CheckCall(context, call);
                    return;
                case "WithLocalPorts":
                    CheckLeaves(context, call, "Port", text => PortProblem(text, local: true));
                    return;
                case "WithRemotePorts":
                    CheckLeaves(context, call, "Port", text => PortProblem(text, local: false));
                    return;
                case "WithDisplayName":
                    CheckNameArguments(context, call.Arguments, reservedAll: true);
                    return;
                default:
                    // AddRule(id, ...) also names the rule: the builder uses the ID as display name.
                    CheckNameArguments(context, call.Arguments, reservedAll: method.Name == "AddRule");
                    return;
            }
        }

        [MethodImpl(Hot.Path)]
        private protected override void AnalyzeCreation(RuleContext context, IpsecCompilation ipsec, IObjectCreationOperation creation)
        {
            if (creation.Constructor != null)
            {
                CheckNameArguments(context, creation.Arguments, reservedAll: false);
            }

            if (creation.Initializer != null && SdkSymbols.Is(creation.Type, ipsec.Symbols.ConnectionSecurityRule))
            {
                TunnelChecks.CheckInitializer(context, creation.Initializer);
            }
        }

        [MethodImpl(Hot.Path)]
        private protected override void AnalyzeAssignment(RuleContext context, IpsecCompilation ipsec, ISimpleAssignmentOperation assignment)
        {
            var symbols = ipsec.Symbols;
            if (assignment.Parent is IObjectOrCollectionInitializerOperation && assignment.Target is IPropertyReferenceOperation target &&
                target.Property.Type.SpecialType == SpecialType.System_String)
            {
                if (IsNameMember(target.Property.Name))
                {
                    CheckName(context, assignment.Value, reservedAll: false);
                }
                else if (target.Property.Name == "DisplayName" && SdkSymbols.Is(target.Property.ContainingType, symbols.ConnectionSecurityRule))
                {
                    CheckName(context, assignment.Value, reservedAll: true);
                }
            }
        }

        [MethodImpl(Hot.Path)]
        private static void CheckNameArguments(RuleContext context, ImmutableArray<IArgumentOperation> arguments, bool reservedAll)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter != null && argument.Parameter.Type.SpecialType == SpecialType.System_String && (IsNameMember(argument.Parameter.Name) || argument.Parameter.Name == "displayName"))
                {
                    CheckName(context, argument.Value, reservedAll);
                }
            }
        }

        [MethodImpl(Hot.Path)]
        private static void CheckName(RuleContext context, IOperation value, bool reservedAll)
        {
            foreach (var leaf in ConstantResolver.Resolve(value, context.CancellationToken, out _))
            {
                if (leaf.Value is string text && NameProblem(text, reservedAll) is string problem)
                {
                    Infrastructure.Report.Literal(context, Descriptors.InvalidName, leaf.Source, "Name", "The name or ID '" + text + "' " + problem + ".");
                }
            }
        }

        [MethodImpl(Hot.Path)]
        private static void CheckLeaves(RuleContext context, IInvocationOperation call, string kind, Func<string?, string?> check)
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
                    // int ports become their decimal text in the builder.
                    shown = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    problem = check(shown);
                }
                else
                {
                    continue;
                }

                if (problem != null)
                {
                    Infrastructure.Report.Literal(context, Descriptors.InvalidAddressOrPort, leaf.Source, kind, "The " + kind.ToLowerInvariant() + " '" + shown + "' is invalid: " + problem + ".");
                }
            }
        }

        // The same three conditions as the validator's NameRules: not blank, no '|', and (rule names only) not "all".
        private static string? NameProblem(string text, bool reservedAll)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return "must not be blank";
            }

            if (text.IndexOf("|", StringComparison.Ordinal) >= 0)
            {
                return "must not contain '|' (Windows' field separator)";
            }

            return reservedAll && string.Equals(text.Trim(), "all", StringComparison.OrdinalIgnoreCase) ? "is reserved (netsh uses 'all' for every rule)" : null;
        }

        private static string? AddressProblem(string? text) => text != null && AddressLiteral.Parse(text, out var problem) == null ? problem : null;

        private static string? PortProblem(string? text, bool local) => text != null && PortLiteral.Parse(text, local, out var problem) == null ? problem : null;

        // Names and IDs by the SDK's parameter and property names: group (policy), id (rule, sets).
        private static bool IsNameMember(string name) =>
            string.Equals(name, "id", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "group", StringComparison.OrdinalIgnoreCase);
    }
}
