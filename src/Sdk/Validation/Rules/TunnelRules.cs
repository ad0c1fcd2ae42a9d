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
                findings.Error(RuleIds.InvalidTunnel, remotePath, remotePath + " is empty; " + TunnelRequirements.NoRemoteEndpoint + ".");
            }

            for (var i = 0; remotes != null && i < remotes.Count; i++)
            {
                var path = PolicyPath.Index(remotePath, i);
                var remote = CheckEndpoint(findings, remotes[i], path, "remote");
                if (TunnelRequirements.FamilyMismatch(local, remote) is string mismatch)
                {
                    findings.Error(RuleIds.InvalidTunnel, path, path + " " + mismatch + ".");
                }
            }

            CheckTraffic(findings, rule, rulePath);
        }

        private static void CheckTraffic(FindingCollector findings, ConnectionSecurityRule rule, string rulePath)
        {
            if (rule.InboundSecurity != SecurityAction.Require || rule.OutboundSecurity != SecurityAction.Require)
            {
                var path = PolicyPath.Member(rulePath, rule.InboundSecurity != SecurityAction.Require ? "inboundSecurity" : "outboundSecurity");
                findings.Error(RuleIds.InvalidTunnel, path, "Inbound is " + rule.InboundSecurity + " and outbound " + rule.OutboundSecurity + "; " + TunnelRequirements.RequireBothWays + ".");
            }

            if (rule.Protocol != null)
            {
                var path = PolicyPath.Member(rulePath, "protocol");
                findings.Error(RuleIds.InvalidTunnel, path, path + " is " + rule.Protocol + "; " + TunnelRequirements.NoProtocol + ".");
            }

            if ((rule.LocalPorts?.Count ?? 0) > 0 || (rule.RemotePorts?.Count ?? 0) > 0)
            {
                var path = PolicyPath.Member(rulePath, (rule.LocalPorts?.Count ?? 0) > 0 ? "localPorts" : "remotePorts");
                findings.Error(RuleIds.InvalidTunnel, path, path + " lists ports; " + TunnelRequirements.NoPorts + ".");
            }

            if (rule.AuthorizedMachinesSddl != null || rule.AuthorizedUsersSddl != null)
            {
                var path = PolicyPath.Member(rulePath, rule.AuthorizedMachinesSddl != null ? "authorizedMachinesSddl" : "authorizedUsersSddl");
                findings.Error(RuleIds.InvalidTunnel, path, path + " is set; " + TunnelRequirements.NoSddl + ".");
            }
        }

        // The endpoint address when it is a valid specific address; "Any" is accepted but has no family.
        private static IPAddress? CheckEndpoint(FindingCollector findings, string? text, string path, string side)
        {
            if (TunnelRequirements.EndpointProblem(text, side, out var ruleId, out var address) is string problem)
            {
                findings.Error(ruleId, path, path + " is " + Describe.Text(text) + "; " + problem + ".");
            }

            return address;
        }
    }
}
