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
    }
}
