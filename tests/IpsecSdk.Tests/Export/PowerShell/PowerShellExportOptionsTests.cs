using System;
using IpsecSdk.Export.PowerShell;
using IpsecSdk.Tests.Support;
using Xunit;

namespace IpsecSdk.Tests.Export.PowerShell
{
    public sealed class PowerShellExportOptionsTests
    {
        [Theory]
        [InlineData("RSOP", "read-only")]
        [InlineData("systemdefaults", "read-only")]
        [InlineData("StaticServiceStore", "read-only")]
        [InlineData(" ", "'PolicyStore' is empty")]
        public void Unusable_stores_are_refused_with_the_value_and_the_choices(string store, string reason)
        {
            var error = Assert.Throws<ArgumentException>(() => PowerShellScriptWriter.Write(SamplePolicies.Minimal(), new PowerShellExportOptions { PolicyStore = store }));

            Assert.Contains(reason, error.Message, StringComparison.Ordinal);
            Assert.Contains("PersistentStore", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_gpo_session_needs_a_domain_gpo_name()
        {
            var error = Assert.Throws<ArgumentException>(() => PowerShellScriptWriter.Write(SamplePolicies.Minimal(), PowerShellExportOptions.ForGpo("localhost")));

            Assert.Contains("'PolicyStore' is 'localhost', but a GPO session needs a domain GPO as 'domain\\GPO name'", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_domain_controller_without_a_gpo_session_is_refused()
        {
            var error = Assert.Throws<ArgumentException>(() => PowerShellScriptWriter.Write(SamplePolicies.Minimal(), new PowerShellExportOptions { DomainController = "dc01" }));

            Assert.Contains("'DomainController' is 'dc01'", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_null_policy_is_refused_by_name()
        {
            Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => PowerShellScriptWriter.Write(null!)).ParamName);
        }

        [Fact]
        public void Missing_proposal_data_is_reported_with_its_path()
        {
            var policy = SamplePolicies.Minimal();
            var rule = policy.Rules[0];
            var broken = rule with
            {
                Phase1Authentication = rule.Phase1Authentication! with { Proposals = ValueList.Of(new AuthenticationProposal { Method = AuthenticationMethod.PresharedKey }) },
            };

            var error = Assert.Throws<IpsecSdk.Validation.PolicyValidationException>(() => PowerShellScriptWriter.Write(policy with { Rules = ValueList.Of(broken) }));

            Assert.Contains(error.Findings, f => f.Path == "rules[0].phase1Authentication.proposals[0].presharedKey");
        }

        [Fact]
        public void Save_writes_utf8_with_a_byte_order_mark_for_windows_powershell()
        {
            var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ipsecsdk-" + Guid.NewGuid().ToString("N") + ".ps1");
            try
            {
                PowerShellScriptWriter.Save(SamplePolicies.Minimal("Contoso.\u00dcberall"), path);

                var bytes = System.IO.File.ReadAllBytes(path);
                Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
                Assert.Equal(PowerShellScriptWriter.Write(SamplePolicies.Minimal("Contoso.\u00dcberall")), System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
            }
            finally
            {
                System.IO.File.Delete(path);
            }
        }
    }
}
