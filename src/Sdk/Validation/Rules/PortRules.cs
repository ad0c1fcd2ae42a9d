using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// The protocol (IPSEC114 outside 0..255), ports without TCP or UDP (IPSEC108), port literals (IPSEC114), and
    /// port ranges, which New-NetIPsecRule accepts only when both directions are None (IPSEC114).
    /// Tunnel rules are left to <see cref="TunnelRules"/>, which forbids protocol and ports there altogether.
    /// </summary>
    internal static class PortRules
    {
        internal static void Check(FindingCollector findings, ConnectionSecurityRule rule, string rulePath)
        {
            var protocolPath = PolicyPath.Member(rulePath, "protocol");
            if (rule.Protocol is int protocol && (protocol < 0 || protocol > 255))
            {
                findings.Error(RuleIds.InvalidAddressOrPort, protocolPath, protocolPath + " is " + protocol + "; allowed: an IP protocol number 0..255 (6 TCP, 17 UDP, 1 ICMPv4, 58 ICMPv6) or null for any.");
            }

            var hasPorts = CheckList(findings, rule, rule.LocalPorts, PolicyPath.Member(rulePath, "localPorts"), local: true);
            hasPorts |= CheckList(findings, rule, rule.RemotePorts, PolicyPath.Member(rulePath, "remotePorts"), local: false);
            var tcpOrUdp = rule.Protocol == IpProtocols.Tcp || rule.Protocol == IpProtocols.Udp;
            if (hasPorts && !tcpOrUdp && rule.Mode != IpsecMode.Tunnel)
            {
                var shown = rule.Protocol is null ? "any (null)" : rule.Protocol.ToString();
                findings.Error(RuleIds.PortsWithoutTcpUdp, protocolPath, protocolPath + " is " + shown + " but the rule lists ports; ports are only allowed with TCP (6) or UDP (17): call Tcp() or Udp(), or remove the ports.");
            }
        }

        // True when the list holds at least one port entry.
        private static bool CheckList(FindingCollector findings, ConnectionSecurityRule rule, ValueList<string>? ports, string path, bool local)
        {
            foreach (var entry in LiteralLists.Entries(findings, ports, path, "any port", "a port, a range or a keyword"))
            {
                var literal = PortLiteral.Parse(entry.Value, local, out var problem);
                if (literal is null)
                {
                    findings.Error(RuleIds.InvalidAddressOrPort, entry.Key, entry.Key + " is " + Describe.Text(entry.Value) + ": " + problem + ".");
                }
                else if (literal.Keyword == "Any" && ports!.Count > 1)
                {
                    LiteralLists.AnyAlone(findings, entry.Key, ports.Count);
                }
                else if (literal.IsRange && !rule.IsExemption)
                {
                    findings.Error(RuleIds.InvalidAddressOrPort, entry.Key, entry.Key + " is the range " + Describe.Text(entry.Value) + "; New-NetIPsecRule accepts port ranges only when inbound and outbound security are both None. List the ports one by one.");
                }
            }

            return ports != null && ports.Count > 0;
        }
    }
}
