namespace IpsecSdk.Validation
{
    /// <summary>Ordinal character search that compiles the same for netstandard2.0 and net8.0 (no culture question arises).</summary>
    internal static class TextSearch
    {
        internal static int Find(string text, char c)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == c)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// Why a literal with blanks is refused, or null. One rule for every writer: PowerShell would pass ' 10.0.0.1 ' on
        /// verbatim while netsh and swanctl trimmed it, so a literal is accepted only in the one form all of them write.
        /// </summary>
        internal static string? BlankProblem(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    return "it holds a blank at position " + i + "; write it without blanks";
                }
            }

            return null;
        }
    }
}
