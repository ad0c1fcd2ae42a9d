using System.Linq;
using IpsecSdk.Windows;
using IpsecSdk.Windows.Mapping;
using IpsecSdk.Windows.Planning;
using IpsecSdk.Windows.Testing;
using Xunit;

namespace IpsecSdk.Tests.Windows
{
    public sealed class CimRoundTripTests
    {
        [Fact]
        public void Reading_the_descriptions_back_gives_the_policy_back()
        {
            var policy = WindowsTestPolicies.Realistic(withExemption: false);

            var readBack = CimPolicyReader.Read(CimPolicyWriter.Describe(policy));

            // Only SDK-side provenance (the builder derived the key modules) is not stored.
            Assert.Equal(CimPolicyReader.StorableForm(policy), readBack);
            Assert.Equal(policy.Rules.Select(r => r.KeyModule), readBack.Rules.Select(r => r.KeyModule));
        }

        [Fact]
        public void What_Windows_does_not_store_reads_back_as_its_default()
        {
            var policy = WindowsTestPolicies.Realistic() with { ProtectionRequirement = ProtectionRequirement.High };

            var readBack = CimPolicyReader.Read(CimPolicyWriter.Describe(policy));

            Assert.NotEqual(policy, readBack);
            Assert.Equal(CimPolicyReader.StorableForm(policy), readBack);
        }

        [Fact]
        public void Every_value_of_every_enum_survives_the_round_trip()
        {
            // The mapping below the gate (Rebuild): these policies put every enum value in, combinations Build() refuses included.
            foreach (var policy in AllValuesPolicies.All())
            {
                Assert.Equal(CimPolicyReader.StorableForm(policy), CimPolicyReader.Rebuild(CimPolicyWriter.Map(policy)));
            }
        }

        [Fact]
        public void A_policy_applied_to_a_store_reads_back_from_the_store_equal()
        {
            var gateway = new InMemoryCimGateway();
            var policy = WindowsTestPolicies.Realistic();

            PolicyApplier.Apply(gateway, CimTarget.PersistentStore, policy);

            Assert.Equal(CimPolicyReader.StorableForm(policy), WindowsPolicyStore.Read(gateway, CimTarget.PersistentStore, policy.Group));
        }

        [Fact]
        public void Sets_shared_by_several_rules_are_written_once()
        {
            var shared = new QuickModeCryptoSet { Id = "shared.qm", DisplayName = "Shared" };
            var policy = IpsecPolicy.Create("g")
                .AddRule("a", r => r.AuthenticateWithKerberos().UseQuickMode(shared))
                .AddRule("b", r => r.AuthenticateWithKerberos().UseQuickMode(shared))
                .Build();

            var image = CimPolicyWriter.Describe(policy);

            Assert.Single(image.Objects, o => o.ClassName == CimClassNames.QMCryptoSet);
            Assert.Equal(CimPolicyReader.StorableForm(policy), CimPolicyReader.Read(image));
        }

        [Fact]
        public void Two_different_sets_with_one_id_are_refused_with_both_rules_named()
        {
            // The validator refuses this at Build(), and the writer's gate for policies made from records.
            var valid = IpsecPolicy.Create("g")
                .AddRule("a", r => r.AuthenticateWithKerberos())
                .AddRule("b", r => r.AuthenticateWithKerberos().UseQuickMode(q => q.WithPfs(PfsGroup.Dh14)))
                .Build();
            var clash = valid with { Rules = ValueList.Of(valid.Rules[0], valid.Rules[1] with { QuickMode = valid.Rules[1].QuickMode! with { Id = "a.qmcrypto" } }) };

            var error = Assert.Throws<IpsecSdk.Validation.PolicyValidationException>(() => CimPolicyWriter.Describe(clash));

            var finding = Assert.Single(error.Findings);
            Assert.Equal("rules[1].quickMode.id", finding.Path);
            Assert.Contains("'a.qmcrypto', which rules[0].quickMode already uses", finding.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Every_set_and_rule_carries_the_policy_group_as_RuleGroup()
        {
            var image = CimPolicyWriter.Describe(WindowsTestPolicies.Realistic());

            var owned = image.Objects.Where(o => o.Key!.Owner == null).ToList();

            Assert.All(owned, o => Assert.Equal(WindowsTestPolicies.Group, o["RuleGroup"]));
        }
    }
}
