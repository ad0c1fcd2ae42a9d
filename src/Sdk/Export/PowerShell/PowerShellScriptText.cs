using System.Collections.Generic;
using System.Text;

namespace IpsecSdk.Export.PowerShell
{
    /// <summary>Collects the lines of the generated script (CRLF: it is a Windows script).</summary>
    internal sealed class PowerShellScriptText
    {
        private const string NewLine = "\r\n";
        private readonly StringBuilder _text = new StringBuilder();

        internal PowerShellScriptText Line(string line = "")
        {
            _text.Append(line).Append(NewLine);
            return this;
        }

        internal PowerShellScriptText Lines(IEnumerable<string> lines)
        {
            foreach (var line in lines)
            {
                Line(line);
            }

            return this;
        }

        /// <summary>A comment line; any policy text in it must already be passed through <see cref="PowerShellQuoting.CommentText"/>.</summary>
        internal PowerShellScriptText Comment(string text) => Line(text.Length == 0 ? "#" : "# " + text);

        /// <summary>Writes <c>$params = @{...}</c> followed by <c>Command @params | Out-Null</c>.</summary>
        internal PowerShellScriptText Splatted(PowerShellCommand command)
        {
            Lines(command.ToSplat("params"));
            return Line(command.Name + " @params | Out-Null");
        }

        public override string ToString() => _text.ToString();
    }
}
