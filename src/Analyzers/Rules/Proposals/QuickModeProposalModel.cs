using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using IpsecSdk.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace IpsecSdk.Analyzers.Rules.Proposals
{
    /// <summary>
    /// One quick-mode proposal as the analyzer sees it, replaying the SDK's own semantics: defaults of
    /// <c>QuickModeProposal</c> (ESP, AES-GMAC-256, AES-GCM-256), constructor arguments, initializer members, and the
    /// <c>QuickModeProposalBuilder</c> calls of an <c>AddProposal(p => ...)</c> lambda in order, including how
    /// <c>WithIntegrity</c> and <c>Build()</c> fill the AH integrity.
    /// </summary>
    internal sealed class QuickModeProposalModel
    {
        private QuickModeProposalModel(SyntaxNode origin)
        {
            Origin = origin;
        }

        /// <summary>Where the proposal is created (fallback location for findings).</summary>
        public SyntaxNode Origin { get; }

        public Known<Encapsulation> Encapsulation { get; private set; } = Known<Encapsulation>.Default(IpsecSdk.Encapsulation.Esp);
        public Known<Integrity> AhIntegrity { get; private set; } = Known<Integrity>.Default(Integrity.None);
        public Known<Integrity> EspIntegrity { get; private set; } = Known<Integrity>.Default(Integrity.AesGmac256);
        public Known<Encryption> Encryption { get; private set; } = Known<Encryption>.Default(IpsecSdk.Encryption.AesGcm256);

        /// <summary><c>AddEspProposal(integrity, encryption)</c>.</summary>
        [MethodImpl(Hot.Path)]
        public static QuickModeProposalModel FromEspProposal(IInvocationOperation call, CancellationToken cancellationToken)
        {
            var model = new QuickModeProposalModel(call.Syntax);
            model.EspIntegrity = Read<Integrity>(OperationHelpers.Argument(call, "integrity"), cancellationToken);
            model.Encryption = Read<Encryption>(OperationHelpers.Argument(call, "encryption"), cancellationToken);
            return model;
        }

        /// <summary><c>new QuickModeProposal(...) { ... }</c>.</summary>
        [MethodImpl(Hot.Path)]
        public static QuickModeProposalModel FromCreation(IObjectCreationOperation creation, CancellationToken cancellationToken)
        {
            var model = new QuickModeProposalModel(creation.Syntax);
            foreach (var argument in creation.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                switch (argument.Parameter?.Name)
                {
                    case "espIntegrity": model.EspIntegrity = Read<Integrity>(argument, cancellationToken); break;
                    case "encryption": model.Encryption = Read<Encryption>(argument, cancellationToken); break;
                    default: break;
                }
            }

            model.Apply(creation.Initializer, cancellationToken);
            return model;
        }

        /// <summary>
        /// <c>proposal with { ... }</c>: only the members set there are known (the base proposal is not visible), so a
        /// combination is judged only when the expression sets the encapsulation and the members it combines.
        /// </summary>
        public static QuickModeProposalModel FromWith(IWithOperation with, CancellationToken cancellationToken)
        {
            var model = new QuickModeProposalModel(with.Syntax)
            {
                Encapsulation = Known<Encapsulation>.Unknown(null),
                AhIntegrity = Known<Integrity>.Unknown(null),
                EspIntegrity = Known<Integrity>.Unknown(null),
                Encryption = Known<Encryption>.Unknown(null),
            };
            model.Apply(with.Initializer, cancellationToken);
            return model;
        }

        // The members an object initializer or with-expression sets, in order.
        [MethodImpl(Hot.Path)]
        private void Apply(IObjectOrCollectionInitializerOperation? initializer, CancellationToken cancellationToken)
        {
            foreach (var assignment in initializer?.Initializers.OfType<ISimpleAssignmentOperation>() ?? Enumerable.Empty<ISimpleAssignmentOperation>())
            {
                var value = assignment.Value;
                switch ((assignment.Target as IPropertyReferenceOperation)?.Property.Name)
                {
                    case "Encapsulation": Encapsulation = Read<Encapsulation>(value, cancellationToken); break;
                    case "AhIntegrity": AhIntegrity = Read<Integrity>(value, cancellationToken); break;
                    case "EspIntegrity": EspIntegrity = Read<Integrity>(value, cancellationToken); break;
                    case "Encryption": Encryption = Read<Encryption>(value, cancellationToken); break;
                    default: break;
                }
            }
        }

        /// <summary><c>AddProposal(p => p.With...())</c>: replays the builder calls in source order, then <c>Build()</c>.</summary>
        [MethodImpl(Hot.Path)]
        public static QuickModeProposalModel FromBuilderLambda(IInvocationOperation addProposal, IAnonymousFunctionOperation lambda, SdkSymbols symbols, SdkOperations block, CancellationToken cancellationToken)
        {
            var model = new QuickModeProposalModel(addProposal.Syntax);
            foreach (var call in block.CallsWithin(lambda, symbols.QuickModeProposalBuilder))
            {
                var argument = call.Arguments.FirstOrDefault();
                switch (call.TargetMethod.Name)
                {
                    case "WithEncapsulation": model.Encapsulation = Read<Encapsulation>(argument, cancellationToken); break;
                    case "UseAh": model.Encapsulation = Known<Encapsulation>.Set(IpsecSdk.Encapsulation.Ah, call.Syntax); break;
                    case "UseAhAndEsp": model.Encapsulation = Known<Encapsulation>.Set(IpsecSdk.Encapsulation.AhAndEsp, call.Syntax); break;
                    case "WithIntegrity":
                        model.EspIntegrity = Read<Integrity>(argument, cancellationToken);
                        model.AhIntegrity = model.Encapsulation.Value == IpsecSdk.Encapsulation.Esp ? Known<Integrity>.Default(Integrity.None)
                            : model.Encapsulation.Value == null ? Known<Integrity>.Unknown(null) : model.EspIntegrity;
                        break;
                    case "WithEspIntegrity": model.EspIntegrity = Read<Integrity>(argument, cancellationToken); break;
                    case "WithAhIntegrity": model.AhIntegrity = Read<Integrity>(argument, cancellationToken); break;
                    case "WithEncryption": model.Encryption = Read<Encryption>(argument, cancellationToken); break;
                    default: break;
                }
            }

            // Build(): AH integrity only exists with AH; an AH proposal without one takes the ESP integrity.
            if (model.Encapsulation.Value == IpsecSdk.Encapsulation.Esp)
            {
                model.AhIntegrity = Known<Integrity>.Default(Integrity.None);
            }
            else if (model.AhIntegrity.Value == Integrity.None)
            {
                model.AhIntegrity = model.EspIntegrity;
            }

            return model;
        }

        [MethodImpl(Hot.Path)]
        private static Known<T> Read<T>(IOperation? value, CancellationToken cancellationToken)
            where T : struct, Enum
        {
            if (value != null && ConstantResolver.TryResolveSingle(value, cancellationToken, out var resolved) && resolved.TryGetInt64(out var number) &&
                EnumValues<T>.TryGet(number, out var member))
            {
                return Known<T>.Set(member, resolved.Source);
            }

            return Known<T>.Unknown(value?.Syntax);
        }
    }
}
