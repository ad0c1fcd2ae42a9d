using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using IpsecSdk.Validation;

namespace IpsecSdk.Export.StrongSwan
{
    /// <summary>IKE addresses, traffic selectors and mode of one rule, seen from the chosen end.</summary>
    internal sealed record SwanctlTraffic(string LocalAddrs, string RemoteAddrs, string LocalTs, string RemoteTs, string Mode);

    /// <summary>
    /// Maps a rule's addresses, tunnel endpoints, protocol and ports to <c>local_addrs</c>/<c>remote_addrs</c> and
    /// <c>local_ts</c>/<c>remote_ts</c>. What would change the matched traffic (address or port keywords) omits the rule.
    /// </summary>
    internal static class SwanctlTrafficWriter
    {
        internal static SwanctlTraffic? Write(ConnectionSecurityRule rule, string path, SwanctlExportContext context)
        {
            var peer = context.Options.Perspective == SwanctlPerspective.Peer;
            var tunnel = rule.Mode == IpsecMode.Tunnel;
            var windowsLocalAddrs = tunnel ? Addresses(rule.LocalTunnelEndpoint == null ? System.Array.Empty<string>() : new[] { rule.LocalTunnelEndpoint }, path + ".localTunnelEndpoint", "%any", context) : Addresses(rule.LocalAddresses, path + ".localAddresses", "%any", context);
            var windowsRemoteAddrs = tunnel ? Addresses(rule.RemoteTunnelEndpoints, path + ".remoteTunnelEndpoints", "%any", context) : Addresses(rule.RemoteAddresses, path + ".remoteAddresses", "%any", context);
            // Protected transport traffic is between the IKE hosts (dynamic); tunnels and bypass policies name the subnets.
            var bySubnet = tunnel || rule.IsExemption;
            var windowsLocalTs = bySubnet ? Addresses(rule.LocalAddresses, path + ".localAddresses", "0.0.0.0/0, ::/0", context) : "dynamic";
            var windowsRemoteTs = bySubnet ? Addresses(rule.RemoteAddresses, path + ".remoteAddresses", "0.0.0.0/0, ::/0", context) : "dynamic";
            var localPorts = Selectors(windowsLocalTs, rule.Protocol, rule.LocalPorts, true, path + ".localPorts", context);
            var remotePorts = Selectors(windowsRemoteTs, rule.Protocol, rule.RemotePorts, false, path + ".remotePorts", context);
            if (windowsLocalAddrs == null || windowsRemoteAddrs == null || localPorts == null || remotePorts == null)
            {
                return null;
            }
            var mode = rule.IsExemption ? "pass" : tunnel ? "tunnel" : "transport";
            return peer
                ? new SwanctlTraffic(windowsRemoteAddrs, windowsLocalAddrs, remotePorts, localPorts, mode)
                : new SwanctlTraffic(windowsLocalAddrs, windowsRemoteAddrs, localPorts, remotePorts, mode);
        }

        private static string? Addresses(IReadOnlyList<string> addresses, string path, string any, SwanctlExportContext context)
        {
            var values = new List<string>();
            for (var i = 0; i < addresses.Count; i++)
            {
                var literal = AddressLiteral.Parse(addresses[i], out var problem);
                if (literal != null && literal.IsKeyword("Any"))
                {
                    return any;
                }
                if (literal == null || literal.Kind == AddressLiteralKind.Keyword)
                {
                    context.Report(path + "[" + i + "]", ExportLimitationKind.Omitted, "'" + addresses[i] + "': " + (literal == null ? problem : "a Windows keyword strongSwan cannot resolve (only addresses, subnets and ranges)") + "; rule not written.");
                    return null;
                }
                values.Add(addresses[i].Trim());
            }
            return values.Count == 0 ? any : string.Join(", ", values);
        }

        // Each selector gets [protocol/port] once per port (range); no ports means [protocol] (or nothing for any).
        private static string? Selectors(string? selectors, int? protocol, IReadOnlyList<string> ports, bool local, string path, SwanctlExportContext context)
        {
            if (selectors == null)
            {
                return null;
            }
            if (ports.Any(p => string.Equals(p.Trim(), "Any", System.StringComparison.OrdinalIgnoreCase)))
            {
                ports = System.Array.Empty<string>();
            }
            if (protocol == null && ports.Count == 0)
            {
                return selectors;
            }
            var name = protocol == IpProtocols.Tcp ? "tcp" : protocol == IpProtocols.Udp ? "udp" : protocol?.ToString(CultureInfo.InvariantCulture) ?? "0";
            for (var i = 0; i < ports.Count; i++)
            {
                var literal = PortLiteral.Parse(ports[i], local, out var problem);
                if (literal == null || literal.Keyword != null)
                {
                    context.Report(path + "[" + i + "]", ExportLimitationKind.Omitted, "'" + ports[i] + "': " + (literal == null ? problem : "strongSwan traffic selectors take port numbers or ranges, not Windows port keywords") + "; rule not written.");
                    return null;
                }
            }
            var suffixes = ports.Count == 0 ? new[] { "[" + name + "]" } : ports.Select(p => "[" + name + "/" + p.Trim() + "]").ToArray();
            return string.Join(", ", selectors.Split(',').Select(s => s.Trim()).SelectMany(s => suffixes.Select(x => s + x)));
        }
    }
}
