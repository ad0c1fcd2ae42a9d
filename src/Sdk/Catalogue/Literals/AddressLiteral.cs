using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace IpsecSdk.Catalogue.Literals
{
    /// <summary>
    /// Address literals of connection security rules (IPSEC114): an IPv4 or IPv6 address, a subnet (<c>10.0.0.0/24</c>,
    /// <c>10.0.0.0/255.255.255.0</c>, <c>fd00::/8</c>), a range (<c>10.0.0.1-10.0.0.9</c>, one IP version, low ≤ high)
    /// or a keyword. Strict dotted-quad IPv4 (no <c>1.2.3</c> or octal shorthand). Shared by the analyzers and the
    /// run-time validator; depends on the base class library only.
    /// </summary>
    public static class AddressLiteral
    {
        /// <summary>The keywords Windows accepts for addresses (case-insensitive).</summary>
        public static readonly string[] Keywords = { "Any", "LocalSubnet", "LocalSubnet4", "LocalSubnet6", "DNS", "DHCP", "WINS", "DefaultGateway", "Internet", "Intranet", "IntranetRemoteAccess", "PlayToDevice" };

        /// <summary>Why <paramref name="text"/> is not a valid address literal, or null when it is valid.</summary>
        public static string? Problem(string? text)
        {
            var value = text?.Trim() ?? "";
            if (value.Length == 0)
            {
                return "must not be empty";
            }

            if (IsKeyword(value))
            {
                return null;
            }

            var slash = value.IndexOf("/", StringComparison.Ordinal);
            if (slash >= 0)
            {
                return SubnetProblem(value.Substring(0, slash), value.Substring(slash + 1));
            }

            var dash = value.IndexOf("-", StringComparison.Ordinal);
            if (dash >= 0)
            {
                return RangeProblem(value.Substring(0, dash), value.Substring(dash + 1));
            }

            return TryParseAddress(value, out _) ? null : "is not an IPv4/IPv6 address, subnet, range or keyword (" + string.Join(", ", Keywords) + ")";
        }

        /// <summary>True for an address keyword.</summary>
        public static bool IsKeyword(string text)
        {
            foreach (var keyword in Keywords)
            {
                if (string.Equals(keyword, text.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when the literal names peers outside any private network: the <c>Internet</c> keyword, or an address,
        /// subnet or range containing a public address (not private, loopback, link-local, CGNAT or unique-local).
        /// </summary>
        public static bool IsOutsideDomain(string? text)
        {
            var value = text?.Trim() ?? "";
            if (string.Equals(value, "Internet", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (Problem(value) != null || IsKeyword(value))
            {
                return false;
            }

            var end = value.IndexOfAny(new[] { '/', '-' });
            return TryParseAddress(end < 0 ? value : value.Substring(0, end), out var address) && IsPublic(address);
        }

        /// <summary>Parses an IPv4 (strict dotted quad) or IPv6 address.</summary>
        public static bool TryParseAddress(string text, out IPAddress address)
        {
            address = IPAddress.None;
            var value = text.Trim();
            if (value.IndexOf(":", StringComparison.Ordinal) >= 0)
            {
                return IPAddress.TryParse(value, out address!) && address.AddressFamily == AddressFamily.InterNetworkV6;
            }

            var parts = value.Split('.');
            if (parts.Length != 4)
            {
                return false;
            }

            var bytes = new byte[4];
            for (var i = 0; i < 4; i++)
            {
                if (parts[i].Length == 0 || parts[i].Length > 3 || !byte.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out bytes[i]))
                {
                    return false;
                }
            }

            address = new IPAddress(bytes);
            return true;
        }

        private static string? SubnetProblem(string prefix, string length)
        {
            if (!TryParseAddress(prefix, out var address))
            {
                return "has an invalid subnet address '" + prefix + "'";
            }

            var max = address.AddressFamily == AddressFamily.InterNetworkV6 ? 128 : 32;
            if (int.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out var bits))
            {
                return bits <= max ? null : "has a prefix length " + bits + " above " + max;
            }

            return max == 32 && TryParseAddress(length, out var mask) && IsContiguousMask(mask.GetAddressBytes()) ? null : "has an invalid prefix length or mask '" + length + "'";
        }

        private static string? RangeProblem(string low, string high)
        {
            if (!TryParseAddress(low, out var first) || !TryParseAddress(high, out var last))
            {
                return "is not a valid address range";
            }

            if (first.AddressFamily != last.AddressFamily)
            {
                return "mixes IPv4 and IPv6 in one range";
            }

            return Compare(first.GetAddressBytes(), last.GetAddressBytes()) <= 0 ? null : "has its low end above its high end";
        }

        private static bool IsContiguousMask(byte[] mask)
        {
            var value = ((uint)mask[0] << 24) | ((uint)mask[1] << 16) | ((uint)mask[2] << 8) | mask[3];
            var inverted = ~value;
            return (inverted & (inverted + 1)) == 0;
        }

        private static int Compare(byte[] a, byte[] b)
        {
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    return a[i].CompareTo(b[i]);
                }
            }

            return 0;
        }

        private static bool IsPublic(IPAddress address)
        {
            var b = address.GetAddressBytes();
            if (address.AddressFamily == AddressFamily.InterNetwork)
            {
                return !(b[0] == 10 || b[0] == 127 || b[0] == 0 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168) ||
                         (b[0] == 169 && b[1] == 254) || (b[0] == 100 && b[1] >= 64 && b[1] <= 127) || b[0] >= 224);
            }

            // IPv6: global unicast is 2000::/3.
            return (b[0] & 0xE0) == 0x20;
        }
    }
}
