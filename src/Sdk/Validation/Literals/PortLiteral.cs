using System;
using System.Globalization;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// One port filter entry (MSFT_NetProtocolPortFilter): a number 0..65535, a range <c>a-b</c> with a ≤ b, or a
    /// keyword. Local ports know Any, RPC, RPC-EPMap, IPHTTPSIn and PlayToDiscovery; remote ports Any and IPHTTPSOut.
    /// </summary>
    internal sealed class PortLiteral
    {
        internal static readonly string[] LocalKeywords = { "Any", "RPC", "RPC-EPMap", "IPHTTPSIn", "PlayToDiscovery" };
        internal static readonly string[] RemoteKeywords = { "Any", "IPHTTPSOut" };

        private PortLiteral(string? keyword, bool isRange)
        {
            Keyword = keyword;
            IsRange = isRange;
        }

        /// <summary>The keyword in canonical spelling, or null for numbers and ranges.</summary>
        internal string? Keyword { get; }

        internal bool IsRange { get; }

        internal static PortLiteral? Parse(string text, bool local, out string problem)
        {
            problem = TextSearch.BlankProblem(text) ?? "";
            if (problem.Length > 0)
            {
                return null;
            }

            var keywords = local ? LocalKeywords : RemoteKeywords;
            foreach (var keyword in keywords)
            {
                if (string.Equals(text, keyword, StringComparison.OrdinalIgnoreCase))
                {
                    return new PortLiteral(keyword, isRange: false);
                }
            }

            // A dash inside RPC-EPMap was handled above, so a dash here separates a range.
            var dash = TextSearch.Find(text, '-');
            if (dash < 0)
            {
                return Number(text) >= 0 ? new PortLiteral(null, isRange: false) : Fail(keywords, out problem);
            }

            var first = Number(text.Substring(0, dash).Trim());
            var last = Number(text.Substring(dash + 1).Trim());
            if (first < 0 || last < 0)
            {
                return Fail(keywords, out problem);
            }

            if (first > last)
            {
                problem = "the range starts after it ends; write the lower port first";
                return null;
            }

            return new PortLiteral(null, isRange: true);
        }

        private static PortLiteral? Fail(string[] keywords, out string problem)
        {
            problem = "allowed: a port number 0..65535, a range such as 49152-65535 (on exemption rules only: Windows takes ranges only when inbound and outbound are None), or one of " + string.Join(", ", keywords);
            return null;
        }

        // The port number, or -1 when the text is not a decimal number 0..65535.
        private static int Number(string text)
        {
            if (text.Length == 0 || text.Length > 5)
            {
                return -1;
            }

            foreach (var c in text)
            {
                if (c < '0' || c > '9')
                {
                    return -1;
                }
            }

            var value = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
            return value <= 65535 ? value : -1;
        }
    }
}
