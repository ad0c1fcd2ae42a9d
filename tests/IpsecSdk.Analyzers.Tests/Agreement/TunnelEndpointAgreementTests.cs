using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IpsecSdk.Catalogue;
using Xunit;

namespace IpsecSdk.Analyzers.Tests.Agreement
{
    /// <summary>
    /// The validity side of the agreement for tunnel endpoints: for every pair of local and remote endpoints below, the
    /// rules the analyzers report on <c>Tunnel(local, remotes)</c> are exactly the rules <c>Build()</c> reports on the
    /// tunnel endpoints of the policy that very code builds.
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
            var calls = new List<string>();
            foreach (var local in Locals)
            {
                foreach (var remotes in RemoteLists)
                {
                    var arguments = string.Join(", ", new[] { local }.Concat(remotes).Select(a => "\"" + a + "\""));
                    calls.Add(".AddRule(\"r" + calls.Count + "\", r => r.AuthenticateWithCertificate(\"CN=ca\").Tunnel(" + arguments + "))");
                }
            }

            var (mismatches, judged) = await RuleByRuleComparison.CompareAsync(
                calls, new HashSet<string> { RuleIds.InvalidTunnel, RuleIds.InvalidAddressOrPort }, f => f.Path.Contains("TunnelEndpoint", StringComparison.Ordinal), presenceOnly: false);

            Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
            Assert.True(judged >= calls.Count, "Too few endpoint findings (" + judged + ") for the matrix to mean anything.");
        }
    }
}
