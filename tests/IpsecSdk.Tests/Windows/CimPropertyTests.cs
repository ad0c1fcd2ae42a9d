using CsCheck;
using IpsecSdk.Tests.Support;
using IpsecSdk.Windows;
using IpsecSdk.Windows.Mapping;
using IpsecSdk.Windows.Planning;
using IpsecSdk.Windows.Testing;
using Xunit;

namespace IpsecSdk.Tests.Windows
{
    /// <summary>Properties over random valid policies (the shared CsCheck generator).</summary>
    public sealed class CimPropertyTests
    {
        [Fact]
        public void Any_valid_policy_reads_back_from_its_descriptions_in_storable_form()
        {
            PolicyGenerators.Policy.Sample(policy =>
                Assert.Equal(CimPolicyReader.StorableForm(policy), CimPolicyReader.Read(CimPolicyWriter.Describe(policy))), iter: 300);
        }

        [Fact]
        public void Any_valid_policy_applies_to_an_empty_store_and_then_plans_empty()
        {
            PolicyGenerators.Policy.Sample(policy =>
            {
                var gateway = new InMemoryCimGateway();

                PolicyApplier.Apply(gateway, CimTarget.PersistentStore, policy);

                var second = PolicyPlanner.Plan(gateway, CimTarget.PersistentStore, policy);
                Assert.True(second.IsEmpty, second.ToString());
                Assert.Equal(CimPolicyReader.StorableForm(policy) with { Settings = null }, WindowsPolicyStore.Read(gateway, CimTarget.PersistentStore, policy.Group) with { Settings = null });
            }, iter: 100);
        }

        [Fact]
        public void Replacing_any_valid_policy_by_any_other_of_the_same_group_converges()
        {
            Gen.Select(PolicyGenerators.Policy, PolicyGenerators.Policy).Sample((first, second) =>
            {
                var gateway = new InMemoryCimGateway();
                var next = second with { Group = first.Group };
                PolicyApplier.Apply(gateway, CimTarget.PersistentStore, first);

                PolicyApplier.Apply(gateway, CimTarget.PersistentStore, next);

                Assert.True(PolicyPlanner.Plan(gateway, CimTarget.PersistentStore, next).IsEmpty);
            }, iter: 100);
        }
    }
}
