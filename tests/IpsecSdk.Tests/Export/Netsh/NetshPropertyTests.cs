using System;
using System.Linq;
using CsCheck;
using IpsecSdk.Export.Netsh;
using Xunit;
using static IpsecSdk.Tests.Export.Netsh.NetshTestPolicies;

namespace IpsecSdk.Tests.Export.Netsh
{
    /// <summary>For any valid policy (invalid ones are refused): each rule is written once or its omission is reported, with documented parameters only.</summary>
    public class NetshPropertyTests
    {
        // The parameters of `netsh advfirewall consec add rule` in the schema reference (3.1).
        private static readonly string[] Documented =
        {
            "name", "endpoint1", "endpoint2", "action", "description", "mode", "enable", "profile", "type", "localtunnelendpoint", "remotetunnelendpoint",
            "port1", "port2", "protocol", "interfacetype", "auth1", "auth1psk", "auth1ca", "auth1healthcert", "auth1ecdsap256ca", "auth1ecdsap256healthcert",
            "auth1ecdsap384ca", "auth1ecdsap384healthcert", "auth2", "auth2ca", "auth2ecdsap256ca", "auth2ecdsap384ca", "qmpfs", "qmsecmethods",
        };

        [Fact]
        public void Every_rule_is_written_once_or_reported_as_omitted_and_lines_stay_well_formed()
        {
            RuleGenerators.AnyPolicy.Sample(policy => RuleGenerators.RefusedOrWritten(policy, p => NetshScriptWriter.Write(p), script =>
            {
                var adds = AddLines(script);
                var names = adds.Select(a => Parameter(a, "name")).ToList();
                for (var i = 0; i < policy.Rules.Count; i++)
                {
                    var expected = NetshValue.Format(policy.Rules[i].DisplayName, out _);
                    var written = expected != null && names.Contains(expected) && !policy.Rules.Take(i).Any(r => string.Equals(r.DisplayName, policy.Rules[i].DisplayName, StringComparison.OrdinalIgnoreCase));
                    Assert.True(written || RuleGenerators.ExplainsOmission(script.Limitations, i), "rules[" + i + "] ('" + policy.Rules[i].DisplayName + "') is neither written nor reported");
                }
                Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
                Assert.Equal(policy.Rules.Count, adds.Length + Enumerable.Range(0, policy.Rules.Count).Count(i => RuleGenerators.ExplainsOmission(script.Limitations, i)));
                foreach (var add in adds)
                {
                    var keys = Tokens(add).Skip(5).TakeWhile(t => t != "||").Select(t => t.Substring(0, t.IndexOf('=', StringComparison.Ordinal))).ToList();
                    Assert.All(keys, k => Assert.Contains(k, Documented));
                    Assert.Equal(keys.Count, keys.Distinct().Count());
                }
                Assert.All(Lines(script), l => Assert.True(l.Count(c => c == '"') % 2 == 0 && !l.Contains('\n', StringComparison.Ordinal), "unbalanced quotes or line break: " + l));
                Assert.DoesNotContain("k\"%ey", script.Script, StringComparison.Ordinal);
            }), iter: 500);
        }
    }
}
