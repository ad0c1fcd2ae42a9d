using System.Net;
using System.Net.Sockets;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// Strict single-address parsing: dotted-decimal IPv4 with exactly four parts, or IPv6 without a zone.
    /// <see cref="IPAddress.TryParse(string, out IPAddress)"/> alone also accepts forms Windows' filters do not
    /// (<c>10.1</c>, <c>0x0a.0.0.1</c>, <c>fe80::1%3</c>), hence the extra checks.
    /// </summary>
    internal static class IpLiteral
    {
        internal static IPAddress? Parse(string text)
        {
            if (TextSearch.Find(text, ':') >= 0)
            {
                return TextSearch.Find(text, '%') < 0 && IPAddress.TryParse(text, out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6 ? v6 : null;
            }

            return IsDottedQuad(text) && IPAddress.TryParse(text, out var v4) ? v4 : null;
        }

        internal static bool IsMulticast(IPAddress address)
        {
            var bytes = address.GetAddressBytes();
            return address.AddressFamily == AddressFamily.InterNetwork ? bytes[0] >= 224 && bytes[0] <= 239 : bytes[0] == 0xFF;
        }

        /// <summary>Compares two addresses of the same family as unsigned big-endian numbers.</summary>
        internal static int Compare(IPAddress left, IPAddress right)
        {
            var a = left.GetAddressBytes();
            var b = right.GetAddressBytes();
            for (var i = 0; i < a.Length && i < b.Length; i++)
            {
                if (a[i] != b[i])
                {
                    return a[i] < b[i] ? -1 : 1;
                }
            }

            return a.Length.CompareTo(b.Length);
        }

        internal static string FamilyName(IPAddress address) => address.AddressFamily == AddressFamily.InterNetwork ? "IPv4" : "IPv6";

        private static bool IsDottedQuad(string text)
        {
            var parts = text.Split('.');
            if (parts.Length != 4)
            {
                return false;
            }

            foreach (var part in parts)
            {
                if (part.Length == 0 || part.Length > 3)
                {
                    return false;
                }

                var value = 0;
                foreach (var c in part)
                {
                    if (c < '0' || c > '9')
                    {
                        return false;
                    }

                    value = (value * 10) + (c - '0');
                }

                if (value > 255)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
