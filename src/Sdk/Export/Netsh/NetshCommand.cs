using System.Collections.Generic;
using System.Text;

namespace IpsecSdk.Export.Netsh
{
    /// <summary>Builds one netsh command line from <c>key=value</c> parameters whose values are already formatted.</summary>
    internal sealed class NetshCommand
    {
        private readonly StringBuilder _line;

        internal NetshCommand(string command)
        {
            _line = new StringBuilder(command);
        }

        internal NetshCommand Add(string key, string value)
        {
            _line.Append(' ').Append(key).Append('=').Append(value);
            return this;
        }

        internal NetshCommand AddAll(IEnumerable<KeyValuePair<string, string>> parameters)
        {
            foreach (var parameter in parameters)
            {
                Add(parameter.Key, parameter.Value);
            }
            return this;
        }

        /// <summary>The command line; <paramref name="stopOnFailure"/> appends <c>|| exit /b 1</c>.</summary>
        internal string ToLine(bool stopOnFailure = true) => stopOnFailure ? _line + " || exit /b 1" : _line.ToString();
    }
}
