using System;
using System.Globalization;

namespace IpsecSdk.Catalogue.Literals
{
    /// <summary>
    /// Port literals of connection security rules (IPSEC114): a number 0..65535, a range <c>low-high</c> or a keyword.
    /// Shared by the analyzers and the run-time validator.
    /// </summary>
    public static class PortLiteral
    {
        /// <summary>The keywords Windows accepts for ports (case-insensitive).</summary>
        public static readonly string[] Keywords = { "Any", "RPC", "RPC-EPMap", "RPCEPMap", "IPHTTPS", "IPHTTPSIn", "IPHTTPSOut", "PlayToDiscovery" };

        /// <summary>Why <paramref name="text"/> is not a valid port literal, or null when it is valid.</summary>
        public static string? Problem(string? text)
        {
            var value = text?.Trim() ?? "";
            if (value.Length == 0)
            {
                return "must not be empty";
            }

            foreach (var keyword in Keywords)
            {
                if (string.Equals(keyword, value, StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }
            }

            var dash = value.IndexOf("-", StringComparison.Ordinal);
            if (dash < 0)
            {
                return IsPort(value) ? null : "is not a port 0..65535, a range or a keyword (" + string.Join(", ", Keywords) + ")";
            }

            var low = value.Substring(0, dash);
            var high = value.Substring(dash + 1);
            if (!IsPort(low) || !IsPort(high))
            {
                return "is not a valid port range (0..65535)";
            }

            return int.Parse(low, CultureInfo.InvariantCulture) <= int.Parse(high, CultureInfo.InvariantCulture) ? null : "has its low end above its high end";
        }

        /// <summary>Why a numeric port is invalid, or null.</summary>
        public static string? Problem(long port) => port >= 0 && port <= 65535 ? null : "is not a port 0..65535";

        private static bool IsPort(string text) =>
            text.Length > 0 && text.Length <= 5 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535;
    }
}
