using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using IpsecSdk.Analyzers.Infrastructure;
using IpsecSdk.Analyzers.Rules.Chains;
using IpsecSdk.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IpsecSdk.Analyzers.Rules
{
    /// <summary>
    /// Judges what only a whole chain shows: one <c>IpsecPolicy.Create(...)...</c> fluent chain with its
    /// protection requirement, settings and <c>AddRule(id, r => ...)</c> lambdas. Request mode (007) and master-key
    /// PFS (010) against the protection requirement; Kerberos towards the Internet (008); CRL checking off with
    /// certificates (011); anonymous only (014); Kerberos with <c>NoDefaultExempt = false</c> (016); and the validity
    /// rules between calls of one rule (108, 109, 110, 111, 112). Also Request mode in <c>new ConnectionSecurityRule { ... }</c>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PolicyChainAnalyzer : IpsecOperationAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.ClearTextFallback,
            Descriptors.KerberosOutsideDomain,
            Descriptors.MasterKeyPfsOff,
            Descriptors.NoRevocationCheck,
            Descriptors.NoMutualAuthentication,
            Descriptors.KerberosExempt,
            Descriptors.PortsWithoutTcpUdp,
            Descriptors.InvalidTunnel,
            Descriptors.IkeV2Authentication,
            Descriptors.Phase2NeedsAuthIP,
            Descriptors.PskWithNtlm,
            Descriptors.InvalidAddressOrPort);

        [MethodImpl(Hot.Path)]
        private protected override void AnalyzeInvocation(RuleContext context, IpsecCompilation ipsec, IInvocationOperation top)
        {
            var symbols = ipsec.Symbols;
            if (!IsPolicyBuilderCall(symbols, top) || (top.Parent is IInvocationOperation outer && outer.Instance == top && IsPolicyBuilderCall(symbols, outer)))
            {
                // Only the outermost call of a chain analyses the chain, so each chain is judged once.
                return;
            }

            var calls = new List<IInvocationOperation>();
            IOperation? current = top;
            while (current is IInvocationOperation call && IsPolicyBuilderCall(symbols, call))
            {
                calls.Add(call);
                current = call.Instance;
            }

            calls.Reverse();
            var pack = context.Pack;
            var policyRequirement = KnownRoot(symbols, current) ? PolicyRequirement(calls, context) : null;
            var rules = new List<RuleFacts>();
            foreach (var call in calls)
            {
                if (call.TargetMethod.Name != "AddRule")
                {
                    continue;
                }

                var lambda = OperationHelpers.Lambda(OperationHelpers.Argument(call, "configure"));
                if (lambda != null)
                {
                    var facts = RuleFacts.Read(symbols, context.Block, lambda, context.CancellationToken);
                    rules.Add(facts);
                    RuleChecks.Run(facts, call, policyRequirement, pack, context.Sink);
                }
            }

            foreach (var call in calls)
            {
                if (call.TargetMethod.Name == "WithSettings")
                {
                    SettingsChecks(context, symbols, call, rules, pack);
                }
            }
        }

        // A chain that starts at IpsecPolicy.Create(...) or new IpsecPolicyBuilder(...) shows every policy-level setting.
        private static bool KnownRoot(SdkSymbols symbols, IOperation? root) =>
            (root is IInvocationOperation create && create.TargetMethod.Name == "Create" && SdkSymbols.Is(create.TargetMethod.ContainingType, symbols.IpsecPolicy)) ||
            (root is IObjectCreationOperation creation && SdkSymbols.Is(creation.Type, symbols.PolicyBuilder));

        [MethodImpl(Hot.Path)]
        private static ProtectionRequirement? PolicyRequirement(List<IInvocationOperation> calls, RuleContext context)
        {
            ProtectionRequirement? requirement = ProtectionRequirement.Normal;
            foreach (var call in calls)
            {
                if (call.TargetMethod.Name != "WithProtectionRequirement")
                {
                    continue;
                }

                requirement = call.Arguments.Length == 1 && ConstantResolver.TryResolveSingle(call.Arguments[0].Value, context.CancellationToken, out var value) && value.TryGetInt64(out var number)
                    ? (ProtectionRequirement)number
                    : (ProtectionRequirement?)null;
            }

            return requirement;
        }

        private static void SettingsChecks(RuleContext context, SdkSymbols symbols, IInvocationOperation call, List<RuleFacts> rules, BaselinePack pack)
        {
            var lambda = OperationHelpers.Lambda(OperationHelpers.Argument(call, "configure"));
            if (lambda == null)
            {
                return;
            }

            var usesCertificates = rules.Any(r => r.UsesCertificates);
            var usesKerberos = rules.Any(r => r.UsesKerberos);
            foreach (var assignment in context.Block.AssignmentsWithin(lambda))
            {
                if (!(assignment.Parent is IObjectOrCollectionInitializerOperation) || !(assignment.Target is IPropertyReferenceOperation target) ||
                    !SdkSymbols.Is(target.Property.ContainingType, symbols.GlobalIpsecSettings))
                {
                    continue;
                }

                foreach (var leaf in ConstantResolver.Resolve(assignment.Value, context.CancellationToken, out _))
                {
                    if (target.Property.Name == "CertValidationLevel" && usesCertificates && leaf.TryGetInt64(out var level))
                    {
                        context.ReportIfAny(ChoiceJudge.Judge(ChoiceKind.CertValidationLevel, CryptoPhase.MainMode, level, pack, leaf.Source));
                    }
                    else if (target.Property.Name == "NoDefaultExempt" && usesKerberos && leaf.Value is bool exempt && !exempt)
                    {
                        var properties = IpsecCompilation.Properties(pack, "NoDefaultExempt", DiagnosticProperties.ShapeValue);
                        context.ReportIfAny(ChoiceJudge.Security(BaselineCatalogue.KerberosExempt, pack, leaf.Source.GetLocation(), properties, "true"));
                    }
                }
            }
        }

        // new ConnectionSecurityRule { InboundSecurity = SecurityAction.Request, ProtectionRequirement = ... }: the record's
        // own requirement is the lower bound of the effective one (the policy may raise it; Build() judges that).
        [MethodImpl(Hot.Path)]
        private protected override void AnalyzeCreation(RuleContext context, IpsecCompilation ipsec, IObjectCreationOperation creation)
        {
            if (!SdkSymbols.Is(creation.Type, ipsec.Symbols.ConnectionSecurityRule) || creation.Initializer == null)
            {
                return;
            }

            ProtectionRequirement? requirement = ProtectionRequirement.Normal;
            IsolationZone? zone = IsolationZone.Isolated;
            var requests = new List<ResolvedValue>();
            foreach (var assignment in creation.Initializer.Initializers.OfType<ISimpleAssignmentOperation>())
            {
                var name = (assignment.Target as IPropertyReferenceOperation)?.Property.Name;
                if (name == "ProtectionRequirement")
                {
                    requirement = ConstantResolver.TryResolveSingle(assignment.Value, context.CancellationToken, out var value) && value.TryGetInt64(out var number) ? (ProtectionRequirement)number : (ProtectionRequirement?)null;
                }
                else if (name == "Zone")
                {
                    zone = ConstantResolver.TryResolveSingle(assignment.Value, context.CancellationToken, out var value) && value.TryGetInt64(out var number) ? (IsolationZone)number : (IsolationZone?)null;
                }
                else if (name == "InboundSecurity" || name == "OutboundSecurity")
                {
                    requests.AddRange(ConstantResolver.Resolve(assignment.Value, context.CancellationToken, out _).Where(l => l.TryGetInt64(out var action) && action == (long)SecurityAction.Request));
                }
            }

            // A zone the analyzer cannot see may be a boundary zone: then it says nothing rather than warn about intended request mode.
            if (requirement == null || !EnumValues<ProtectionRequirement>.IsDefined((long)requirement.Value) || zone == null)
            {
                return;
            }

            var pack = context.Pack;
            var boundary = zone == IsolationZone.Boundary;
            foreach (var request in requests)
            {
                var properties = IpsecCompilation.Properties(pack, ChoiceKind.SecurityAction.ToString(), DiagnosticProperties.ShapeValue);
                context.ReportIfAny(ChoiceJudge.Security(BaselineCatalogue.RequestMode(requirement.Value, zone.Value), pack, request.Source.GetLocation(), RuleChecks.Declared(properties, boundary), "Require"));
            }
        }

        [MethodImpl(Hot.Path)]
        private static bool IsPolicyBuilderCall(SdkSymbols symbols, IInvocationOperation call) =>
            SdkSymbols.Is(call.TargetMethod.ContainingType, symbols.PolicyBuilder);
    }
}
