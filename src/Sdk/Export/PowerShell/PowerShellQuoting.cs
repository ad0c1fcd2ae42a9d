using System;
using System.Text;

namespace IpsecSdk.Export.PowerShell
{
    /// <summary>
    /// Turns untrusted text (names, descriptions, addresses, keys) into PowerShell source that can only ever
    /// be that text: single-quoted literals, inert comments and plain identifiers.
    /// </summary>
    internal static class PowerShellQuoting
    {
        /// <summary>
        /// A single-quoted string literal. Inside single quotes PowerShell expands nothing (<c>$</c>, backticks,
        /// double quotes, <c>;</c>, <c>|</c> and line breaks are plain text); the only special character is the
        /// quote itself, which is doubled. PowerShell also treats the typographic quotes U+2018..U+201B as single
        /// quotes, so those are doubled as well (as <c>CodeGeneration.EscapeSingleQuotedStringContent</c> does).
        /// </summary>
        internal static string Literal(string value)
        {
            if (value == null)
            {
                throw new ArgumentNullException(nameof(value));
            }

            var text = new StringBuilder(value.Length + 2);
            text.Append('\'');
            foreach (var c in value)
            {
                text.Append(c);
                if (IsSingleQuote(c))
                {
                    text.Append(c);
                }
            }

            text.Append('\'');
            return text.ToString();
        }

        /// <summary>
        /// Text safe to put after <c>#</c> on one line: every character that could end the comment line
        /// (CR, LF, other control characters and the Unicode line/paragraph separators) becomes <c>?</c>.
        /// </summary>
        internal static string CommentText(string value)
        {
            if (value == null)
            {
                throw new ArgumentNullException(nameof(value));
            }

            var text = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                text.Append(char.IsControl(c) || c == '\u2028' || c == '\u2029' ? '?' : c);
            }

            return text.ToString();
        }

        /// <summary>
        /// An identifier fragment for variable and parameter names: ASCII letters, digits and <c>_</c> only
        /// (everything else becomes <c>_</c>).
        /// </summary>
        internal static string IdentifierPart(string value)
        {
            var text = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                text.Append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '_');
            }

            return text.ToString();
        }

        private static bool IsSingleQuote(char c) => c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
    }
}
