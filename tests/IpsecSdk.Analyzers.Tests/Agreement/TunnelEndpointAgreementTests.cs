using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using IpsecSdk.Analyzers.Tests.Infrastructure;
using IpsecSdk.Catalogue;
using Xunit;

namespace IpsecSdk.Analyzers.Tests.Agreement
{
    /// <summary>
    /// The validity side of the agreement: for every pair of local and remote tunnel endpoints below, the rules the
    /// analyzers report on <c>Tunnel(local, remotes)</c> are exactly the rules <c>Build()</c> reports on the tunnel
    /// endpoints of the policy that very code builds (compiled and executed here).
    /// </summary>
    public sealed class TunnelEndpointAgreementTests
    {
        private static readonly string[] Locals = { "192.0.2.1", "2001:db8::1", "Any", "", "  ", "127.0.0.1", "ff02::1", "10.1" };

        private static readonly string[][] RemoteLists =
        {
            Array.Empty<string>(),
            new[] { "198.51.100.7" },
            new[] { "2001:db8::7" },
            new[] { "any" },
            new[] { "::1" },
            new[] { "" },
            new[] { "198.51.100.7", "2001:db8::7" },
            new[] { "10.0.0.300" },
        };

        [Fact]
        public async Task Analyzer_and_Build_report_the_same_rules_for_every_endpoint_pair()
        {
            var pairs = Locals.SelectMany(local => RemoteLists.Select(remotes => (Local: local, Remotes: remotes))).ToList();
            var source = new StringBuilder("using IpsecSdk;\nusing IpsecSdk.Building;\n\npublic static class Snippet\n{\n    public static IpsecPolicyBuilder Create() => IpsecPolicy.Create(\"g\")");
            var starts = new List<int>();
            for (var i = 0; i < pairs.Count; i++)
            {
                starts.Add(source.Length);
                var arguments = string.Join(", ", new[] { pairs[i].Local }.Concat(pairs[i].Remotes).Select(a => "\"" + a + "\""));
                source.Append("\n        .AddRule(\"r" + i + "\", r => r.AuthenticateWithCertificate(\"CN=ca\").Tunnel(" + arguments + "))");
            }

            source.Append(";\n}\n");
            var text = source.ToString();
            var diagnostics = await AnalyzerRunner.IpsecDiagnosticsAsync(text);
            SnippetBuilder.TryBuild("tunnel-endpoints", text, out var findings);

            var mismatches = new List<string>();
            var judged = 0;
            for (var i = 0; i < pairs.Count; i++)
            {
                var end = i + 1 < starts.Count ? starts[i + 1] : text.Length;
                var analyzer = diagnostics
                    .Where(d => (d.Id == RuleIds.InvalidTunnel || d.Id == RuleIds.InvalidAddressOrPort) && d.Location.SourceSpan.Start >= starts[i] && d.Location.SourceSpan.Start < end)
                    .Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ToList();
                var runtime = findings
                    .Where(f => f.Path.StartsWith("rules[" + i + "].", StringComparison.Ordinal) && f.Path.Contains("TunnelEndpoint", StringComparison.Ordinal))
                    .Select(f => f.RuleId).OrderBy(id => id, StringComparer.Ordinal).ToList();
                judged += runtime.Count;
                if (!analyzer.SequenceEqual(runtime))
                {
                    mismatches.Add($"Tunnel(\"{pairs[i].Local}\", [{string.Join(", ", pairs[i].Remotes)}]): analyzer [{string.Join(", ", analyzer)}], Build() [{string.Join(", ", runtime)}]");
                }
            }

            Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
            Assert.True(judged >= pairs.Count, "Too few endpoint findings (" + judged + ") for the matrix to mean anything.");
        }
    }
}
