using System.Collections.Generic;
using System.Linq;
using System.Net;
using IpsecSdk.Analyzers.Infrastructure;
using IpsecSdk.Catalogue;
using IpsecSdk.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace IpsecSdk.Analyzers.Rules.Tunnels
{
    /// <summary>
    /// What a tunnel-mode rule visibly gets wrong, judged by the validator's own <see cref="TunnelRequirements"/>. In
    /// <c>Tunnel(local, remotes)</c> calls: each endpoint literal (IPSEC109 blank, loopback or multicast; IPSEC114 not an
    /// address), remote endpoints of another IP version than the local one, a remote list written out empty (IPSEC109).
    /// In <c>new ConnectionSecurityRule { Mode = IpsecMode.Tunnel, ... }</c> initializers, the same for the endpoints
    /// written there, and a protocol, ports, Request or None, or an SDDL written next to the tunnel mode (IPSEC109).
    /// A member the initializer leaves unset may still come from a later <c>with</c>, so only what is written is judged.
    /// </summary>
    internal static class TunnelChecks
    {
        /// <summary>Judges the endpoints of a <c>Tunnel(localEndpoint, params remoteEndpoints)</c> call.</summary>
        public static void CheckCall(RuleContext context, IInvocationOperation call)
        {
            var local = OperationHelpers.Argument(call, "localEndpoint");
            var remotes = OperationHelpers.Argument(call, "remoteEndpoints");
            if (local == null || remotes == null)
            {
                return;
            }

            var localAddress = CheckLocal(context, local.Value);
            CheckRemotes(context, remotes.Value, localAddress, OperationHelpers.NameNode(call));
        }

        /// <summary>Judges a rule record's initializer when it visibly sets tunnel mode.</summary>
        public static void CheckInitializer(RuleContext context, IObjectOrCollectionInitializerOperation initializer)
        {
            var members = new Dictionary<string, IOperation>();
            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation assignment && assignment.Target is IPropertyReferenceOperation target)
                {
                    members[target.Property.Name] = assignment.Value;
                }
            }

            if (!members.TryGetValue("Mode", out var mode) || !IsConstant(context, mode, (long)IpsecMode.Tunnel))
            {
                return;
            }

            var localAddress = members.TryGetValue("LocalTunnelEndpoint", out var local) ? CheckLocal(context, local) : null;
            if (members.TryGetValue("RemoteTunnelEndpoints", out var remotes))
            {
                CheckRemotes(context, remotes, localAddress, remotes.Syntax);
            }

            if (members.TryGetValue("Protocol", out var protocol) && ConstantResolver.TryResolveSingle(protocol, context.CancellationToken, out var number) && number.Value != null)
            {
                Report(context, RuleIds.InvalidTunnel, number.Source, "The tunnel rule has protocol " + number.Value + ": " + TunnelRequirements.NoProtocol + ".");
            }

            foreach (var ports in new[] { "LocalPorts", "RemotePorts" })
            {
                if (members.TryGetValue(ports, out var list) && OperationHelpers.ListElements(list).Any())
                {
                    Report(context, RuleIds.InvalidTunnel, list.Syntax, "The tunnel rule lists " + ports + ": " + TunnelRequirements.NoPorts + ".");
                }
            }

            foreach (var direction in new[] { "InboundSecurity", "OutboundSecurity" })
            {
                if (!members.TryGetValue(direction, out var action))
                {
                    continue;
                }

                foreach (var leaf in ConstantResolver.Resolve(action, context.CancellationToken, out _))
                {
                    if (leaf.TryGetInt64(out var value) && value != (long)SecurityAction.Require)
                    {
                        Report(context, RuleIds.InvalidTunnel, leaf.Source, "The tunnel rule's " + direction + " is " + (SecurityAction)value + ": " + TunnelRequirements.RequireBothWays + ".");
                    }
                }
            }

            foreach (var sddl in new[] { "AuthorizedMachinesSddl", "AuthorizedUsersSddl" })
            {
                if (members.TryGetValue(sddl, out var value) && ConstantResolver.TryResolveSingle(value, context.CancellationToken, out var text) && text.Value is string)
                {
                    Report(context, RuleIds.InvalidTunnel, text.Source, "The tunnel rule sets " + sddl + ": " + TunnelRequirements.NoSddl + ".");
                }
            }
        }

        private static bool IsConstant(RuleContext context, IOperation value, long expected) =>
            ConstantResolver.TryResolveSingle(value, context.CancellationToken, out var resolved) && resolved.TryGetInt64(out var number) && number == expected;

        // Judges each constant local endpoint; returns its address when there is exactly one and it is a specific address.
        private static IPAddress? CheckLocal(RuleContext context, IOperation value)
        {
            var leaves = ConstantResolver.Resolve(value, context.CancellationToken, out var complete);
            IPAddress? only = null;
            foreach (var leaf in leaves)
            {
                if (leaf.Value is string text)
                {
                    only = JudgeEndpoint(context, leaf, text, "local");
                }
            }

            return complete && leaves.Length == 1 ? only : null;
        }

        private static void CheckRemotes(RuleContext context, IOperation value, IPAddress? localAddress, SyntaxNode emptyAt)
        {
            var elements = new List<IOperation>(OperationHelpers.ListElements(value));
            if (elements.Count == 0)
            {
                // Only a list written out empty (Tunnel("10.0.0.1"), new string[] { }), not one the analyzer cannot see into.
                if (OperationHelpers.WithoutConversions(value) is IArrayCreationOperation { Initializer: { } })
                {
                    Report(context, RuleIds.InvalidTunnel, emptyAt, "The tunnel rule lists no remote tunnel endpoint: " + TunnelRequirements.NoRemoteEndpoint + ".");
                }

                return;
            }

            foreach (var element in elements)
            {
                foreach (var leaf in ConstantResolver.Resolve(element, context.CancellationToken, out _))
                {
                    if (leaf.Value is string text && JudgeEndpoint(context, leaf, text, "remote") is IPAddress address &&
                        TunnelRequirements.FamilyMismatch(localAddress, address) is string mismatch)
                    {
                        Report(context, RuleIds.InvalidTunnel, leaf.Source, "The remote tunnel endpoint '" + text + "' " + mismatch + ".");
                    }
                }
            }
        }

        private static IPAddress? JudgeEndpoint(RuleContext context, ResolvedValue leaf, string text, string side)
        {
            if (TunnelRequirements.EndpointProblem(text, side, out var ruleId, out var address) is string problem)
            {
                Report(context, ruleId, leaf.Source, "The " + side + " tunnel endpoint '" + text + "' is invalid: " + problem + ".");
            }

            return address;
        }

        private static void Report(RuleContext context, string ruleId, SyntaxNode at, string message) =>
            Infrastructure.Report.Literal(context, Descriptors.ById(ruleId)!, at, "Address", message);
    }
}
