using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace IpsecSdk.Export.PowerShell
{
    /// <summary>
    /// One argument of a generated command, already rendered as PowerShell source. Text values are always
    /// single-quoted literals; only the writer's own code (variables, numbers, fixed enum names) is unquoted.
    /// </summary>
    internal sealed class PowerShellValue
    {
        private PowerShellValue(IReadOnlyList<string> lines, string? inline, bool isSwitch)
        {
            Lines = lines;
            Inline = inline;
            IsSwitch = isSwitch;
        }

        /// <summary>A switch parameter: <c>-Name</c> on a command line, <c>Name = $true</c> in a splat.</summary>
        internal static PowerShellValue Switch { get; } = new PowerShellValue(new[] { "$true" }, null, true);

        /// <summary>The source lines of the value (more than one for nested commands).</summary>
        internal IReadOnlyList<string> Lines { get; }

        /// <summary>How the value reads as a command-line argument.</summary>
        internal string? Inline { get; }

        /// <summary>True for switch parameters.</summary>
        internal bool IsSwitch { get; }

        internal static PowerShellValue Text(string value) => Single(PowerShellQuoting.Literal(value));

        internal static PowerShellValue Texts(IEnumerable<string> values) => Single(string.Join(", ", values.Select(PowerShellQuoting.Literal)));

        /// <summary>Enum value names from <see cref="NetSecurityValues"/>: quoted in splats, bare on command lines.</summary>
        internal static PowerShellValue Names(IReadOnlyList<string> names) =>
            new PowerShellValue(new[] { string.Join(", ", names.Select(PowerShellQuoting.Literal)) }, string.Join(",", names), false);

        internal static PowerShellValue Name(string name) => Names(new[] { name });

        internal static PowerShellValue Number(long value) => Single(value.ToString(CultureInfo.InvariantCulture));

        internal static PowerShellValue Boolean(bool value) => Single(value ? "$true" : "$false");

        /// <summary>An expression the writer composed itself (never from policy text).</summary>
        internal static PowerShellValue Code(string expression) => Single(expression);

        /// <summary>An array of nested commands, one per line: <c>@( ... )</c>.</summary>
        internal static PowerShellValue CommandArray(IEnumerable<string> commandLines)
        {
            var lines = new List<string> { "@(" };
            lines.AddRange(commandLines.Select(line => "    " + line));
            lines.Add(")");
            return new PowerShellValue(lines, null, false);
        }

        private static PowerShellValue Single(string expression) => new PowerShellValue(new[] { expression }, expression, false);

        /// <summary>The value as a command-line argument (only single-line values have one).</summary>
        internal string InlineText => Inline ?? throw new InvalidOperationException("A multi-line value cannot be written on a command line.");
    }
}
