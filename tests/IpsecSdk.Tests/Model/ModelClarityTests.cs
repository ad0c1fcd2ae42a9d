using IpsecSdk.Serialization;
using IpsecSdk.Tests.Export.PowerShell;
using IpsecSdk.Windows.Mapping;
using Xunit;

namespace IpsecSdk.Tests.Model
{
    /// <summary>Choices the model states by name instead of leaving them to be inferred from other fields.</summary>
    public class ModelClarityTests
    {
        private const string Ca = "CN=Contoso Root CA";

        [Fact]
        public void Master_key_pfs_is_a_named_property_of_the_main_mode_set()
        {
            var on = IpsecPolicy.Create("g").AddRule("r", r => r.AuthenticateWithCertificate(Ca).UseMainMode(m => m.EnableMasterKeyPfs())).Build().Rules[0].MainMode;
            var off = new MainModeCryptoSet { MaxSessions = 0 };

            Assert.True(on.MasterKeyPfs);
            Assert.False(off.MasterKeyPfs);
            Assert.DoesNotContain("masterKeyPfs", IpsecJson.Serialize(IpsecPolicy.Create("g").AddRule("r", r => r.AuthenticateWithCertificate(Ca)).Build()), System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_built_rule_says_whether_its_key_module_was_chosen_or_derived()
        {
            var policy = IpsecPolicy.Create("g")
                .AddRule("derived", r => r.AuthenticateWithCertificate(Ca))
                .AddRule("chosen", r => r.AuthenticateWithCertificate(Ca).UseKeyModule(KeyModule.IkeV2))
                .Build();

            Assert.Equal((KeyModule.IkeV2, true), (policy.Rules[0].KeyModule, policy.Rules[0].KeyModuleDerived));
            Assert.Equal((KeyModule.IkeV2, false), (policy.Rules[1].KeyModule, policy.Rules[1].KeyModuleDerived));
            Assert.Equal(policy, IpsecJson.Deserialize(IpsecJson.Serialize(policy)));
            Assert.All(CimPolicyReader.Read(CimPolicyWriter.Describe(policy)).Rules, r => Assert.False(r.KeyModuleDerived)); // Windows does not store it
        }

        [Fact]
        public void The_readme_exemption_example_builds_and_exports_as_exemptions()
        {
            // Kept in step with README "Exemptions".
            var policy = IpsecPolicy.Create("Contoso.Isolation")
                .AddRule("dns", rule => rule
                    .WithDisplayName("DNS to the domain controllers is exempt")
                    .Udp().WithRemotePorts(53)
                    .WithRemoteAddresses("10.0.0.10", "10.0.0.11")
                    .AsExemption())
                .AddRule("dhcp", rule => rule
                    .WithDisplayName("DHCP is exempt")
                    .Udp().WithLocalPorts(68).WithRemotePorts(67)
                    .AsExemption())
                .AddRule("servers", rule => rule
                    .WithRemoteAddresses("10.0.0.0/16")
                    .AuthenticateWithCertificate("DC=com, DC=contoso, CN=Contoso Issuing CA 1"))
                .WithSettings(s => s with { Exemptions = IpsecExemptions.NeighborDiscovery | IpsecExemptions.Dhcp })
                .Build();

            Assert.True(policy.Rules[0].IsExemption && policy.Rules[1].IsExemption);
            Assert.Empty(IpsecSdk.Validation.BaselineEvaluator.Evaluate(policy, IpsecSdk.Catalogue.BaselinePack.Bsi));
            var netsh = IpsecSdk.Export.Netsh.NetshScriptWriter.Write(policy).Script;
            Assert.Contains("action=noauthentication", netsh, System.StringComparison.Ordinal);
            var script = ScriptAssertions.WriteAndParse(policy);
            Assert.All(new[] { "dns", "dhcp" }, id => Assert.Equal(new[] { "None" }, script.Object("New-NetIPsecRule", id).Argument("InboundSecurity")!.Strings));
        }
    }
}
