using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace IpsecSdk.Package.Tests.Infrastructure;

/// <summary>Reads the <c>// expect: ID ...</c> markers of a consumer source file.</summary>
public static class ExpectedDiagnostics
{
    private static readonly Regex Marker = new(@"// expect: (?<ids>(?:IPSEC\d{3} ?)+)\s*$", RegexOptions.CultureInvariant);

    /// <summary>The expected diagnostics as <see cref="BuildDiagnostic.Key"/> strings, sorted like the build output.</summary>
    public static IReadOnlyList<string> Keys(string fileName, string source, string severity = "warning") =>
        source.Split('\n')
            .Select((text, index) => (Line: index + 1, Match: Marker.Match(text)))
            .Where(x => x.Match.Success)
            .SelectMany(x => x.Match.Groups["ids"].Value.Split(' ', System.StringSplitOptions.RemoveEmptyEntries)
                .OrderBy(id => id, System.StringComparer.Ordinal)
                .Select(id => $"{fileName}:{x.Line} {severity} {id}"))
            .ToList();

    /// <summary>The IDs the markers name, each once.</summary>
    public static IReadOnlyList<string> Ids(string source) =>
        source.Split('\n').Select(line => Marker.Match(line)).Where(m => m.Success)
            .SelectMany(m => m.Groups["ids"].Value.Split(' ', System.StringSplitOptions.RemoveEmptyEntries))
            .Distinct().OrderBy(id => id, System.StringComparer.Ordinal).ToList();
}
