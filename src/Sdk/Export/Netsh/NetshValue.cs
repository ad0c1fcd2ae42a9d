using System.Text;

namespace IpsecSdk.Export.Netsh
{
    /// <summary>
    /// Writes one value of a netsh command line inside a .cmd file: double quotes where netsh needs them,
    /// <c>%</c> doubled for cmd. Refuses what netsh cannot carry instead of changing it.
    /// </summary>
    internal static class NetshValue
    {
        // Characters cmd would interpret outside quotes, or netsh would split on.
        private const string NeedsQuotes = " \t&|<>^(),;=";

        /// <summary>Formats <paramref name="value"/>, or returns null and says why it cannot be carried.</summary>
        internal static string? Format(string value, out string? problem)
        {
            problem = Problem(value);
            if (problem != null)
            {
                return null;
            }
            var escaped = Replace(value, "%", "%%");
            return value.Length == 0 || value.IndexOfAny(NeedsQuotes.ToCharArray()) >= 0 ? "\"" + escaped + "\"" : escaped;
        }

        /// <summary>Formats a value that is always quoted (CA lists, SDDL, keys).</summary>
        internal static string? FormatQuoted(string value, out string? problem)
        {
            problem = Problem(value);
            return problem == null ? "\"" + Replace(value, "%", "%%") + "\"" : null;
        }

        /// <summary>Whether the text has characters outside printable ASCII (the .cmd then needs UTF-8, <c>chcp 65001</c>).</summary>
        internal static bool IsAscii(string text)
        {
            foreach (var c in text)
            {
                if (c > 0x7E)
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>Whether <paramref name="text"/> contains <paramref name="c"/> (ordinal; works on every target framework).</summary>
        internal static bool Has(string text, char c) => text.IndexOf(c.ToString(), System.StringComparison.Ordinal) >= 0;

        /// <summary>Ordinal replacement that works on every target framework.</summary>
        internal static string Replace(string text, string oldValue, string newValue) => new StringBuilder(text).Replace(oldValue, newValue).ToString();

        private static string? Problem(string value)
        {
            if (Has(value, '"'))
            {
                return "contains a double quote, which netsh cannot carry inside a value";
            }
            var controls = new StringBuilder();
            foreach (var c in value)
            {
                if (char.IsControl(c))
                {
                    controls.Append(controls.Length == 0 ? "" : ", ").Append("U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            return controls.Length == 0 ? null : "contains control characters (" + controls + "), which a netsh command line cannot carry";
        }
    }
}
