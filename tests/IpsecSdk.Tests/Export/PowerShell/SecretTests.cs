using System;
using System.Linq;
using System.Management.Automation.Language;
using IpsecSdk.Export.PowerShell;
using IpsecSdk.Tests.Support;
using Xunit;

namespace IpsecSdk.Tests.Export.PowerShell
{
    /// <summary>Pre-shared keys never appear in the script unless the caller opts in.</summary>
    public sealed class SecretTests
    {
        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Keys_are_absent_by_default_and_become_mandatory_secure_string_parameters(bool gpo)
        {
            var options = gpo ? PowerShellExportOptions.ForGpo(@"corp\IPsec") : PowerShellExportOptions.Default;
            var script = ScriptAssertions.WriteAndParse(SamplePolicies.KitchenSink(), options);
            var parameter = Assert.Single(script.Ast.ParamBlock.Parameters, p => p.Name.VariablePath.UserPath.StartsWith("PresharedKey_", StringComparison.Ordinal));
            var proposal = Assert.Single(script.Named("New-NetIPsecAuthProposal"), c => c.Has("PreSharedKey"));

            Assert.DoesNotContain(SamplePolicies.PresharedKey, script.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Pr3-shared", script.Text, StringComparison.Ordinal);
            Assert.Equal("PresharedKey_psk_ikev1_p1auth", parameter.Name.VariablePath.UserPath);
            Assert.Equal(typeof(System.Security.SecureString), parameter.StaticType);
            Assert.Contains(parameter.Attributes.OfType<AttributeAst>(), a => a.TypeName.Name == "Parameter" && a.NamedArguments.Any(n => n.ArgumentName == "Mandatory" && n.Argument.Extent.Text == "$true"));
            Assert.Equal("([System.Net.NetworkCredential]::new('', $PresharedKey_psk_ikev1_p1auth).Password)", proposal.Argument("PreSharedKey")!.Value!.Extent.Text);
        }

        [Fact]
        public void Keys_are_written_as_literals_only_when_secrets_are_included()
        {
            var script = ScriptAssertions.WriteAndParse(SamplePolicies.KitchenSink(), new PowerShellExportOptions { IncludeSecrets = true });
            var proposal = Assert.Single(script.Named("New-NetIPsecAuthProposal"), c => c.Has("PreSharedKey"));

            Assert.Equal(SamplePolicies.PresharedKey, proposal.Argument("PreSharedKey")!.SingleString);
            Assert.DoesNotContain(script.Ast.ParamBlock.Parameters, p => p.Name.VariablePath.UserPath.StartsWith("PresharedKey_", StringComparison.Ordinal));
            Assert.Contains("WARNING: this file contains pre-shared keys in clear text", script.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void One_parameter_per_distinct_key_named_after_the_first_set_that_uses_it()
        {
            var policy = IpsecPolicy.Create("Contoso.Psk")
                .AddRule("a", r => r.AuthenticateWithPresharedKey("first secret"))
                .AddRule("b", r => r.AuthenticateWithPresharedKey("second secret"))
                .AddRule("c", r => r.AuthenticateWithPresharedKey("first secret"))
                .Build();

            var script = ScriptAssertions.WriteAndParse(policy);
            var keys = script.Named("New-NetIPsecAuthProposal").Select(c => c.Argument("PreSharedKey")!.Value!.Extent.Text).ToList();

            Assert.Equal(
                new[] { "PolicyStore", "PresharedKey_a_p1auth", "PresharedKey_b_p1auth" },
                script.Ast.ParamBlock.Parameters.Select(p => p.Name.VariablePath.UserPath));
            Assert.Contains("$PresharedKey_a_p1auth", keys[0], StringComparison.Ordinal);
            Assert.Contains("$PresharedKey_b_p1auth", keys[1], StringComparison.Ordinal);
            Assert.Contains("$PresharedKey_a_p1auth", keys[2], StringComparison.Ordinal);
            Assert.DoesNotContain("secret", script.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void Parameter_names_stay_distinct_when_set_ids_differ_only_in_punctuation_or_case()
        {
            var policy = IpsecPolicy.Create("Contoso.Psk")
                .AddRule("x-1", r => r.AuthenticateWithPresharedKey("k1"))
                .AddRule("X_1", r => r.AuthenticateWithPresharedKey("k2"))
                .Build();

            var script = ScriptAssertions.WriteAndParse(policy);

            Assert.Equal(
                new[] { "PolicyStore", "PresharedKey_x_1_p1auth", "PresharedKey_X_1_p1auth_2" },
                script.Ast.ParamBlock.Parameters.Select(p => p.Name.VariablePath.UserPath));
        }
    }
}
