using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace IpsecSdk.Package.Tests.Infrastructure;

/// <summary>One compiler diagnostic as the console logger prints it: <c>file(line,col): warning ID: message [project]</c>.</summary>
public sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    private static readonly Regex Pattern = new(
        @"^\s*(?<file>[^\r\n(]+)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error|info) (?<id>[A-Z]+\d+): (?<message>.*?)(?: \[[^\]]+\])?\s*$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>The IPSEC diagnostics in a build's output, each once, in file/line order.</summary>
    public static IReadOnlyList<BuildDiagnostic> IpsecIn(CliResult result) =>
        Pattern.Matches(result.Output)
            .Select(m => new BuildDiagnostic(
                Path.GetFileName(m.Groups["file"].Value.Trim()),
                int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                m.Groups["severity"].Value,
                m.Groups["id"].Value,
                m.Groups["message"].Value))
            .Where(d => d.Id.StartsWith("IPSEC", StringComparison.Ordinal))
            .Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>The short form the tests compare: <c>file:line severity ID</c>.</summary>
    public string Key => $"{File}:{Line} {Severity} {Id}";
}
