using System.Net;
using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// IPSEC109, MS-FASP's tunnel-rule checks (1.2.2): both endpoints given and of one IP version, not loopback,
    /// Require in both directions, no protocol or ports, no Users/Machines SDDL; and no tunnel endpoints on a
    /// transport rule (they would be silently ignored). Dynamic tunnels (the DTM flag) are not modelled.
    /// </summary>
    internal static class TunnelRules
    {
        internal static void Check(FindingCollector findings, ConnectionSecurityRule rule, string rulePath)
        {
            var localPath = PolicyPath.Member(rulePath, "localTunnelEndpoint");
            var remotePath = PolicyPath.Member(rulePath, "remoteTunnelEndpoints");
            var remotes = rule.RemoteTunnelEndpoints;
            if (remotes is null)
            {
                findings.Error(RuleIds.InvalidName, remotePath, remotePath + " is null; use an empty list on transport rules.");
            }

            if (rule.Mode != IpsecMode.Tunnel)
            {
                if (rule.Mode == IpsecMode.Transport && (rule.LocalTunnelEndpoint != null || (remotes != null && remotes.Count > 0)))
                {
                    findings.Error(RuleIds.InvalidTunnel, rule.LocalTunnelEndpoint != null ? localPath : remotePath, "The rule is in transport mode but has tunnel endpoints, which Windows would ignore; call Tunnel(local, remotes) or remove the endpoints.");
                }

                return;
            }

            var local = CheckEndpoint(findings, rule.LocalTunnelEndpoint, localPath, "local");
            if (remotes != null && remotes.Count == 0)
            {
                findings.Error(RuleIds.InvalidTunnel, remotePath, remotePath + " is empty; a tunnel rule needs at least one remote tunnel endpoint.");
            }

            for (var i = 0; remotes != null && i < remotes.Count; i++)
            {
                var path = PolicyPath.Index(remotePath, i);
                var remote = CheckEndpoint(findings, remotes[i], path, "remote");
                if (local != null && remote != null && local.AddressFamily != remote.AddressFamily)
                {
                    findings.Error(RuleIds.InvalidTunnel, path, path + " is " + IpLiteral.FamilyName(remote) + " but the local tunnel endpoint is " + IpLiteral.FamilyName(local) + "; both tunnel endpoints must be of one IP version.");
                }
            }

            CheckTraffic(findings, rule, rulePath);
        }

        private static void CheckTraffic(FindingCollector findings, ConnectionSecurityRule rule, string rulePath)
        {
            if (rule.InboundSecurity != SecurityAction.Require || rule.OutboundSecurity != SecurityAction.Require)
            {
                var path = PolicyPath.Member(rulePath, rule.InboundSecurity != SecurityAction.Require ? "inboundSecurity" : "outboundSecurity");
                findings.Error(RuleIds.InvalidTunnel, path, "A tunnel rule must require IPsec both ways, but inbound is " + rule.InboundSecurity + " and outbound " + rule.OutboundSecurity + "; call RequireInboundAndOutbound().");
            }

            if (rule.Protocol != null)
            {
                var path = PolicyPath.Member(rulePath, "protocol");
                findings.Error(RuleIds.InvalidTunnel, path, path + " is " + rule.Protocol + "; a tunnel rule carries every protocol, so the protocol must be null (any).");
            }

            if ((rule.LocalPorts?.Count ?? 0) > 0 || (rule.RemotePorts?.Count ?? 0) > 0)
            {
                var path = PolicyPath.Member(rulePath, (rule.LocalPorts?.Count ?? 0) > 0 ? "localPorts" : "remotePorts");
                findings.Error(RuleIds.InvalidTunnel, path, path + " lists ports; a tunnel rule must not restrict ports.");
            }

            if (rule.AuthorizedMachinesSddl != null || rule.AuthorizedUsersSddl != null)
            {
                var path = PolicyPath.Member(rulePath, rule.AuthorizedMachinesSddl != null ? "authorizedMachinesSddl" : "authorizedUsersSddl");
                findings.Error(RuleIds.InvalidTunnel, path, path + " is set; MS-FASP requires the Users/Machines SDDL to be null on tunnel rules (use the global tunnel authorization lists instead).");
            }
        }

        // The endpoint address when it is a valid specific address; "Any" is accepted but has no family.
        private static IPAddress? CheckEndpoint(FindingCollector findings, string? text, string path, string side)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                findings.Error(RuleIds.InvalidTunnel, path, path + " is " + Describe.Text(text) + "; a tunnel rule needs both a local and a remote tunnel endpoint (an IPv4 or IPv6 address).");
                return null;
            }

            if (string.Equals(text!.Trim(), "Any", System.StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var address = IpLiteral.Parse(text.Trim());
            if (address is null)
            {
                findings.Error(RuleIds.InvalidAddressOrPort, path, path + " is " + Describe.Text(text) + "; a " + side + " tunnel endpoint must be a single IPv4 or IPv6 address (or 'Any').");
                return null;
            }

            if (IPAddress.IsLoopback(address) || IpLiteral.IsMulticast(address))
            {
                findings.Error(RuleIds.InvalidTunnel, path, path + " is " + Describe.Text(text) + "; tunnel endpoints must not be loopback or multicast addresses.");
                return null;
            }

            return address;
        }
    }
}
