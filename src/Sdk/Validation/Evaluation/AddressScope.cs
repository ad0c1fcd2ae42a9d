using System.Net;
using System.Net.Sockets;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// Whether an address literal reaches beyond the organisation, for IPSEC008. Private are RFC 1918, loopback and
    /// IPv4 link-local; for IPv6 unique-local (fc00::/7), link-local (fe80::/10) and loopback. Everything else
    /// is public, including documentation ranges. Keywords: only <c>Internet</c> counts as outside; <c>Any</c> and
    /// the others are not judged, since the rule cannot know what they resolve to.
    /// </summary>
    internal static class AddressScope
    {
        private static readonly Block[] PrivateBlocks =
        {
            new Block("10.0.0.0", 8), new Block("172.16.0.0", 12), new Block("192.168.0.0", 16), new Block("127.0.0.0", 8), new Block("169.254.0.0", 16),
            new Block("fc00::", 7), new Block("fe80::", 10), new Block("::1", 128),
        };

        /// <summary>True when the literal is the keyword Internet or covers at least one public address.</summary>
        internal static bool IsOutside(string? text)
        {
            var literal = text is null ? null : AddressLiteral.Parse(text, out _);
            if (literal is null)
            {
                return false; // invalid literals are the validator's business (IPSEC114)
            }

            switch (literal.Kind)
            {
                case AddressLiteralKind.Keyword:
                    return literal.IsKeyword("Internet");
                case AddressLiteralKind.Subnet:
                    return !IsPrivate(literal.First!, literal.PrefixLength);
                default:
                    return !IsPrivate(literal.First!, literal.Last!);
            }
        }

        private static bool IsPrivate(IPAddress network, int prefixLength)
        {
            var first = Mask(network.GetAddressBytes(), prefixLength, hostBits: false);
            var last = Mask(network.GetAddressBytes(), prefixLength, hostBits: true);
            return IsPrivate(new IPAddress(first), new IPAddress(last));
        }

        private static bool IsPrivate(IPAddress first, IPAddress last)
        {
            foreach (var block in PrivateBlocks)
            {
                if (block.Contains(first) && block.Contains(last))
                {
                    return true;
                }
            }

            return false;
        }

        // Clears (hostBits false) or sets (true) every bit after the prefix.
        private static byte[] Mask(byte[] bytes, int prefixLength, bool hostBits)
        {
            for (var bit = prefixLength; bit < bytes.Length * 8; bit++)
            {
                var mask = (byte)(0x80 >> (bit % 8));
                bytes[bit / 8] = hostBits ? (byte)(bytes[bit / 8] | mask) : (byte)(bytes[bit / 8] & ~mask);
            }

            return bytes;
        }

        private sealed class Block
        {
            private readonly byte[] _network;
            private readonly int _prefixLength;
            private readonly AddressFamily _family;

            internal Block(string network, int prefixLength)
            {
                var address = IPAddress.Parse(network);
                _network = address.GetAddressBytes();
                _family = address.AddressFamily;
                _prefixLength = prefixLength;
            }

            internal bool Contains(IPAddress address)
            {
                if (address.AddressFamily != _family)
                {
                    return false;
                }

                var bytes = address.GetAddressBytes();
                for (var bit = 0; bit < _prefixLength; bit++)
                {
                    var mask = 0x80 >> (bit % 8);
                    if ((bytes[bit / 8] & mask) != (_network[bit / 8] & mask))
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }
}
