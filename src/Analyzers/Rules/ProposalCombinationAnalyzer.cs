using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using IpsecSdk.Analyzers.Infrastructure;
using IpsecSdk.Analyzers.Rules.Proposals;
using IpsecSdk.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IpsecSdk.Analyzers.Rules
{
    /// <summary>
    /// Validity of algorithm combinations inside one proposal (builder call, record initializer, or a <c>with</c> that
    /// sets the members combined) or one crypto set: AH+ESP integrity mismatch (103),
    /// ESP with neither integrity nor encryption (104), AES-GCM without the matching GMAC (105), and main-mode
    /// proposals with different key-exchange groups (106) in one <c>UseMainMode(m => ...)</c> lambda or one
    /// <c>Proposals = ...</c> of a <c>MainModeCryptoSet</c> initializer.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ProposalCombinationAnalyzer : IpsecOperationAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.AhEspIntegrityMismatch,
            Descriptors.EspWithoutProtection,
            Descriptors.GcmPairing,
            Descriptors.MixedKeyExchange);

        [MethodImpl(Hot.Path)]
        private protected override void AnalyzeInvocation(RuleContext context, IpsecCompilation ipsec, IInvocationOperation call)
        {
            var symbols = ipsec.Symbols;
            var type = call.TargetMethod.ContainingType;
            if (SdkSymbols.Is(type, symbols.QuickModeSetBuilder))
            {
                if (call.TargetMethod.Name == "AddEspProposal")
                {
                    Check(context, QuickModeProposalModel.FromEspProposal(call, context.CancellationToken));
                }
                else if (call.TargetMethod.Name == "AddProposal" && OperationHelpers.Lambda(OperationHelpers.Argument(call, "configure")) is IAnonymousFunctionOperation lambda)
                {
                    Check(context, QuickModeProposalModel.FromBuilderLambda(call, lambda, symbols, context.Block, context.CancellationToken));
                }
            }
            else if (SdkSymbols.Is(type, symbols.RuleBuilder) && call.TargetMethod.Name == "UseMainMode" &&
                     OperationHelpers.Lambda(OperationHelpers.Argument(call, "configure")) is IAnonymousFunctionOperation mainMode)
            {
                CheckKeyExchangeGroups(context, symbols, mainMode);
            }
        }

        [MethodImpl(Hot.Path)]
        private protected override void AnalyzeCreation(RuleContext context, IpsecCompilation ipsec, IObjectCreationOperation creation)
        {
            var symbols = ipsec.Symbols;
            if (SdkSymbols.Is(creation.Type, symbols.QuickModeProposal))
            {
                Check(context, QuickModeProposalModel.FromCreation(creation, context.CancellationToken));
            }
        }

        [MethodImpl(Hot.Path)]
        private static void Check(RuleContext context, QuickModeProposalModel proposal)
        {
            var encapsulation = proposal.Encapsulation.Value;
            if (encapsulation == null || encapsulation == Encapsulation.Ah)
            {
                // AH only: ESP members do not apply. Unknown encapsulation: nothing certain to say.
                return;
            }

            var esp = proposal.EspIntegrity;
            var encryption = proposal.Encryption;
            if (esp.Value == Integrity.None && encryption.Value == Encryption.None)
            {
                Report(context, Descriptors.EspWithoutProtection, encryption.Source ?? esp.Source ?? proposal.Origin, "An ESP proposal needs integrity, encryption or both; this one has neither.");
            }

            if (esp.Value is Integrity espValue && encryption.Value is Encryption encryptionValue)
            {
                var wantedIntegrity = CryptoFacts.IsGcm(encryptionValue) ? CryptoFacts.MatchingGmac(encryptionValue) : (Integrity?)null;
                if (wantedIntegrity != null && espValue != wantedIntegrity)
                {
                    Report(context, Descriptors.GcmPairing, esp.Source ?? encryption.Source ?? proposal.Origin, encryption.Value + " encryption needs " + wantedIntegrity + " ESP integrity, not " + esp.Value + ".", (DiagnosticProperties.Suggested, wantedIntegrity.ToString()));
                }
                else if (CryptoFacts.IsGmac(espValue) && encryptionValue != Encryption.None && !CryptoFacts.IsGcm(encryptionValue))
                {
                    var wantedEncryption = CryptoFacts.MatchingGcm(espValue);
                    Report(context, Descriptors.GcmPairing, encryption.Source ?? esp.Source ?? proposal.Origin, espValue + " ESP integrity needs " + wantedEncryption + " encryption or none, not " + encryptionValue + ".", (DiagnosticProperties.Suggested, wantedEncryption.ToString()));
                }
            }

            var ah = proposal.AhIntegrity;
            if (encapsulation == Encapsulation.AhAndEsp && ah.Value != null && esp.Value != null && ah.Value != Integrity.None && esp.Value != Integrity.None && ah.Value != esp.Value)
            {
                Report(context, Descriptors.AhEspIntegrityMismatch, ah.Source ?? esp.Source ?? proposal.Origin, "AH integrity " + ah.Value + " and ESP integrity " + esp.Value + " differ; with AH and ESP together both must be the same.");
            }
        }

        [MethodImpl(Hot.Path)]
        private static void CheckKeyExchangeGroups(RuleContext context, SdkSymbols symbols, IAnonymousFunctionOperation mainMode)
        {
            var groups = new List<(DiffieHellmanGroup Group, SyntaxNode Source)>();
            foreach (var proposal in context.Block.CallsWithin(mainMode, symbols.MainModeSetBuilder, "AddProposal"))
            {
                var group = KeyExchangeOf(proposal, symbols, context);
                if (group != null)
                {
                    groups.Add(group.Value);
                }
            }

            ReportMixed(context, groups);
        }

        // proposal with { ... } (quick mode); new MainModeCryptoSet { Proposals = new[] { new MainModeProposal(...), ... } },
        // ValueList.Of(...) and `with` alike.
        private protected override void AnalyzeAssignment(RuleContext context, IpsecCompilation ipsec, ISimpleAssignmentOperation assignment)
        {
            var symbols = ipsec.Symbols;
            if (assignment.Parent is IObjectOrCollectionInitializerOperation { Parent: IWithOperation with } initializer && SdkSymbols.Is(with.Type, symbols.QuickModeProposal))
            {
                // proposal with { ... }: judged once, at its first member.
                if (initializer.Initializers[0] == assignment)
                {
                    Check(context, QuickModeProposalModel.FromWith(with, context.CancellationToken));
                }

                return;
            }

            if (!(assignment.Target is IPropertyReferenceOperation target) || target.Property.Name != "Proposals" || !SdkSymbols.Is(target.Property.ContainingType, symbols.MainModeCryptoSet))
            {
                return;
            }

            var groups = new List<(DiffieHellmanGroup Group, SyntaxNode Source)>();
            foreach (var element in OperationHelpers.ListElements(assignment.Value))
            {
                if (OperationHelpers.WithoutConversions(element) is IObjectCreationOperation proposal && SdkSymbols.Is(proposal.Type, symbols.MainModeProposal) && KeyExchangeOf(proposal, context) is { } group)
                {
                    groups.Add(group);
                }
            }

            ReportMixed(context, groups);
        }

        // new MainModeProposal(encryption, integrity, keyExchange) { KeyExchange = ... }: the initializer wins, then the
        // constructor argument, else the record's default (ECP-384); null when the deciding value is not a constant.
        private static (DiffieHellmanGroup Group, SyntaxNode Source)? KeyExchangeOf(IObjectCreationOperation proposal, RuleContext context)
        {
            var assigned = proposal.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>()
                .LastOrDefault(a => (a.Target as IPropertyReferenceOperation)?.Property.Name == "KeyExchange");
            if (assigned != null)
            {
                return Group(assigned.Value, context);
            }

            var argument = proposal.Arguments.FirstOrDefault(a => a.Parameter?.Name == "keyExchange" && a.ArgumentKind != ArgumentKind.DefaultValue);
            return argument != null ? Group(argument.Value, context) : (DiffieHellmanGroup.Dh20, proposal.Syntax);
        }

        // Every proposal of one set must use the first one's group: each other group is reported where it was chosen.
        private static void ReportMixed(RuleContext context, List<(DiffieHellmanGroup Group, SyntaxNode Source)> groups)
        {
            if (groups.Count < 2)
            {
                return;
            }

            var first = groups[0].Group;
            foreach (var (group, source) in groups.Skip(1).Where(g => g.Group != first))
            {
                Report(context, Descriptors.MixedKeyExchange, source, "Every proposal of a main-mode crypto set must use the same key-exchange group: " + group + " differs from " + first + " of the first proposal.", (DiagnosticProperties.Suggested, first.ToString()));
            }
        }

        // The key-exchange group of one AddProposal call and the expression that chose it; null when not a constant.
        [MethodImpl(Hot.Path)]
        private static (DiffieHellmanGroup Group, SyntaxNode Source)? KeyExchangeOf(IInvocationOperation proposal, SdkSymbols symbols, RuleContext context)
        {
            var keyExchange = OperationHelpers.Argument(proposal, "keyExchange");
            if (keyExchange != null)
            {
                return Group(keyExchange, context);
            }

            var lambda = OperationHelpers.Lambda(OperationHelpers.Argument(proposal, "configure"));
            if (lambda == null)
            {
                return null;
            }

            var last = context.Block.CallsWithin(lambda, symbols.MainModeProposalBuilder, "WithKeyExchange").LastOrDefault();

            // Without WithKeyExchange the proposal keeps the builder's default (ECP-384, group 20).
            return last == null ? (DiffieHellmanGroup.Dh20, proposal.Syntax) : last.Arguments.Length == 1 ? Group(last.Arguments[0], context) : null;
        }

        private static (DiffieHellmanGroup Group, SyntaxNode Source)? Group(IOperation value, RuleContext context) =>
            ConstantResolver.TryResolveSingle(value, context.CancellationToken, out var resolved) && resolved.TryGetInt64(out var number)
                ? ((DiffieHellmanGroup)number, resolved.Source)
                : ((DiffieHellmanGroup, SyntaxNode)?)null;

        private static void Report(RuleContext context, DiagnosticDescriptor descriptor, SyntaxNode location, string message, (string Key, string Value)? property = null)
        {
            var properties = property == null ? null : ImmutableDictionary<string, string?>.Empty.Add(property.Value.Key, property.Value.Value);
            context.ReportDiagnostic(Infrastructure.Report.Validity(descriptor, location.GetLocation(), message, properties));
        }
    }
}
