using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using IpsecSdk.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace IpsecSdk.Analyzers.Rules.Chains
{
    /// <summary>
    /// What one <c>AddRule(id, r => ...)</c> lambda visibly configures: the calls on the rule builder (and on the
    /// main-mode builder inside it), with their constant arguments. Calls the analyzer cannot see stay unknown.
    /// </summary>
    internal sealed class RuleFacts
    {
        private RuleFacts()
        {
        }

        /// <summary>The rule's own protection requirement: Normal when never set, null when set to a non-constant.</summary>
        public ProtectionRequirement? Requirement { get; private set; } = ProtectionRequirement.Normal;

        /// <summary>True when the rule is declared a boundary zone (<c>AsBoundaryZone()</c>): its request mode is intended.</summary>
        public bool BoundaryZone { get; private set; }

        /// <summary>Calls that choose Request mode by their name (<c>RequestInboundAndOutbound</c>, <c>RequireInboundRequestOutbound</c>, <c>AsBoundaryZone</c>).</summary>
        public List<IInvocationOperation> RequestMethods { get; } = new List<IInvocationOperation>();

        /// <summary>Constant <c>SecurityAction.Request</c> arguments of <c>WithSecurity</c>.</summary>
        public List<ResolvedValue> RequestValues { get; } = new List<ResolvedValue>();

        /// <summary>True when the rule visibly exempts its traffic (<c>DoNotSecure()</c> or <c>WithSecurity(None, None)</c>).</summary>
        public bool Exemption { get; private set; }

        /// <summary>True when <c>WithSecurity</c> got a value the analyzer cannot see (the rule may or may not be an exemption).</summary>
        public bool SecurityUnknown { get; private set; }

        /// <summary>
        /// True when the lambda's rule-builder parameter is used only as the receiver of rule-builder calls, so every
        /// call that configures the rule is visible (not passed to a helper method, stored or captured elsewhere).
        /// </summary>
        public bool FullyVisible { get; private set; }

        public List<IInvocationOperation> MachineKerberos { get; } = new List<IInvocationOperation>();
        public List<IInvocationOperation> UserKerberos { get; } = new List<IInvocationOperation>();
        public List<IInvocationOperation> Certificates { get; } = new List<IInvocationOperation>();
        public List<IInvocationOperation> PresharedKeys { get; } = new List<IInvocationOperation>();
        public List<IInvocationOperation> MachineNtlm { get; } = new List<IInvocationOperation>();
        public List<IInvocationOperation> UserNtlm { get; } = new List<IInvocationOperation>();
        public List<IInvocationOperation> Anonymous { get; } = new List<IInvocationOperation>();

        /// <summary>Phase 1 (or phase 2) comes from a ready-made set the analyzer cannot see into.</summary>
        public bool SharedPhase1 { get; private set; }

        /// <summary>The rule uses a ready-made main-mode set (<c>UseMainMode(set)</c>) instead of building its own.</summary>
        public bool SharedMainMode { get; private set; }

        /// <summary>The rule has a second authentication (phase 2).</summary>
        public bool HasPhase2 { get; private set; }

        /// <summary>Constant key-module arguments of <c>UseKeyModule</c> (single-valued ones only).</summary>
        public List<ResolvedValue> KeyModules { get; } = new List<ResolvedValue>();

        /// <summary>Constant remote address literals.</summary>
        public List<string> RemoteAddresses { get; } = new List<string>();

        /// <summary>The protocol: null when never set; <see cref="ProtocolUnknown"/> when set to a non-constant.</summary>
        public long? Protocol { get; private set; }

        public bool ProtocolUnknown { get; private set; }

        public List<IInvocationOperation> PortCalls { get; } = new List<IInvocationOperation>();

        public List<IInvocationOperation> Tunnels { get; } = new List<IInvocationOperation>();

        /// <summary>Constant remote tunnel endpoints of <c>Tunnel(local, remotes)</c>.</summary>
        public List<string> RemoteTunnelEndpoints { get; } = new List<string>();

        /// <summary>Constant <c>WithMaxSessions</c> arguments other than 1 (master-key PFS off).</summary>
        public List<ResolvedValue> MasterKeyPfsOff { get; } = new List<ResolvedValue>();

        /// <summary>The rule uses certificates (either phase).</summary>
        public bool UsesCertificates => Certificates.Count > 0;

        /// <summary>The rule uses Kerberos (either phase).</summary>
        public bool UsesKerberos => MachineKerberos.Count > 0 || UserKerberos.Count > 0;

        /// <summary>Reads the facts of a rule lambda, calls in source order.</summary>
        [MethodImpl(Hot.Path)]
        public static RuleFacts Read(SdkSymbols symbols, SdkOperations block, IAnonymousFunctionOperation lambda, CancellationToken cancellationToken)
        {
            var facts = new RuleFacts();
            foreach (var call in block.CallsWithin(lambda, symbols.RuleBuilder, orType: symbols.MainModeSetBuilder))
            {
                facts.Add(call, cancellationToken);
            }

            facts.FullyVisible = lambda.Symbol.Parameters.Length == 1 && OnlyReceiver(block, lambda, lambda.Symbol.Parameters[0], symbols);
            return facts;
        }

        [MethodImpl(Hot.Path)]
        private void Add(IInvocationOperation call, CancellationToken cancellationToken)
        {
            switch (call.TargetMethod.Name)
            {
                case "WithProtectionRequirement":
                    Requirement = Single(call, cancellationToken, out var requirement) ? (ProtectionRequirement)requirement : (ProtectionRequirement?)null;
                    break;
                case "RequestInboundAndOutbound":
                case "RequireInboundRequestOutbound":
                    RequestMethods.Add(call);
                    break;
                case "AsBoundaryZone":
                    RequestMethods.Add(call);
                    BoundaryZone = true;
                    break;
                case "DoNotSecure":
                case "AsExemption":
                    Exemption = true;
                    SecurityUnknown = false;
                    break;
                case "WithSecurity":
                    AddSecurity(call, cancellationToken);
                    break;
                case "AuthenticateWithKerberos": MachineKerberos.Add(call); break;
                case "AuthenticateUserWithKerberos": UserKerberos.Add(call); HasPhase2 = true; break;
                case "AuthenticateWithCertificate": Certificates.Add(call); break;
                case "AuthenticateUserWithCertificate":
                case "AuthenticateWithHealthCertificate":
                    Certificates.Add(call);
                    HasPhase2 = true;
                    break;
                case "AuthenticateWithPresharedKey": PresharedKeys.Add(call); break;
                case "AuthenticateWithNtlm": MachineNtlm.Add(call); break;
                case "AuthenticateUserWithNtlm": UserNtlm.Add(call); HasPhase2 = true; break;
                case "AllowAnonymous": Anonymous.Add(call); break;
                case "UsePhase1Authentication": SharedPhase1 = true; break;
                case "UseMainMode": SharedMainMode |= OperationHelpers.Lambda(OperationHelpers.Argument(call, "configure")) == null; break;
                case "UsePhase2Authentication": HasPhase2 = true; break;
                case "UseKeyModule":
                    if (call.Arguments.Length == 1 && ConstantResolver.TryResolveSingle(call.Arguments[0].Value, cancellationToken, out var module))
                    {
                        KeyModules.Add(module);
                    }

                    break;
                case "WithRemoteAddresses":
                    AddLiterals(call, RemoteAddresses, cancellationToken);
                    break;
                case "Tcp": Protocol = IpProtocolsTcp; ProtocolUnknown = false; break;
                case "Udp": Protocol = IpProtocolsUdp; ProtocolUnknown = false; break;
                case "WithProtocol":
                    ProtocolUnknown = !Single(call, cancellationToken, out var protocol);
                    Protocol = ProtocolUnknown ? (long?)null : protocol;
                    break;
                case "WithLocalPorts":
                case "WithRemotePorts":
                    PortCalls.Add(call);
                    break;
                case "Tunnel":
                    Tunnels.Add(call);
                    AddRemoteEndpoints(call, cancellationToken);
                    break;
                case "WithMaxSessions":
                    if (call.Arguments.Length == 1 && ConstantResolver.TryResolveSingle(call.Arguments[0].Value, cancellationToken, out var sessions) && sessions.TryGetInt64(out var count) && count != 1)
                    {
                        MasterKeyPfsOff.Add(sessions);
                    }

                    break;
                default:
                    break;
            }
        }

        /// <summary>TCP and UDP protocol numbers (<c>IpProtocols</c> lives in the SDK, not in the linked sources).</summary>
        public const long IpProtocolsTcp = 6;

        /// <inheritdoc cref="IpProtocolsTcp"/>
        public const long IpProtocolsUdp = 17;

        // The parameter only starts chains of rule-builder calls, and each chain ends in a statement (its builder is not handed on).
        private static bool OnlyReceiver(SdkOperations block, IAnonymousFunctionOperation lambda, IParameterSymbol parameter, SdkSymbols symbols) =>
            block.AllReferencesWithin(lambda, parameter, EndsInStatement, symbols);

        private static readonly Func<IParameterReferenceOperation, SdkSymbols, bool> EndsInStatement = ChainEndsInStatement;

        [MethodImpl(Hot.Path)]
        private static bool ChainEndsInStatement(IOperation receiver, SdkSymbols symbols)
        {
            var current = receiver;
            while (current.Parent is IInvocationOperation call && call.Instance == current && SdkSymbols.Is(call.TargetMethod.ContainingType, symbols.RuleBuilder))
            {
                current = call;
            }

            return current != receiver && (current.Parent is IExpressionStatementOperation || current.Parent is IReturnOperation { IsImplicit: true });
        }

        private void AddSecurity(IInvocationOperation call, CancellationToken cancellationToken)
        {
            var none = 0;
            SecurityUnknown = false;
            foreach (var argument in call.Arguments)
            {
                foreach (var leaf in ConstantResolver.Resolve(argument.Value, cancellationToken, out var complete))
                {
                    SecurityUnknown |= !complete;
                    if (leaf.TryGetInt64(out var action) && action == (long)SecurityAction.Request)
                    {
                        RequestValues.Add(leaf);
                    }
                    else if (complete && leaf.TryGetInt64(out action) && action == (long)SecurityAction.None)
                    {
                        none++;
                    }
                }
            }

            Exemption = none == 2;
            if (call.Arguments.Any(a => !ConstantResolver.TryResolveSingle(a.Value, cancellationToken, out _)))
            {
                SecurityUnknown = true;
            }
        }

        private void AddRemoteEndpoints(IInvocationOperation call, CancellationToken cancellationToken)
        {
            var remotes = OperationHelpers.Argument(call, "remoteEndpoints");
            if (remotes?.Value is IArrayCreationOperation array && array.Initializer != null)
            {
                foreach (var element in array.Initializer.ElementValues)
                {
                    if (ConstantResolver.TryResolveSingle(element, cancellationToken, out var value) && value.Value is string text)
                    {
                        RemoteTunnelEndpoints.Add(text);
                    }
                }
            }
        }

        private static bool Single(IInvocationOperation call, CancellationToken cancellationToken, out long value)
        {
            value = 0;
            return call.Arguments.Length == 1 && ConstantResolver.TryResolveSingle(call.Arguments[0].Value, cancellationToken, out var resolved) && resolved.TryGetInt64(out value);
        }

        /// <summary>The constant string elements of a <c>params string[]</c> call.</summary>
        public static void AddLiterals(IInvocationOperation call, List<string> into, CancellationToken cancellationToken)
        {
            foreach (var leaf in StringLeaves(call, cancellationToken))
            {
                if (leaf.Value is string text)
                {
                    into.Add(text);
                }
            }
        }

        /// <summary>The constant elements (with their expressions) of every argument, expanding <c>params</c> arrays.</summary>
        public static IEnumerable<ResolvedValue> StringLeaves(IInvocationOperation call, CancellationToken cancellationToken)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.Value is IArrayCreationOperation array && array.Initializer != null)
                {
                    foreach (var element in array.Initializer.ElementValues)
                    {
                        foreach (var leaf in ConstantResolver.Resolve(element, cancellationToken, out _))
                        {
                            yield return leaf;
                        }
                    }
                }
                else
                {
                    foreach (var leaf in ConstantResolver.Resolve(argument.Value, cancellationToken, out _))
                    {
                        yield return leaf;
                    }
                }
            }
        }
    }
}
