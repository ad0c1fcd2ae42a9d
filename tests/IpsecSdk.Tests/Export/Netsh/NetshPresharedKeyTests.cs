using System;
using System.Linq;
using IpsecSdk.Export;
using IpsecSdk.Export.Netsh;
using Xunit;
using static IpsecSdk.Tests.Export.Netsh.NetshTestPolicies;

namespace IpsecSdk.Tests.Export.Netsh
{
    public class NetshPresharedKeyTests
    {
        private const string Secret = "s3cr3t-Key";

        private static IpsecPolicy PskPolicy(string key = Secret, string id = "legacy-nas") =>
            IpsecPolicy.Create("g").AddRule(id, r => r.WithDisplayName("Legacy NAS").AuthenticateWithPresharedKey(key)).Build();

        [Fact]
        public void By_default_the_key_is_read_from_a_documented_variable_and_never_written()
        {
            var script = NetshScriptWriter.Write(PskPolicy());

            Assert.DoesNotContain(Secret, script.Script, StringComparison.Ordinal);
            Assert.Equal("\"%IPSEC_PSK_legacy_nas%\"", Parameter(AddLines(script)[0], "auth1psk"));
            Assert.Equal(new[] { "IPSEC_PSK_legacy_nas" }, script.PresharedKeyVariables);
            var lines = Lines(script);
            var check = Array.IndexOf(lines, "if not defined IPSEC_PSK_legacy_nas (");
            Assert.True(check >= 0 && check < Array.FindIndex(lines, l => l.StartsWith("netsh", StringComparison.Ordinal)), "the variable is checked before any netsh command");
            Assert.Equal("  exit /b 1", lines[check + 2]);
        }

        [Fact]
        public void Opting_in_writes_the_key_inline_with_percent_signs_escaped_for_cmd()
        {
            var script = NetshScriptWriter.Write(PskPolicy("50%off"), new NetshExportOptions { IncludePresharedKeys = true });

            Assert.Equal("\"50%%off\"", Parameter(AddLines(script)[0], "auth1psk"));
            Assert.Empty(script.PresharedKeyVariables);
        }

        [Fact]
        public void A_key_netsh_cannot_carry_falls_back_to_the_variable_and_is_reported()
        {
            var script = NetshScriptWriter.Write(PskPolicy("say \"hi\""), new NetshExportOptions { IncludePresharedKeys = true });

            Assert.DoesNotContain("say", script.Script, StringComparison.Ordinal);
            Assert.Equal(ExportLimitationKind.Approximated, Assert.Single(script.Limitations, l => l.Path == "rules[0].phase1Authentication.proposals[0].presharedKey").Kind);
        }

        [Fact]
        public void Variable_names_stay_unique_when_rule_ids_differ_only_in_punctuation()
        {
            var policy = IpsecPolicy.Create("g")
                .AddRule("a-b", r => r.WithDisplayName("one").AuthenticateWithPresharedKey("k1"))
                .AddRule("a_b", r => r.WithDisplayName("two").AuthenticateWithPresharedKey("k2"))
                .Build();

            Assert.Equal(new[] { "IPSEC_PSK_a_b", "IPSEC_PSK_a_b_2" }, NetshScriptWriter.Write(policy).PresharedKeyVariables);
        }
    }
}
