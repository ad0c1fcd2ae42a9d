using System;
using IpsecSdk.Export.StrongSwan;
using IpsecSdk.Tests.Support;
using Xunit;

namespace IpsecSdk.Tests.Export.StrongSwan
{
    /// <summary>Option texts reach swanctl.conf verbatim, so each is checked: none can close a section or open a new one.</summary>
    public sealed class SwanctlOptionsTests
    {
        [Theory]
        [InlineData("trap\n}\n}\nsecrets { ike-x { secret = 0sAAAA } }")]
        [InlineData("")]
        [InlineData("restart")]
        [InlineData("TRAP")]
        public void A_start_action_swanctl_does_not_know_is_refused_naming_the_option_and_the_allowed_values(string startAction)
        {
            var error = Assert.Throws<ArgumentException>(() => SwanctlConfigWriter.Write(SamplePolicies.Minimal(), new SwanctlExportOptions { StartAction = startAction }));
            Assert.Contains("SwanctlExportOptions.StartAction", error.Message, StringComparison.Ordinal);
            Assert.Contains("allowed: none, trap, start", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("\n}", error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("none")]
        [InlineData("trap")]
        [InlineData("start")]
        public void Every_documented_start_action_is_written(string startAction) =>
            Assert.Contains("start_action = " + startAction, SwanctlConfigWriter.Write(SamplePolicies.Minimal(), new SwanctlExportOptions { StartAction = startAction }).Config, StringComparison.Ordinal);

        [Theory]
        [InlineData("peer.pem\n}\nsecrets {")]
        [InlineData("../../etc/passwd")]
        [InlineData("/etc/ssl/peer.pem")]
        [InlineData("peer cert.pem")]
        [InlineData("")]
        public void A_certificate_file_name_that_is_not_a_plain_relative_name_is_refused(string file)
        {
            var error = Assert.Throws<ArgumentException>(() => SwanctlConfigWriter.Write(SamplePolicies.Minimal(), new SwanctlExportOptions { LocalCertificate = file }));
            Assert.Contains("SwanctlExportOptions.LocalCertificate", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void WithSettings_returning_null_is_refused_instead_of_dropping_the_secure_defaults()
        {
            var error = Assert.Throws<ArgumentException>(() => IpsecPolicy.Create("g").WithSettings(_ => null!));
            Assert.Contains("LeaveGlobalSettingsUnchanged()", error.Message, StringComparison.Ordinal);
        }
    }
}
