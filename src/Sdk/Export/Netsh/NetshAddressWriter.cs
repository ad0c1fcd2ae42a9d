using System.Collections.Generic;
using System.Net;
using System.Text.RegularExpressions;

namespace IpsecSdk.Export.Netsh
{
    /// <summary>Writes endpoint, tunnel-endpoint and port values; reports (and refuses) what netsh cannot match.</summary>
    internal static class NetshAddressWriter
    {
        // IPv4/IPv6 addresses, subnets (a/n) and ranges (a-b): hex digits, dots, colons, slash, hyphen.
        private static readonly Regex AddressLiteral = new Regex("^[0-9A-Fa-f.:/-]+$", RegexOptions.CultureInvariant);
        private static readonly Regex PortLiteral = new Regex("^[0-9]{1,5}(-[0-9]{1,5})?$", RegexOptions.CultureInvariant);

        /// <summary><c>endpoint1=</c>/<c>endpoint2=</c> value (<c>any</c> when empty), or null when an entry has no netsh form.</summary>
        internal static string? Addresses(IReadOnlyList<string> addresses, string path, NetshExportContext context)
        {
            if (addresses.Count == 0)
            {
                return "any";
            }
            var tokens = new List<string>();
            for (var i = 0; i < addresses.Count; i++)
            {
                var token = NetshTokens.AddressKeyword(addresses[i]) ?? (AddressLiteral.IsMatch(addresses[i]) ? addresses[i] : null);
                if (token == null)
                {
                    context.Report(path + "[" + i + "]", ExportLimitationKind.Omitted, "'" + addresses[i] + "' is no address, subnet, range or netsh keyword (any, localsubnet, dns, dhcp, wins, defaultgateway); rule not written.");
                    return null;
                }
                tokens.Add(token);
            }
            return string.Join(",", tokens);
        }

        /// <summary><c>localtunnelendpoint=</c>/<c>remotetunnelendpoint=</c> value: one IP address or <c>any</c>.</summary>
        internal static string? TunnelEndpoint(string? endpoint, string path, NetshExportContext context)
        {
            if (endpoint == null || NetshTokens.AddressKeyword(endpoint) == "any")
            {
                return "any";
            }
            if (IPAddress.TryParse(endpoint, out _) && AddressLiteral.IsMatch(endpoint))
            {
                return endpoint;
            }
            context.Report(path, ExportLimitationKind.Omitted, "netsh tunnel endpoints take one IP address or any, not '" + endpoint + "'; rule not written.");
            return null;
        }

        /// <summary><c>port1=</c>/<c>port2=</c> value, or null when an entry is a keyword netsh lacks (RPC, IPHTTPS …).</summary>
        internal static string? Ports(IReadOnlyList<string> ports, string path, NetshExportContext context)
        {
            for (var i = 0; i < ports.Count; i++)
            {
                if (!PortLiteral.IsMatch(ports[i]))
                {
                    context.Report(path + "[" + i + "]", ExportLimitationKind.Omitted, "netsh consec ports are numbers or ranges; '" + ports[i] + "' is not, rule not written.");
                    return null;
                }
            }
            return string.Join(",", ports);
        }
    }
}
