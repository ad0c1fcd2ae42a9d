using System;
using System.Linq;
using IpsecSdk.Export;
using IpsecSdk.Export.Netsh;
using Xunit;
using static IpsecSdk.Tests.Export.Netsh.NetshTestPolicies;

namespace IpsecSdk.Tests.Export.Netsh
{
    /// <summary>Names netsh cannot carry are reported, never mangled; names it can carry are quoted and escaped; names Windows rejects never reach the writer.</summary>
    public class NetshHostileNameTests
    {
        [Theory]
        [InlineData("say \"hi\"")]
        [InlineData("two\r\nlines")]
        [InlineData("tab\there")]
        public void Names_netsh_cannot_carry_omit_the_rule_and_are_reported(string name)
        {
            var script = NetshScriptWriter.Write(WithRule(Rule with { DisplayName = name }));

            Assert.Empty(AddLines(script));
            Assert.DoesNotContain(Lines(script), l => l.Contains("consec delete", StringComparison.Ordinal));
            var limitation = Assert.Single(script.Limitations, l => l.Path == "rules[0].displayName");
            Assert.Equal(ExportLimitationKind.Omitted, limitation.Kind);
        }

        [Theory]
        [InlineData("all")]
        [InlineData(" ALL ")]
        [InlineData("a|b")]
        [InlineData("")]
        public void Names_windows_rejects_are_refused_before_anything_is_written(string name)
        {
            var refused = Assert.Throws<IpsecSdk.Validation.PolicyValidationException>(() => NetshScriptWriter.Write(WithRule(Rule with { DisplayName = name })));

            Assert.Contains(refused.Findings, f => f.RuleId == IpsecSdk.Catalogue.RuleIds.InvalidName && f.Path == "rules[0].displayName");
        }

        [Theory]
        [InlineData("50% & more", "\"50%% & more\"")]
        [InlineData("a>b<c^d", "\"a>b<c^d\"")]
        [InlineData("x=y,(z);", "\"x=y,(z);\"")]
        [InlineData("plain-name_1.0", "plain-name_1.0")]
        public void Names_with_cmd_metacharacters_are_quoted_and_percent_doubled(string name, string expected)
        {
            var script = NetshScriptWriter.Write(WithRule(Rule with { DisplayName = name }));

            Assert.Equal(expected, Parameter(Assert.Single(AddLines(script)), "name"));
            Assert.Contains(Lines(script), l => l == "netsh advfirewall consec delete rule name=" + expected + " >nul 2>&1");
        }

        [Fact]
        public void Non_ascii_names_switch_the_script_to_utf8()
        {
            var script = NetshScriptWriter.Write(WithRule(Rule with { DisplayName = "Prüfstand Süd" }));

            Assert.Contains("chcp 65001 >nul", Lines(script));
            Assert.Equal("\"Prüfstand Süd\"", Parameter(AddLines(script)[0], "name"));
        }

        [Fact]
        public void Duplicate_display_names_omit_the_later_rule_because_netsh_replaces_by_name()
        {
            var policy = ServerIsolation() with { Rules = ValueList.Of(Rule, Rule with { Id = "other", DisplayName = "SERVER ISOLATION" }) };

            var script = NetshScriptWriter.Write(policy);

            Assert.Single(AddLines(script));
            Assert.Equal(ExportLimitationKind.Omitted, Assert.Single(script.Limitations, l => l.Path == "rules[1].displayName").Kind);
        }

        [Fact]
        public void A_description_netsh_cannot_carry_is_left_out_and_reported_but_the_rule_is_written()
        {
            var script = NetshScriptWriter.Write(WithRule(Rule with { Description = "line1\nline2" }));

            Assert.Null(Parameter(Assert.Single(AddLines(script)), "description"));
            Assert.Equal(ExportLimitationKind.NotExpressed, Assert.Single(script.Limitations, l => l.Path == "rules[0].description").Kind);
        }

        [Fact]
        public void Double_quotes_in_ca_names_are_written_as_the_documented_backslash_quote()
        {
            var ca = "CN=\"North, South Root\"";
            var rule = Rule with { Phase1Authentication = new Phase1AuthenticationSet { Id = "p1", DisplayName = "p1", Proposals = ValueList.Of(new AuthenticationProposal { Method = AuthenticationMethod.MachineCertificate, CertificateAuthority = ca }) } };

            var script = NetshScriptWriter.Write(WithRule(rule));

            Assert.Equal("\"CN=\\'North, South Root\\' certmapping:no excludecaname:no catype:root\"", Parameter(AddLines(script)[0], "auth1ecdsap384ca"));
        }

        [Theory]
        [InlineData("DC=com, DC=contoso, CN=Contoso CA", ExportLimitationKind.Unconfirmed)]
        public void Ca_names_netsh_cannot_carry_or_may_reject_are_reported(string ca, ExportLimitationKind kind)
        {
            var rule = Rule with { Phase1Authentication = new Phase1AuthenticationSet { Id = "p1", DisplayName = "p1", Proposals = ValueList.Of(new AuthenticationProposal { Method = AuthenticationMethod.MachineCertificate, CertificateAuthority = ca }) } };

            var script = NetshScriptWriter.Write(WithRule(rule));

            Assert.Equal(kind, Assert.Single(script.Limitations, l => l.Path == "rules[0].phase1Authentication.proposals[0].certificateAuthority").Kind);
            Assert.Equal(kind == ExportLimitationKind.Unconfirmed, AddLines(script).Length == 1);
        }
    }
}
