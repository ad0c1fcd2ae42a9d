using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Security;
using CsCheck;
using IpsecSdk.Export.PowerShell;
using IpsecSdk.Tests.Support;
using Xunit;

namespace IpsecSdk.Tests.Export.PowerShell
{
    /// <summary>
    /// Runs the generated scripts in PowerShell against the stand-in NetSecurity module (<see cref="NetSecuritySimulator"/>):
    /// parameters bind, keys unwrap, and re-running converges. On Windows the real module would run the same script.
    /// </summary>
    public sealed class ScriptExecutionTests
    {
        private const int KitchenSinkObjects = 32;

        [Fact]
        public void Running_the_script_twice_converges_and_leaves_other_groups_alone()
        {
            using var simulator = new NetSecuritySimulator();
            simulator.Seed("NetIPsecRule", "someone-else", "Other.Group");
            simulator.Seed("NetIPsecQuickModeCryptoSet", "someone-else.qm", "Other.Group");
            var script = PowerShellScriptWriter.Write(SamplePolicies.KitchenSink());

            simulator.Run(script, Keys());
            var afterFirstRun = simulator.Objects;
            simulator.Run(script, Keys());

            Assert.Equal(KitchenSinkObjects + 2, afterFirstRun.Count);
            Assert.Equal(afterFirstRun.OrderBy(o => o.Noun + o.Name), simulator.Objects.OrderBy(o => o.Noun + o.Name));
            Assert.Contains(("NetIPsecRule", "someone-else", "Other.Group"), simulator.Objects);
            Assert.Contains(("NetIPsecQuickModeCryptoSet", "someone-else.qm", "Other.Group"), simulator.Objects);
            Assert.All(simulator.Objects.Where(o => o.Group != "Other.Group"), o => Assert.Equal("Contoso.ServerIsolation", o.Group));
        }

        [Fact]
        public void The_secure_string_key_reaches_the_cmdlet_as_the_original_text()
        {
            using var simulator = new NetSecuritySimulator();

            simulator.Run(PowerShellScriptWriter.Write(SamplePolicies.KitchenSink()), Keys());

            var proposal = Assert.Single(simulator.Calls, c => c.Command == "New-NetIPsecAuthProposal" && c.Parameters.ContainsKey("PreSharedKey"));
            Assert.Equal(SamplePolicies.PresharedKey, proposal.Parameters["PreSharedKey"]);
        }

        [Fact]
        public void A_removal_error_other_than_not_found_stops_the_script_before_anything_is_created()
        {
            using var simulator = new NetSecuritySimulator();
            simulator.FailRemovals();

            var error = Assert.ThrowsAny<RuntimeException>(() => simulator.Run(PowerShellScriptWriter.Write(SamplePolicies.KitchenSink()), Keys()));

            Assert.Contains("Access is denied", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(simulator.Calls, c => c.Command.StartsWith("New-", StringComparison.Ordinal));
        }

        [Fact]
        public void Gpo_scripts_run_every_change_in_the_session_and_save_once_at_the_end()
        {
            using var simulator = new NetSecuritySimulator();

            simulator.Run(PowerShellScriptWriter.Write(SamplePolicies.KitchenSink(), PowerShellExportOptions.ForGpo(@"corp\IPsec", "dc01")), Keys());

            var calls = simulator.Calls;
            Assert.Equal("Open-NetGPO", calls[0].Command);
            Assert.Equal(@"corp\IPsec", calls[0].Parameters["PolicyStore"]);
            Assert.Equal("dc01", calls[0].Parameters["DomainController"]);
            Assert.Equal("Save-NetGPO", calls[^1].Command);
            Assert.All(calls.Skip(1).Where(c => !c.Command.EndsWith("Proposal", StringComparison.Ordinal)), c => Assert.Equal("gpo-session", c.Parameters["GPOSession"]));
            Assert.DoesNotContain(calls, c => c.Command == "New-ItemProperty");
            Assert.Contains(simulator.Warnings, w => w.Contains("NoDefaultExempt", StringComparison.Ordinal));
            Assert.Equal(KitchenSinkObjects, simulator.Objects.Count);
        }

        [Fact]
        public void Local_stores_get_the_NoDefaultExempt_value_and_domain_gpo_stores_get_a_warning()
        {
            using var simulator = new NetSecuritySimulator();
            var script = PowerShellScriptWriter.Write(SamplePolicies.Minimal());

            simulator.Run(script);
            simulator.Run(script, new Dictionary<string, object> { ["PolicyStore"] = @"corp\IPsec" });

            var registry = Assert.Single(simulator.Calls, c => c.Command == "New-ItemProperty");
            Assert.Equal(@"HKLM:\SYSTEM\CurrentControlSet\Services\PolicyAgent", registry.Parameters["Path"]);
            Assert.Equal(1, registry.Parameters["Value"]);
            Assert.Single(simulator.Warnings, w => w.Contains("NoDefaultExempt", StringComparison.Ordinal));
        }

        [Fact]
        public void Every_generated_policy_runs_and_creates_exactly_its_objects()
        {
            PolicyGenerators.Policy.Sample(policy =>
            {
                using var simulator = new NetSecuritySimulator();
                var script = PowerShellScriptWriter.Write(policy);
                var keys = ParsedScript.Parse(script).Ast.ParamBlock.Parameters
                    .Where(p => p.Name.VariablePath.UserPath.StartsWith("PresharedKey_", StringComparison.Ordinal))
                    .ToDictionary(p => p.Name.VariablePath.UserPath, _ => (object)Secure("key"));

                simulator.Run(script, keys);
                simulator.Run(script, keys);

                var rules = simulator.Objects.Count(o => o.Noun == "NetIPsecRule");
                Assert.Equal(policy.Rules.Count, rules);
                Assert.Equal(policy.GetMainModeRules().Count, simulator.Objects.Count(o => o.Noun == "NetIPsecMainModeRule"));
                Assert.All(simulator.Objects, o => Assert.Equal(policy.Group, o.Group));
            }, iter: 20, threads: 1);
        }

        private static Dictionary<string, object> Keys() => new Dictionary<string, object> { ["PresharedKey_psk_ikev1_p1auth"] = Secure(SamplePolicies.PresharedKey) };

        private static SecureString Secure(string text)
        {
            var secure = new SecureString();
            foreach (var c in text)
            {
                secure.AppendChar(c);
            }

            secure.MakeReadOnly();
            return secure;
        }
    }
}
