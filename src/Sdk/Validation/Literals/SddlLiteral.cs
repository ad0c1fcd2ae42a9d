using System;
using System.Globalization;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// Structural check of an authorization list: a security descriptor in SDDL, as [MS-DTYP] 2.5.1.1 (ABNF) and the Win32
    /// "Security Descriptor String Format" / "ACE Strings" pages define it. Windows evaluates the list's DACL against the
    /// peer's computer or user token, so the check also refuses what parses but authorizes something other than meant.
    /// </summary>
    /// <remarks>
    /// <para>Accepted: <c>O:</c>, <c>G:</c>, <c>D:</c> and <c>S:</c> components in that order, each at most once; ACL flags
    /// P, AI, AR; ACEs <c>(type;flags;rights;object-guid;inherit-object-guid;sid)</c> of the non-conditional types; rights as
    /// two-letter tokens or a number; SIDs as the documented two-letter aliases or <c>S-1-…</c>. No blanks anywhere.</para>
    /// <para>Refused although Windows parses them: a list without a DACL (Windows reads a missing DACL as a NULL DACL, which
    /// authorizes everyone), and conditional or resource-attribute ACEs (their expression language is not checked here).</para>
    /// </remarks>
    internal static class SddlLiteral
    {
        // [MS-DTYP] 2.5.1.1 sid-token, plus the aliases the Win32 "SID Strings" page adds (AS, SS, AP, KA, EK, ...).
        private static readonly string[] SidTokens =
        {
            "DA", "DG", "DU", "ED", "DD", "DC", "BA", "BG", "BU", "LA", "LG", "AO", "BO", "PO", "SO", "AU", "PS", "CO", "CG", "SY", "PU",
            "WD", "RE", "IU", "NU", "SU", "RC", "WR", "AN", "SA", "CA", "RS", "EA", "PA", "RU", "LS", "NS", "RD", "NO", "MU", "LU", "IS",
            "CY", "OW", "ER", "RO", "CD", "AC", "RA", "ES", "MS", "UD", "HA", "CN", "AA", "RM", "LW", "ME", "MP", "HI", "SI",
            "AS", "SS", "AP", "KA", "EK", "UA", "OA", "SR",
        };

        // [MS-DTYP] 2.5.1.1 ace-type without the conditional (XA, XD, XU, ZA) and resource-attribute (RA) types; AL/OL from
        // the Win32 "ACE Strings" page.
        private static readonly string[] AceTypes = { "A", "D", "OA", "OD", "AU", "AL", "OU", "OL", "ML", "SP" };

        private static readonly string[] ConditionalAceTypes = { "XA", "XD", "XU", "ZA", "RA" };

        // Owner, group, DACL, SACL: the only order [MS-DTYP] allows.
        private static readonly char[] Components = { 'O', 'G', 'D', 'S' };

        private static readonly string[] AceFlags = { "CI", "OI", "NP", "IO", "ID", "SA", "FA", "TP", "CR" };

        // generic, standard, directory-service, file, registry and mandatory-label rights ([MS-DTYP] 2.5.1.1 text-rights-string).
        private static readonly string[] Rights =
        {
            "GA", "GR", "GW", "GX", "RC", "SD", "WD", "WO", "RP", "WP", "CC", "DC", "LC", "SW", "LO", "DT", "CR",
            "FA", "FR", "FW", "FX", "KA", "KR", "KW", "KX", "NR", "NW", "NX",
        };

        /// <summary>Null when <paramref name="text"/> is a well-formed authorization list, else why not (naming the offending part).</summary>
        internal static string? Problem(string text)
        {
            if (text.Length == 0)
            {
                return "it is empty; leave the list unset (null) for none, or write a DACL such as D:(A;;CC;;;S-1-5-21-...-513)";
            }

            if (NameLiteral.StoredTextProblem(text) is string tooLong)
            {
                return tooLong;
            }

            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsWhiteSpace(text[i]) || char.IsControl(text[i]))
                {
                    return "it holds a blank or control character at position " + i + "; SDDL has none";
                }
            }

            var position = 0;
            var seen = -1;
            var hasDacl = false;
            while (position < text.Length)
            {
                if (position + 1 >= text.Length || text[position + 1] != ':' || Array.IndexOf(Components, text[position]) < 0)
                {
                    return "'" + Excerpt(text, position) + "' at position " + position + " does not start a component (O:, G:, D: or S:)";
                }

                var component = Array.IndexOf(Components, text[position]);
                if (component <= seen)
                {
                    return "component " + text[position] + ": at position " + position + " is repeated or out of order (O:, G:, D:, S:)";
                }

                seen = component;
                position += 2;
                var problem = component < 2 ? Sid(text, ref position) : Acl(text, ref position);
                if (problem != null)
                {
                    return problem;
                }

                hasDacl |= component == 2;
            }

            return hasDacl ? null : "it has no DACL (D:...); Windows reads that as a NULL DACL, which authorizes everyone. Write D:(A;;CC;;;<SID>) for the accounts to allow";
        }

        private static string? Acl(string text, ref int position)
        {
            while (position < text.Length && text[position] != '(' && !StartsComponent(text, position))
            {
                var flag = text.Length - position >= 2 && (string.CompareOrdinal(text, position, "AI", 0, 2) == 0 || string.CompareOrdinal(text, position, "AR", 0, 2) == 0) ? 2
                    : text[position] == 'P' ? 1 : 0;
                if (flag == 0)
                {
                    return "'" + Excerpt(text, position) + "' at position " + position + " is not an ACL flag (P, AI, AR) or an ACE '('";
                }

                position += flag;
            }

            while (position < text.Length && text[position] == '(')
            {
                var close = text.IndexOf(')', position);
                if (close < 0)
                {
                    return "the ACE at position " + position + " is not closed with ')'";
                }

                var problem = Ace(text.Substring(position + 1, close - position - 1), position);
                if (problem != null)
                {
                    return problem;
                }

                position = close + 1;
            }

            return position < text.Length && !StartsComponent(text, position)
                ? "'" + Excerpt(text, position) + "' at position " + position + " follows the ACEs; expected '(' or the next component"
                : null;
        }

        private static string? Ace(string ace, int at)
        {
            var fields = ace.Split(';');
            if (fields.Length > 0 && Array.IndexOf(ConditionalAceTypes, fields[0]) >= 0)
            {
                return "the ACE at position " + at + " is of type " + fields[0] + " (conditional or resource attribute), which this check does not accept; use A or D ACEs";
            }

            if (fields.Length != 6)
            {
                return "the ACE '(" + ace + ")' at position " + at + " has " + fields.Length + " fields; an ACE is (type;flags;rights;object-guid;inherit-object-guid;sid)";
            }

            if (Array.IndexOf(AceTypes, fields[0]) < 0)
            {
                return "'" + fields[0] + "' in the ACE at position " + at + " is not an ACE type (A, D, OA, OD, AU, AL, OU, OL, ML, SP)";
            }

            if (!Tokens(fields[1], AceFlags))
            {
                return "'" + fields[1] + "' in the ACE at position " + at + " is not a string of ACE flags (CI, OI, NP, IO, ID, SA, FA, TP, CR)";
            }

            if (fields[2].Length == 0 || !(Tokens(fields[2], Rights) || IsNumber(fields[2])))
            {
                return "'" + fields[2] + "' in the ACE at position " + at + " is not access rights (tokens such as CC, GA, GR, or a number such as 0x1)";
            }

            for (var guid = 3; guid <= 4; guid++)
            {
                if (fields[guid].Length > 0 && !Guid.TryParseExact(fields[guid], "D", out _))
                {
                    return "'" + fields[guid] + "' in the ACE at position " + at + " is not a GUID";
                }
            }

            var sid = 0;
            return Sid(fields[5], ref sid) != null || sid != fields[5].Length
                ? "the account '" + fields[5] + "' in the ACE at position " + at + " is not a SID (S-1-...) or SID alias (such as DU, DC, BA)"
                : null;
        }

        private static string? Sid(string text, ref int position)
        {
            if (text.Length - position >= 4 && string.CompareOrdinal(text, position, "S-1-", 0, 4) == 0)
            {
                var start = position;
                position += 4;
                var parts = 0;
                while (true)
                {
                    var digits = position;
                    while (position < text.Length && text[position] >= '0' && text[position] <= '9')
                    {
                        position++;
                    }

                    // Identifier authority (48 bits) first, then at most 15 sub-authorities of 32 bits ([MS-DTYP] 2.4.2.1).
                    if (position == digits || !ulong.TryParse(text.Substring(digits, position - digits), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ||
                        value > (parts == 0 ? 0xFFFFFFFFFFFFUL : uint.MaxValue) || parts > 15)
                    {
                        return "the SID at position " + start + " is not S-1-<authority>-<sub-authority>...";
                    }

                    parts++;
                    if (position < text.Length && text[position] == '-' && position + 1 < text.Length && char.IsDigit(text[position + 1]))
                    {
                        position++;
                        continue;
                    }

                    return null;
                }
            }

            if (text.Length - position >= 2 && Array.IndexOf(SidTokens, text.Substring(position, 2)) >= 0)
            {
                position += 2;
                return null;
            }

            return "'" + Excerpt(text, position) + "' at position " + position + " is not a SID (S-1-...) or SID alias (such as DU, DC, BA)";
        }

        private static bool StartsComponent(string text, int position) =>
            position + 1 < text.Length && text[position + 1] == ':' && Array.IndexOf(Components, text[position]) >= 0;

        private static bool Tokens(string text, string[] tokens)
        {
            if (text.Length % 2 != 0)
            {
                return false;
            }

            for (var i = 0; i < text.Length; i += 2)
            {
                if (Array.IndexOf(tokens, text.Substring(i, 2)) < 0)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsNumber(string text) =>
            text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                ? text.Length > 2 && text.Length <= 10 && uint.TryParse(text.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _)
                : uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _);

        private static string Excerpt(string text, int position) =>
            text.Length - position <= 12 ? text.Substring(position) : text.Substring(position, 12) + "...";
    }
}
