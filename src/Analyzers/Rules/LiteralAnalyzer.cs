using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using IpsecSdk.Analyzers.Infrastructure;
using IpsecSdk.Analyzers.Rules.Chains;
using IpsecSdk.Analyzers.Rules.Names;
using IpsecSdk.Analyzers.Rules.Tunnels;
using IpsecSdk.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IpsecSdk.Analyzers.Rules
{
    /// <summary>
    /// Literal names, IDs, addresses, ports, tunnel endpoints and authorization lists Windows would reject (113, 114, 115,
    /// and 109 for endpoints).
    /// They go through the run-time validator's own parsers (<c>src/Sdk/Validation/Literals</c>, linked in), so both judge alike.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LiteralAnalyzer : IpsecOperationAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidName, Descriptors.InvalidAddressOrPort, Descriptors.InvalidTunnel, Descriptors.InvalidAuthorization, Descriptors.MissingPart, Descriptors.InvalidSecurityCombination);

        // The string properties that hold SDDL (rule and global settings), checked like Build() does.
        private static readonly string[] SddlProperties =
        {
            "AuthorizedMachinesSddl", "AuthorizedUsersSddl", "RemoteMachineTunnelAuthorizationList", "RemoteUserTunnelAuthorizationList",
            "RemoteMachineTransportAuthorizationList", "RemoteUserTransportAuthorizationList",
        };

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
                case "AuthenticateWithCertificate":
                case "AuthenticateUserWithCertificate":
                case "AuthenticateWithHealthCertificate":
                    CheckAuthority(context, call.Arguments.Length > 0 && call.Arguments[0].Parameter?.Name == "authority" ? call.Arguments[0].Value : null);
                    return;
                case "AuthenticateWithPresharedKey":
                    if (call.Arguments.Length == 1 && call.Arguments[0].Value.ConstantValue is { HasValue: true, Value: "" })
                    {
                        Infrastructure.Report.Literal(context, Descriptors.MissingPart, call.Arguments[0].Value.Syntax, "Key", "The pre-shared key is empty; a pre-shared key proposal needs the key (better: use certificates, see IPSEC006).");
                    }

                    return;
                case "WithSecurity":
                    CheckSecurityPair(context, call);
                    return;
                case "AuthenticateWithKerberos":
                case "AuthenticateUserWithKerberos":
                    CheckProxy(context, call.Arguments.Length > 0 && call.Arguments[0].Parameter?.Name == "proxy" ? call.Arguments[0].Value : null);
                    return;
                case "AuthorizeMachines":
                case "AuthorizeUsers":
                    CheckSddl(context, call.Arguments.Length == 1 ? call.Arguments[0].Value : null);
                    return;
                case "WithDisplayName":
                    NameChecks.CheckArguments(context, call.Arguments, reservedAll: true);
                    return;
                case "AddRule" when SdkSymbols.Is(method.ContainingType, ipsec.Symbols.PolicyBuilder):
                    NameChecks.CheckRuleId(context, ipsec.Symbols, call);
                    return;
                default:
                    NameChecks.CheckArguments(context, call.Arguments, reservedAll: false);
                    return;
            }
        }

        [MethodImpl(Hot.Path)]
        private protected override void AnalyzeCreation(RuleContext context, IpsecCompilation ipsec, IObjectCreationOperation creation)
        {
            if (creation.Constructor != null)
            {
                NameChecks.CheckArguments(context, creation.Arguments, reservedAll: false);
            }

            if (creation.Initializer != null && SdkSymbols.Is(creation.Type, ipsec.Symbols.ConnectionSecurityRule))
            {
                TunnelChecks.CheckInitializer(context, creation.Initializer);
            }
        }

        [MethodImpl(Hot.Path)]
        private protected override void AnalyzeAssignment(RuleContext context, IpsecCompilation ipsec, ISimpleAssignmentOperation assignment)
        {
            if (assignment.Parent is IObjectOrCollectionInitializerOperation && assignment.Target is IPropertyReferenceOperation target &&
                target.Property.Type.SpecialType == SpecialType.System_String)
            {
                if (Array.IndexOf(SddlProperties, target.Property.Name) >= 0)
                {
                    CheckSddl(context, assignment.Value);
                    return;
                }

                if (target.Property.Name == "CertificateAuthority")
                {
                    CheckAuthority(context, assignment.Value);
                    return;
                }

                if (target.Property.Name == "KerberosProxy")
                {
                    CheckProxy(context, assignment.Value);
                    return;
                }

                NameChecks.CheckMember(context, ipsec.Symbols, target.Property, assignment.Value);
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

        // The string the compiler sees in a value, or null.
        private static string? ConstantText(IOperation? value) => value != null && value.ConstantValue.HasValue ? value.ConstantValue.Value as string : null;

        private static void CheckSddl(RuleContext context, IOperation? value)
        {
            if (ConstantText(value) is string text && SddlLiteral.Problem(text) is string problem)
            {
                Infrastructure.Report.Literal(context, Descriptors.InvalidAuthorization, value!.Syntax, "Authorization", "The authorization list '" + text + "' is invalid: " + problem + ".");
            }
        }

        // A blank CA is Build()'s "needs the trusted CA's X.500 name" (IPSEC116); anything else must be an X.500 name (IPSEC113).
        private static void CheckAuthority(RuleContext context, IOperation? value)
        {
            if (!(ConstantText(value) is string text))
            {
                return;
            }

            if (text.Trim().Length == 0)
            {
                Infrastructure.Report.Literal(context, Descriptors.MissingPart, value!.Syntax, "Name", "The CA name is blank; a certificate proposal needs the trusted CA's X.500 name, e.g. 'CN=Contoso Root CA, DC=contoso, DC=com'.");
            }
            else if (DistinguishedNameLiteral.Problem(text) is string problem)
            {
                Infrastructure.Report.Literal(context, Descriptors.InvalidName, value!.Syntax, "Name", "The CA name '" + text + "' is not an X.500 name Windows accepts: " + problem + ".");
            }
        }

        // WithSecurity(inbound, outbound) with both constant: outbound may not demand more than inbound (IPSEC118, as Build()).
        private static void CheckSecurityPair(RuleContext context, IInvocationOperation call)
        {
            if (call.Arguments.Length == 2 && call.Arguments[0].Value.ConstantValue is { HasValue: true, Value: int inbound } &&
                call.Arguments[1].Value.ConstantValue is { HasValue: true, Value: int outbound } && inbound < outbound)
            {
                Infrastructure.Report.Literal(context, Descriptors.InvalidSecurityCombination, call.Syntax, "Security",
                    "Inbound " + (SecurityAction)inbound + " with outbound " + (SecurityAction)outbound + " is not a combination Windows accepts; outbound may never demand more than inbound.");
            }
        }

        private static void CheckProxy(RuleContext context, IOperation? value)
        {
            if (ConstantText(value) is string text && HostNameLiteral.Problem(text) is string problem)
            {
                Infrastructure.Report.Literal(context, Descriptors.InvalidName, value!.Syntax, "Name", "The Kerberos proxy '" + text + "' is not the proxy's FQDN: " + problem + ".");
            }
        }

        private static string? AddressProblem(string? text) => text != null && AddressLiteral.Parse(text, out var problem) == null ? problem : null;

        private static string? PortProblem(string? text, bool local) => text != null && PortLiteral.Parse(text, local, out var problem) == null ? problem : null;
    }
}
