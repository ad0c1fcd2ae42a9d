using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace IpsecSdk.Export.PowerShell
{
    /// <summary>A NetSecurity command with named parameters, written either on one line or splatted.</summary>
    internal sealed class PowerShellCommand
    {
        private readonly List<KeyValuePair<string, PowerShellValue>> _parameters = new List<KeyValuePair<string, PowerShellValue>>();

        internal PowerShellCommand(string name)
        {
            Name = name;
        }

        internal string Name { get; }

        internal IReadOnlyList<KeyValuePair<string, PowerShellValue>> Parameters => _parameters;

        internal PowerShellCommand With(string parameter, PowerShellValue value)
        {
            _parameters.Add(new KeyValuePair<string, PowerShellValue>(parameter, value));
            return this;
        }

        internal PowerShellCommand With(string parameter, string? text) => text == null ? this : With(parameter, PowerShellValue.Text(text));

        internal PowerShellCommand With(string parameter, IReadOnlyCollection<string> texts) => texts.Count == 0 ? this : With(parameter, PowerShellValue.Texts(texts));

        internal PowerShellCommand WithSwitch(string parameter, bool on = true) => on ? With(parameter, PowerShellValue.Switch) : this;

        /// <summary>The command on one line: <c>Name -A 'x' -B</c>.</summary>
        internal string ToInline()
        {
            var line = new StringBuilder(Name);
            foreach (var parameter in _parameters)
            {
                line.Append(" -").Append(parameter.Key);
                if (!parameter.Value.IsSwitch)
                {
                    line.Append(' ').Append(parameter.Value.InlineText);
                }
            }

            return line.ToString();
        }

        /// <summary>The lines of a splatting hashtable <c>$variable = @{ ... }</c> (keys aligned for reading).</summary>
        internal IEnumerable<string> ToSplat(string variable)
        {
            var width = _parameters.Count == 0 ? 0 : _parameters.Max(p => p.Key.Length);
            yield return "$" + variable + " = @{";
            foreach (var parameter in _parameters)
            {
                var lines = parameter.Value.Lines;
                yield return "    " + parameter.Key.PadRight(width) + " = " + lines[0];
                for (var i = 1; i < lines.Count; i++)
                {
                    yield return "    " + lines[i];
                }
            }

            yield return "}";
        }
    }
}
