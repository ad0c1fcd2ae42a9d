using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace IpsecSdk.Export.StrongSwan
{
    /// <summary>Writes swanctl.conf syntax: nested <c>name { … }</c> sections and <c>key = value</c> lines.</summary>
    internal sealed class SwanctlText
    {
        // Values made of these characters are written bare; anything else is double-quoted.
        private static readonly Regex Bare = new Regex(@"^[A-Za-z0-9 ._:/%,\[\]\-]*$", RegexOptions.CultureInvariant);
        private readonly StringBuilder _text = new StringBuilder();
        private int _depth;

        internal SwanctlText Comment(string comment) => Line("# " + comment);

        internal SwanctlText Open(string name) => Line(name + " {", +1);

        internal SwanctlText Close() => Line("}", -1);

        internal SwanctlText Value(string key, string value) => Line(key + " = " + Format(value));

        internal SwanctlText Values(IEnumerable<KeyValuePair<string, string>> values)
        {
            foreach (var value in values)
            {
                Value(value.Key, value.Value);
            }
            return this;
        }

        /// <summary>Whether a value can be written at all: swanctl.conf values cannot span lines.</summary>
        internal static bool CanCarry(string value)
        {
            foreach (var c in value)
            {
                if (char.IsControl(c))
                {
                    return false;
                }
            }
            return true;
        }

        public override string ToString() => _text.ToString();

        private static string Format(string value) =>
            Bare.IsMatch(value) && value.Trim() == value && value.Length > 0
                ? value
                : "\"" + new StringBuilder(value).Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

        private SwanctlText Line(string line, int depthChange = 0)
        {
            if (depthChange < 0)
            {
                _depth += depthChange;
            }
            _text.Append(' ', _depth * 4).Append(line).Append('\n');
            if (depthChange > 0)
            {
                _depth += depthChange;
            }
            return this;
        }
    }
}
