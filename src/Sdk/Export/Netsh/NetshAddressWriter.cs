using System.Collections.Generic;
using IpsecSdk.Validation;

namespace IpsecSdk.Export.Netsh
{
    /// <summary>Writes endpoint, tunnel-endpoint and port values; reports (and refuses) what netsh cannot match.</summary>
    internal static class NetshAddressWriter
    {
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
                var literal = AddressLiteral.Parse(addresses[i], out var problem);
                var token = literal == null ? null : literal.Kind == AddressLiteralKind.Keyword ? NetshTokens.AddressKeyword(literal.Keyword!) : addresses[i].Trim();
                if (token == null)
                {
                    context.Report(path + "[" + i + "]", ExportLimitationKind.Omitted, "'" + addresses[i] + "': " + (literal == null ? problem : "netsh has no such keyword (only any, localsubnet, dns, dhcp, wins, defaultgateway)") + "; rule not written.");
                    return null;
                }
                tokens.Add(token);
            }
            return string.Join(",", tokens);
        }

        /// <summary><c>localtunnelendpoint=</c>/<c>remotetunnelendpoint=</c> value: one IP address or <c>any</c>.</summary>
        internal static string? TunnelEndpoint(string? endpoint, string path, NetshExportContext context)
        {
            var literal = endpoint == null ? null : AddressLiteral.Parse(endpoint, out _);
            if (endpoint == null || (literal != null && literal.IsKeyword("Any")))
            {
                return "any";
            }
            if (literal != null && literal.Kind == AddressLiteralKind.Address)
            {
                return endpoint.Trim();
            }
            context.Report(path, ExportLimitationKind.Omitted, "netsh tunnel endpoints take one IP address or any, not '" + endpoint + "'; rule not written.");
            return null;
        }

        /// <summary><c>port1=</c>/<c>port2=</c> value, or null when an entry is a keyword netsh lacks (RPC, IPHTTPS …) or no port.</summary>
        internal static string? Ports(IReadOnlyList<string> ports, bool local, string path, NetshExportContext context)
        {
            var values = new List<string>();
            for (var i = 0; i < ports.Count; i++)
            {
                var literal = PortLiteral.Parse(ports[i], local, out var problem);
                if (literal == null || (literal.Keyword != null && literal.Keyword != "Any"))
                {
                    context.Report(path + "[" + i + "]", ExportLimitationKind.Omitted, "'" + ports[i] + "': " + (literal == null ? problem : "netsh consec ports are numbers, ranges or any") + "; rule not written.");
                    return null;
                }
                values.Add(literal.Keyword != null ? "any" : ports[i].Trim());
            }
            return string.Join(",", values);
        }
    }
}
