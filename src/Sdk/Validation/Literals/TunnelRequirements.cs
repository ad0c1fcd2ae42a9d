using System;
using System.Net;
using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// What MS-FASP (1.2.2) asks of a tunnel-mode rule, shared by the validator's tunnel rules and the analyzers (linked
    /// source), so that <c>Build()</c> and the compiler report the same rule, for the same reason, on the same value.
    /// </summary>
    internal static class TunnelRequirements
    {
        /// <summary>Why a tunnel rule without remote endpoints is rejected.</summary>
        internal const string NoRemoteEndpoint = "a tunnel rule needs at least one remote tunnel endpoint";

        /// <summary>Why a tunnel rule with a protocol is rejected.</summary>
        internal const string NoProtocol = "a tunnel rule carries every protocol, so the protocol must be null (any)";

        /// <summary>Why a tunnel rule with ports is rejected.</summary>
        internal const string NoPorts = "a tunnel rule must not restrict ports";

        /// <summary>Why a tunnel rule with Request or None in a direction is rejected.</summary>
        internal const string RequireBothWays = "a tunnel rule must require IPsec both ways; call RequireInboundAndOutbound()";

        /// <summary>Why a tunnel rule with a Users/Machines SDDL is rejected.</summary>
        internal const string NoSddl = "MS-FASP requires the Users/Machines SDDL to be null on tunnel rules (use the global tunnel authorization lists instead)";

        /// <summary>
        /// The problem with <paramref name="text"/> as the <paramref name="side"/> ("local" or "remote") tunnel endpoint,
        /// or null when it is fine. <paramref name="ruleId"/> is the rule that rejects it; <paramref name="address"/> the
        /// parsed address of a valid specific endpoint (null for <c>Any</c>, which has no IP version).
        /// </summary>
        internal static string? EndpointProblem(string? text, string side, out string ruleId, out IPAddress? address)
        {
            ruleId = RuleIds.InvalidTunnel;
            address = null;
            if (string.IsNullOrWhiteSpace(text))
            {
                return "a tunnel rule needs both a local and a remote tunnel endpoint (an IPv4 or IPv6 address)";
            }

            if (TextSearch.BlankProblem(text!) is string blank)
            {
                ruleId = RuleIds.InvalidAddressOrPort;
                return blank;
            }

            if (string.Equals(text, "Any", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var parsed = IpLiteral.Parse(text!);
            if (parsed is null)
            {
                ruleId = RuleIds.InvalidAddressOrPort;
                return "a " + side + " tunnel endpoint must be a single IPv4 or IPv6 address (or 'Any')";
            }

            if (IPAddress.IsLoopback(parsed) || IpLiteral.IsMulticast(parsed))
            {
                return "tunnel endpoints must not be loopback or multicast addresses";
            }

            address = parsed;
            return null;
        }

        /// <summary>Why a remote endpoint of another IP version than the local one is rejected, or null when they match.</summary>
        internal static string? FamilyMismatch(IPAddress? local, IPAddress? remote) =>
            local is null || remote is null || local.AddressFamily == remote.AddressFamily
                ? null
                : "is " + IpLiteral.FamilyName(remote) + " but the local tunnel endpoint is " + IpLiteral.FamilyName(local) + "; both tunnel endpoints must be of one IP version";
    }
}
