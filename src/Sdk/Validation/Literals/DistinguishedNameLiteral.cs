using System;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// The X.500 name of a certificate authority, as Windows takes it (<c>New-NetIPsecAuthProposal -Authority</c>, CIM
    /// <c>CAName</c>): relative distinguished names <c>type=value</c> separated by <c>,</c> or <c>;</c> (multi-valued with
    /// <c>+</c>), in the string form of RFC 4514 and Win32 <c>CertStrToName</c> (CERT_X500_NAME_STR).
    /// </summary>
    /// <remarks>
    /// <para>Types: the keys <c>CertStrToName</c> documents (CN, O, OU, DC, C, L, S/ST, STREET, E, T/TITLE, G/GN, I/INITIALS,
    /// SN, SERIALNUMBER, ...) or an OID (<c>2.5.4.3</c>, <c>OID.2.5.4.3</c>). Values: quoted (<c>"a, b"</c>, a quote inside
    /// doubled) or unquoted with <c>, ; + " &lt; &gt; \</c> escaped by a backslash. Blanks around separators are allowed.</para>
    /// <para>Refused beyond the grammar: control characters (no artifact can carry a line break) and <c>|</c>, which the
    /// Windows policy store and netsh use as their field and list separator.</para>
    /// </remarks>
    internal static class DistinguishedNameLiteral
    {
        private static readonly string[] Keys =
        {
            "CN", "L", "O", "OU", "E", "EMAIL", "C", "S", "ST", "STREET", "T", "TITLE", "G", "GN", "I", "INITIALS", "SN", "DC",
            "SERIALNUMBER", "DESCRIPTION", "POSTALCODE", "POBOX", "PHONE", "X21ADDRESS", "DNQUALIFIER", "UNSTRUCTUREDNAME",
            "UNSTRUCTUREDADDRESS",
        };

        /// <summary>Null when <paramref name="text"/> is a well-formed X.500 name, else why not (naming the offending part).</summary>
        internal static string? Problem(string text)
        {
            if (NameLiteral.StoredTextProblem(text) is string tooLong)
            {
                return tooLong;
            }

            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsControl(text[i]))
                {
                    return "it holds a control character at position " + i + "; no artifact can carry it";
                }

                if (text[i] == '|')
                {
                    return "it holds '|' at position " + i + ", the separator of Windows' policy store and of netsh's CA lists";
                }
            }

            var position = 0;
            while (true)
            {
                var problem = Attribute(text, ref position);
                if (problem != null)
                {
                    return problem;
                }

                SkipBlanks(text, ref position);
                if (position == text.Length)
                {
                    return null;
                }

                if (text[position] != ',' && text[position] != ';' && text[position] != '+')
                {
                    return "'" + text[position] + "' at position " + position + " does not separate two name parts (',', ';' or '+')";
                }

                position++;
            }
        }

        private static string? Attribute(string text, ref int position)
        {
            SkipBlanks(text, ref position);
            var start = position;
            while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '.' || text[position] == '-'))
            {
                position++;
            }

            var type = text.Substring(start, position - start);
            if (!IsType(type))
            {
                return (type.Length == 0 ? "a name part at position " + start + " has no attribute type" : "'" + type + "' at position " + start + " is not an attribute type")
                    + "; write type=value parts such as 'CN=Contoso Root CA, DC=contoso, DC=com'";
            }

            SkipBlanks(text, ref position);
            if (position == text.Length || text[position] != '=')
            {
                return "the attribute " + type + " at position " + start + " has no '=value'";
            }

            position++;
            SkipBlanks(text, ref position);
            return position < text.Length && text[position] == '"' ? Quoted(text, ref position, type) : Unquoted(text, ref position, type);
        }

        private static string? Quoted(string text, ref int position, string type)
        {
            var open = position++;
            while (position < text.Length)
            {
                if (text[position] == '"')
                {
                    if (position + 1 < text.Length && text[position + 1] == '"')
                    {
                        position += 2; // a doubled quote stands for one
                        continue;
                    }

                    position++;
                    return position - open > 2 ? null : "the value of " + type + " at position " + open + " is empty";
                }

                position++;
            }

            return "the quoted value of " + type + " at position " + open + " is not closed";
        }

        private static string? Unquoted(string text, ref int position, string type)
        {
            var start = position;
            while (position < text.Length && text[position] != ',' && text[position] != ';' && text[position] != '+')
            {
                var c = text[position];
                if (c == '\\')
                {
                    if (position + 1 == text.Length)
                    {
                        return "the value of " + type + " ends with a lone '\\'";
                    }

                    position += 2;
                    continue;
                }

                if (c == '"' || c == '<' || c == '>' || c == '=')
                {
                    return "'" + c + "' at position " + position + " in the value of " + type + " must be escaped with '\\' or the value quoted";
                }

                position++;
            }

            return text.Substring(start, position - start).Trim().Length == 0 ? "the value of " + type + " at position " + start + " is empty" : null;
        }

        private static bool IsType(string type)
        {
            foreach (var key in Keys)
            {
                if (string.Equals(type, key, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return IsOid(type.StartsWith("OID.", StringComparison.OrdinalIgnoreCase) ? type.Substring(4) : type);
        }

        /// <summary>Whether <paramref name="oid"/> is a dotted object identifier such as <c>1.3.6.1.5.5.7.3.1</c>.</summary>
        internal static bool IsOid(string oid)
        {
            if (oid.Length == 0 || !char.IsDigit(oid[0]) || !char.IsDigit(oid[oid.Length - 1]))
            {
                return false;
            }

            for (var i = 0; i < oid.Length; i++)
            {
                if (!(char.IsDigit(oid[i]) || (oid[i] == '.' && oid[i - 1] != '.')))
                {
                    return false;
                }
            }

            return true;
        }

        private static void SkipBlanks(string text, ref int position)
        {
            while (position < text.Length && text[position] == ' ')
            {
                position++;
            }
        }
    }
}
