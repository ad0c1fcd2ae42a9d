using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace IpsecSdk.Tests.Interop
{
    /// <summary>The facts harness.sh printed: initiation outcome, notifies, timings and each side's SAs.</summary>
    internal sealed class HarnessRun
    {
        private HarnessRun(Dictionary<string, List<string>> facts, Dictionary<string, string> sas)
        {
            Facts = facts;
            Sas = sas;
        }

        /// <summary>HARNESS key=value facts; a key may repeat (notify).</summary>
        internal Dictionary<string, List<string>> Facts { get; }

        /// <summary>Raw <c>swanctl --list-sas --raw</c> output per side (windows, peer).</summary>
        internal Dictionary<string, string> Sas { get; }

        internal bool Initiated => Fact("initiate") == "ok";

        internal int InitiateMilliseconds => int.Parse(Fact("initiate_ms") ?? "-1", CultureInfo.InvariantCulture);

        internal int TotalMilliseconds => int.Parse(Fact("total_ms") ?? "-1", CultureInfo.InvariantCulture);

        internal IReadOnlyList<string> Notifies => Facts.TryGetValue("notify", out var n) ? n : new List<string>();

        internal string? Fact(string key) => Facts.TryGetValue(key, out var values) ? values[0] : null;

        internal IkeSa? IkeSa(string side) => Sas.TryGetValue(side, out var raw) ? Interop.IkeSa.Parse(raw) : null;

        internal static HarnessRun Parse(string output)
        {
            var facts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var sas = new Dictionary<string, string>(StringComparer.Ordinal);
            string? side = null;
            foreach (var line in output.Split('\n').Select(l => l.TrimEnd('\r')))
            {
                if (line.StartsWith("SAS-BEGIN ", StringComparison.Ordinal))
                {
                    side = line.Substring(10);
                    sas[side] = "";
                }
                else if (line.StartsWith("SAS-END", StringComparison.Ordinal))
                {
                    side = null;
                }
                else if (side != null)
                {
                    sas[side] += line + "\n";
                }
                else if (line.StartsWith("HARNESS ", StringComparison.Ordinal))
                {
                    foreach (Match m in Regex.Matches(line.Substring(8), @"([a-z_]+)=(\S+)"))
                    {
                        if (!facts.TryGetValue(m.Groups[1].Value, out var list))
                        {
                            facts[m.Groups[1].Value] = list = new List<string>();
                        }
                        list.Add(m.Groups[2].Value);
                    }
                }
            }
            return new HarnessRun(facts, sas);
        }
    }

    /// <summary>One IKE_SA from <c>swanctl --list-sas --raw</c> and its CHILD_SAs.</summary>
    internal sealed class IkeSa
    {
        private static readonly Regex Field = new Regex(@"(?<=[\s{])([a-z-]+)=([^\s{}]+)", RegexOptions.CultureInvariant);

        private IkeSa(Dictionary<string, string> fields, List<Dictionary<string, string>> children)
        {
            Fields = fields;
            Children = children;
        }

        internal Dictionary<string, string> Fields { get; }

        internal List<Dictionary<string, string>> Children { get; }

        internal string? this[string key] => Fields.TryGetValue(key, out var v) ? v : null;

        /// <summary>The IKE_SA in <paramref name="raw"/>, or null when there is none.</summary>
        internal static IkeSa? Parse(string raw)
        {
            var start = raw.IndexOf("list-sa event {", StringComparison.Ordinal);
            if (start < 0)
            {
                return null;
            }
            var text = raw.Substring(start);
            var childStart = text.IndexOf("child-sas {", StringComparison.Ordinal);
            var ikePart = childStart < 0 ? text : text.Substring(0, childStart);
            var childPart = childStart < 0 ? "" : text.Substring(childStart);
            var children = Regex.Split(childPart, @"(?=\{name=)").Skip(1).Select(ReadFields).ToList();
            return new IkeSa(ReadFields(ikePart), children);
        }

        private static Dictionary<string, string> ReadFields(string text)
        {
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Match m in Field.Matches(text))
            {
                fields.TryAdd(m.Groups[1].Value, m.Groups[2].Value);
            }
            return fields;
        }
    }
}
