using System.Collections.Generic;
using System.IO;

namespace IpsecSdk.Export.PowerShell
{
    /// <summary>Writes the lines of the generated script (CRLF: it is a Windows script) to a text writer.</summary>
    internal sealed class PowerShellScriptText
    {
        private const string NewLine = "\r\n";
        private readonly TextWriter _output;

        internal PowerShellScriptText(TextWriter output)
        {
            _output = output;
        }

        internal PowerShellScriptText Line(string line = "")
        {
            _output.Write(line);
            _output.Write(NewLine);
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
    }
}
