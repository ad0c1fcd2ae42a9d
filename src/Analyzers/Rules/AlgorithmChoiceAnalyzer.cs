using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using IpsecSdk.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IpsecSdk.Analyzers.Rules
{
    /// <summary>
    /// Judges each constant choice on its own wherever a policy is configured: builder arguments, model constructors,
    /// object initializers and <c>with</c> expressions (<see cref="SdkSymbols.IsConfigurationType"/>; catalogue queries and
    /// other reads are never judged). Integrity, encryption (and their validity per phase), key
    /// exchange, PFS, AH, signing, key module, PSK/NTLM methods and lifetimes.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AlgorithmChoiceAnalyzer : IpsecOperationAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.WeakIntegrity,
            Descriptors.WeakEncryption,
            Descriptors.WeakKeyExchange,
            Descriptors.PfsOff,
            Descriptors.AhEncapsulation,
            Descriptors.PresharedKey,
            Descriptors.LongLifetime,
            Descriptors.NoRevocationCheck,
            Descriptors.Ntlm,
            Descriptors.IkeV1,
            Descriptors.WeakCertificateSigning,
            Descriptors.GcmInMainMode,
            Descriptors.Sha384InQuickMode,
            Descriptors.LifetimeOutOfRange);

        [MethodImpl(Hot.Path)]
        private protected override void AnalyzeInvocation(RuleContext context, IpsecCompilation ipsec, IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var pack = context.Pack;
            var shaped = MethodShapedChoice(ipsec.Symbols, method, out var kind, out var value, out var replacement);
            if (shaped)
            {
                context.ReportIfAny(ChoiceJudge.Judge(kind, CryptoPhase.QuickMode, value, pack, OperationHelpers.NameNode(invocation), DiagnosticProperties.ShapeMethod, replacement));
            }

            if (!EncapsulationLeavesUnused(ipsec.Symbols, context.Block, invocation, context.CancellationToken))
            {
                AnalyzeArguments(context, ipsec, method, invocation.Arguments, pack);
            }
        }

        // As the evaluator: ESP members of an AH-only proposal, and AH integrity of an ESP-only one, are never used.
        [MethodImpl(Hot.Path)]
        private static bool EncapsulationLeavesUnused(SdkSymbols symbols, SdkOperations block, IInvocationOperation invocation, System.Threading.CancellationToken cancellationToken)
        {
            var member = invocation.TargetMethod.Name;
            if (!SdkSymbols.Is(invocation.TargetMethod.ContainingType, symbols.QuickModeProposalBuilder) || (member != "WithEncryption" && member != "WithEspIntegrity" && member != "WithAhIntegrity"))
            {
                return false;
            }

            var addProposal = OperationHelpers.InvocationTakingEnclosingLambda(invocation);
            var lambda = addProposal == null ? null : OperationHelpers.Lambda(OperationHelpers.Argument(addProposal, "configure"));
            if (addProposal == null || lambda == null || !SdkSymbols.Is(addProposal.TargetMethod.ContainingType, symbols.QuickModeSetBuilder))
            {
                return false;
            }

            var encapsulation = Proposals.QuickModeProposalModel.FromBuilderLambda(addProposal, lambda, symbols, block, cancellationToken).Encapsulation.Value;
            return member == "WithAhIntegrity" ? encapsulation == Encapsulation.Esp : encapsulation == Encapsulation.Ah;
        }

        [MethodImpl(Hot.Path)]
        private protected override void AnalyzeCreation(RuleContext context, IpsecCompilation ipsec, IObjectCreationOperation creation)
        {
            var constructor = creation.Constructor;
            if (constructor != null)
            {
                AnalyzeArguments(context, ipsec, constructor, creation.Arguments, context.Pack);
            }
        }

        [MethodImpl(Hot.Path)]
        private static void AnalyzeArguments(RuleContext context, IpsecCompilation ipsec, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, Catalogue.BaselinePack pack)
        {
            var phase = OperationHelpers.PhaseOf(method.ContainingType);
            foreach (var argument in arguments)
            {
                if (argument.Parameter == null || argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                var kind = KindOfParameter(ipsec.Symbols, method, argument.Parameter);
                if (kind == ChoiceKind.None)
                {
                    continue;
                }

                var paired = PairedArgument(kind, arguments, context.CancellationToken);
                Judge(context, kind, phase, argument.Value, pack, paired);
            }
        }

        [MethodImpl(Hot.Path)]
        private protected override void AnalyzeAssignment(RuleContext context, IpsecCompilation ipsec, ISimpleAssignmentOperation assignment)
        {
            if (!(assignment.Parent is IObjectOrCollectionInitializerOperation initializer) || !(assignment.Target is IPropertyReferenceOperation target))
            {
                return;
            }

            var property = target.Property;
            var kind = KindOfProperty(ipsec.Symbols, property);
            if (kind == ChoiceKind.None || (kind == ChoiceKind.CertValidationLevel && OperationHelpers.IsInsidePolicySettings(ipsec.Symbols, assignment)))
            {
                // Inside a policy chain's WithSettings the CRL level is judged together with the chain's authentication.
                return;
            }

            if (SdkSymbols.Is(property.ContainingType, ipsec.Symbols.QuickModeProposal) && UnusedByEncapsulation(property.Name, initializer, context.CancellationToken))
            {
                return;
            }

            var paired = PairedInitializer(kind, initializer, context.CancellationToken);
            Judge(context, kind, OperationHelpers.PhaseOf(property.ContainingType), assignment.Value, context.Pack, paired);
        }

        // In a QuickModeProposal initializer: ESP members with Encapsulation = Ah, AH integrity with ESP (the default).
        private static bool UnusedByEncapsulation(string member, IObjectOrCollectionInitializerOperation initializer, System.Threading.CancellationToken cancellationToken)
        {
            if (member != "Encryption" && member != "EspIntegrity" && member != "AhIntegrity")
            {
                return false;
            }

            long? encapsulation = (long)Encapsulation.Esp;
            foreach (var sibling in initializer.Initializers)
            {
                if (sibling is ISimpleAssignmentOperation assignment && (assignment.Target as IPropertyReferenceOperation)?.Property.Name == "Encapsulation")
                {
                    encapsulation = ConstantResolver.TryResolveSingle(assignment.Value, cancellationToken, out var value) && value.TryGetInt64(out var number) ? number : (long?)null;
                }
            }

            // A with-expression keeps its base's encapsulation, which the analyzer cannot see unless set here.
            if (initializer.Parent is IWithOperation && encapsulation == (long)Encapsulation.Esp && !initializer.Initializers.OfType<ISimpleAssignmentOperation>().Any(a => (a.Target as IPropertyReferenceOperation)?.Property.Name == "Encapsulation"))
            {
                return false;
            }

            return member == "AhIntegrity" ? encapsulation == (long)Encapsulation.Esp : encapsulation == (long)Encapsulation.Ah;
        }

        [MethodImpl(Hot.Path)]
        private static void Judge(RuleContext context, ChoiceKind kind, CryptoPhase? phase, IOperation value, Catalogue.BaselinePack pack, long? paired)
        {
            if ((kind == ChoiceKind.Integrity || kind == ChoiceKind.Encryption || kind == ChoiceKind.LifetimeMinutes) && phase == null)
            {
                return;
            }

            // Nearly every value is one plain constant: judge it without collecting leaves (and without resolving twice).
            if (ConstantResolver.TryPlainConstant(value, out var single))
            {
                JudgeLeaf(context, kind, phase, single, pack, paired);
                return;
            }

            foreach (var leaf in ConstantResolver.Resolve(value, context.CancellationToken, out _))
            {
                JudgeLeaf(context, kind, phase, leaf, pack, paired);
            }
        }

        [MethodImpl(Hot.Path)]
        private static void JudgeLeaf(RuleContext context, ChoiceKind kind, CryptoPhase? phase, ResolvedValue leaf, Catalogue.BaselinePack pack, long? paired)
        {
            if (!leaf.TryGetInt64(out var number))
            {
                return;
            }

            switch (kind)
            {
                case ChoiceKind.LifetimeMinutes:
                    context.ReportIfAny(ChoiceJudge.LifetimeMinutes(phase ?? CryptoPhase.QuickMode, number, pack, leaf.Source.GetLocation()));
                    break;
                case ChoiceKind.LifetimeKilobytes:
                    context.ReportIfAny(ChoiceJudge.LifetimeKilobytes(number, leaf.Source.GetLocation()));
                    break;
                default:
                    context.ReportIfAny(ChoiceJudge.Judge(kind, phase ?? CryptoPhase.QuickMode, number, pack, leaf.Source, paired: paired));
                    break;
            }
        }

        // Choices made by calling a method rather than passing a value.
        [MethodImpl(Hot.Path)]
        private static bool MethodShapedChoice(SdkSymbols symbols, IMethodSymbol method, out ChoiceKind kind, out long value, out string? replacement)
        {
            kind = ChoiceKind.None;
            value = 0;
            replacement = null;
            if (SdkSymbols.Is(method.ContainingType, symbols.QuickModeProposalBuilder))
            {
                kind = ChoiceKind.Encapsulation;
                replacement = "";
                switch (method.Name)
                {
                    case "UseAh": value = (long)Encapsulation.Ah; return true;
                    case "UseAhAndEsp": value = (long)Encapsulation.AhAndEsp; return true;
                    default: return false;
                }
            }

            if (SdkSymbols.Is(method.ContainingType, symbols.RuleBuilder))
            {
                kind = ChoiceKind.AuthenticationMethod;
                switch (method.Name)
                {
                    case "AuthenticateWithPresharedKey": value = (long)AuthenticationMethod.PresharedKey; return true;
                    case "AuthenticateWithNtlm": value = (long)AuthenticationMethod.MachineNtlm; return true;
                    case "AuthenticateUserWithNtlm": value = (long)AuthenticationMethod.UserNtlm; return true;
                    default: return false;
                }
            }

            return false;
        }

        [MethodImpl(Hot.Path)]
        private static ChoiceKind KindOfParameter(SdkSymbols symbols, IMethodSymbol method, IParameterSymbol parameter)
        {
            if (method.Name == "WithLifetime")
            {
                return parameter.Name == "minutes" ? ChoiceKind.LifetimeMinutes : parameter.Name == "kilobytes" ? ChoiceKind.LifetimeKilobytes : ChoiceKind.None;
            }

            var kind = symbols.KindOf(parameter.Type);
            // Request mode depends on the rule's protection requirement: RuleChainAnalyzer judges it.
            return kind == ChoiceKind.SecurityAction ? ChoiceKind.None : kind;
        }

        [MethodImpl(Hot.Path)]
        private static ChoiceKind KindOfProperty(SdkSymbols symbols, IPropertySymbol property)
        {
            switch (property.Name)
            {
                case "LifetimeMinutes": return ChoiceKind.LifetimeMinutes;
                case "LifetimeKilobytes": return ChoiceKind.LifetimeKilobytes;
                default:
                    var kind = symbols.KindOf(property.Type);
                    return kind == ChoiceKind.SecurityAction ? ChoiceKind.None : kind;
            }
        }

        // The other algorithm of the same proposal (integrity <-> encryption), when it is one constant.
        [MethodImpl(Hot.Path)]
        private static long? PairedArgument(ChoiceKind kind, ImmutableArray<IArgumentOperation> arguments, CancellationToken cancellationToken)
        {
            var wanted = Partner(kind);
            if (wanted == null)
            {
                return null;
            }

            foreach (var argument in arguments)
            {
                if (argument.Parameter != null && argument.Parameter.Type.Name == wanted && ConstantResolver.TryResolveSingle(argument.Value, cancellationToken, out var value) && value.TryGetInt64(out var number))
                {
                    return number;
                }
            }

            return null;
        }

        [MethodImpl(Hot.Path)]
        private static long? PairedInitializer(ChoiceKind kind, IObjectOrCollectionInitializerOperation initializer, CancellationToken cancellationToken)
        {
            var wanted = Partner(kind);
            if (wanted == null)
            {
                return null;
            }

            foreach (var sibling in initializer.Initializers)
            {
                if (sibling is ISimpleAssignmentOperation assignment && assignment.Target is IPropertyReferenceOperation property && property.Property.Type.Name == wanted &&
                    ConstantResolver.TryResolveSingle(assignment.Value, cancellationToken, out var value) && value.TryGetInt64(out var number))
                {
                    return number;
                }
            }

            return null;
        }

        private static string? Partner(ChoiceKind kind) =>
            kind == ChoiceKind.Integrity ? nameof(Encryption) : kind == ChoiceKind.Encryption ? nameof(Integrity) : null;
    }
}
