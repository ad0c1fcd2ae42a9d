using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace IpsecSdk.Export
{
    /// <summary>Turns rule IDs into names a target format accepts (cmd variables, swanctl sections).</summary>
    internal static class ExportNames
    {
        /// <summary>
        /// <paramref name="text"/> with every character outside <c>[A-Za-z0-9]</c> and <paramref name="punctuation"/>
        /// replaced by <c>_</c>, made unique against <paramref name="taken"/> (case-insensitive) with a <c>_2</c>, <c>_3</c> … suffix,
        /// and added to it.
        /// </summary>
        internal static string Unique(string text, string punctuation, ISet<string> taken)
        {
            var name = new StringBuilder();
            foreach (var c in text)
            {
                var plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || punctuation.IndexOf(c.ToString(), StringComparison.Ordinal) >= 0;
                name.Append(plain ? c : '_');
            }
            var unique = name.ToString();
            for (var n = 2; taken.Contains(unique); n++)
            {
                unique = name + "_" + n.ToString(CultureInfo.InvariantCulture);
            }
            taken.Add(unique);
            return unique;
        }
    }
}
