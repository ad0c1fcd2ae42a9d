using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace IpsecSdk.Validation
{
    /// <summary>What kind of address literal a string is.</summary>
    internal enum AddressLiteralKind
    {
        Keyword,
        Address,
        Subnet,
        Range,
    }

    /// <summary>
    /// One parsed address filter entry (MSFT_NetAddressFilter): a keyword, a single IPv4/IPv6 address, a subnet
    /// (<c>10.0.0.0/24</c>, <c>10.0.0.0/255.255.255.0</c>, <c>fd00::/48</c>) or a range (<c>a-b</c>, same family, a ≤ b).
    /// </summary>
    internal sealed class AddressLiteral
    {
        /// <summary>The address keywords of the NetSecurity module (schema 1.8); <c>Any</c> may only stand alone.</summary>
        internal static readonly string[] Keywords = { "Any", "LocalSubnet", "DNS", "DHCP", "WINS", "DefaultGateway", "Internet", "Intranet", "IntranetRemoteAccess", "PlayToDevice", "PlayToTargets" };

        private AddressLiteral(AddressLiteralKind kind, string? keyword, IPAddress? first, IPAddress? last, int prefixLength)
        {
            Kind = kind;
            Keyword = keyword;
            First = first;
            Last = last;
            PrefixLength = prefixLength;
        }

        internal AddressLiteralKind Kind { get; }

        /// <summary>The keyword in its canonical spelling (keywords only).</summary>
        internal string? Keyword { get; }

        /// <summary>The address, the subnet's address, or the range's start (not for keywords).</summary>
        internal IPAddress? First { get; }

        /// <summary>The range's end; equals <see cref="First"/> for single addresses (not for keywords or subnets).</summary>
        internal IPAddress? Last { get; }

        /// <summary>Prefix length of a subnet.</summary>
        internal int PrefixLength { get; }

        internal bool IsKeyword(string keyword) => Kind == AddressLiteralKind.Keyword && string.Equals(Keyword, keyword, StringComparison.Ordinal);

        /// <summary>Parses <paramref name="text"/>; on failure <paramref name="problem"/> says what is wrong and what is allowed.</summary>
        internal static AddressLiteral? Parse(string text, out string problem)
        {
            problem = TextSearch.BlankProblem(text) ?? "";
            if (problem.Length > 0)
            {
                return null;
            }

            foreach (var keyword in Keywords)
            {
                if (string.Equals(text, keyword, StringComparison.OrdinalIgnoreCase))
                {
                    return new AddressLiteral(AddressLiteralKind.Keyword, keyword, null, null, 0);
                }
            }

            var literal = ParseRange(text, ref problem) ?? ParseSubnet(text, ref problem) ?? ParseSingle(text, ref problem);
            if (literal is null && problem.Length == 0)
            {
                problem = "it is not an IPv4 or IPv6 address, subnet (address/prefix or address/mask), range (first-last) or keyword (" + string.Join(", ", Keywords) + ")";
            }

            if (literal != null && (IpLiteral.IsMulticast(literal.First!) || (literal.Last != null && IpLiteral.IsMulticast(literal.Last))))
            {
                problem = "it is a multicast address; Windows connection security rules accept unicast addresses only";
                return null;
            }

            return literal;
        }

        private static AddressLiteral? ParseSingle(string text, ref string problem)
        {
            if (TextSearch.Find(text, '-') >= 0 || TextSearch.Find(text, '/') >= 0)
            {
                return null;
            }

            var address = IpLiteral.Parse(text);
            return address is null ? null : new AddressLiteral(AddressLiteralKind.Address, null, address, address, address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128);
        }

        private static AddressLiteral? ParseRange(string text, ref string problem)
        {
            var dash = TextSearch.Find(text, '-');
            if (dash < 0)
            {
                return null;
            }

            var first = IpLiteral.Parse(text.Substring(0, dash).Trim());
            var last = IpLiteral.Parse(text.Substring(dash + 1).Trim());
            if (first is null || last is null)
            {
                problem = "it is not a valid range: both ends of 'first-last' must be single IPv4 or IPv6 addresses";
                return null;
            }

            if (first.AddressFamily != last.AddressFamily)
            {
                problem = "the range mixes " + IpLiteral.FamilyName(first) + " and " + IpLiteral.FamilyName(last) + "; both ends must be of one IP version";
                return null;
            }

            if (IpLiteral.Compare(first, last) > 0)
            {
                problem = "the range starts after it ends; write the lower address first";
                return null;
            }

            return new AddressLiteral(AddressLiteralKind.Range, null, first, last, 0);
        }

        private static AddressLiteral? ParseSubnet(string text, ref string problem)
        {
            var slash = TextSearch.Find(text, '/');
            if (slash < 0)
            {
                return null;
            }

            var address = IpLiteral.Parse(text.Substring(0, slash).Trim());
            var suffix = text.Substring(slash + 1).Trim();
            if (address is null)
            {
                problem = "it is not a valid subnet: the part before '/' must be an IPv4 or IPv6 address";
                return null;
            }

            var maxPrefix = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
            var prefix = PrefixOf(suffix, address.AddressFamily);
            if (prefix < 0 || prefix > maxPrefix)
            {
                problem = "it is not a valid subnet: after '/' give a prefix length 0.." + maxPrefix + (maxPrefix == 32 ? " or a contiguous mask such as 255.255.255.0" : "");
                return null;
            }

            return new AddressLiteral(AddressLiteralKind.Subnet, null, address, null, prefix);
        }

        // A prefix length in digits, or for IPv4 a dotted mask whose one-bits are contiguous; -1 when neither.
        private static int PrefixOf(string suffix, AddressFamily family)
        {
            if (suffix.Length > 0 && suffix.Length <= 3 && IsDigits(suffix))
            {
                return int.Parse(suffix, NumberStyles.None, CultureInfo.InvariantCulture);
            }

            var mask = family == AddressFamily.InterNetwork && TextSearch.Find(suffix, ':') < 0 ? IpLiteral.Parse(suffix) : null;
            if (mask is null)
            {
                return -1;
            }

            var prefix = 0;
            var ended = false;
            foreach (var b in mask.GetAddressBytes())
            {
                for (var bit = 7; bit >= 0; bit--)
                {
                    var set = (b >> bit & 1) == 1;
                    if (set && ended)
                    {
                        return -1;
                    }

                    ended |= !set;
                    prefix += set ? 1 : 0;
                }
            }

            return prefix;
        }

        private static bool IsDigits(string text)
        {
            foreach (var c in text)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
