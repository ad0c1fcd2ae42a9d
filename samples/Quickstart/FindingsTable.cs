using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IpsecSdk.Validation;

namespace Quickstart;

/// <summary>Prints findings as a plain-text table that stays readable in a terminal and in CI logs.</summary>
internal static class FindingsTable
{
    internal static void Write(TextWriter output, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0)
        {
            output.WriteLine("No findings.");
            return;
        }

        var rows = findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => new[] { f.RuleId, f.Severity.ToString().ToLowerInvariant(), f.Path, f.Message })
            .ToList();
        var headers = new[] { "Rule", "Severity", "Where", "Finding" };
        var widths = Enumerable.Range(0, 3).Select(i => rows.Select(r => r[i].Length).Append(headers[i].Length).Max()).ToArray();

        output.WriteLine(Line(headers, widths));
        output.WriteLine(Line(widths.Select(w => new string('-', w)).Append("-------").ToArray(), widths));
        foreach (var row in rows)
        {
            output.WriteLine(Line(row, widths));
        }
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Take(3).Select((c, i) => c.PadRight(widths[i]))) + "  " + cells[3];
}
