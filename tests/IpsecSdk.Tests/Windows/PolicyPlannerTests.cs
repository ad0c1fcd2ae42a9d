using System;
using System.Collections.Generic;
using System.Linq;
using IpsecSdk.Windows;
using IpsecSdk.Windows.Cim;
using IpsecSdk.Windows.Mapping;
using IpsecSdk.Windows.Planning;
using IpsecSdk.Windows.Testing;
using Xunit;

namespace IpsecSdk.Tests.Windows
{
    public sealed class PolicyPlannerTests
    {
        private static readonly CimTarget Store = CimTarget.PersistentStore;

        [Fact]
        public void An_empty_store_gets_every_set_and_rule_created_sets_first()
        {
            var plan = PolicyPlanner.Plan(new InMemoryCimGateway(), Store, WindowsTestPolicies.Realistic());

            var creates = plan.Changes.Where(c => c.Kind == ChangeKind.Create).ToList();
            Assert.Equal(CimPolicyWriter.Describe(WindowsTestPolicies.Realistic()).Objects.Count(o => o.Key!.Owner == null) + 1, creates.Count); // + NoDefaultExempt
            Assert.Equal(0, plan.Count(ChangeKind.Delete));
            AssertReferencesResolve(plan);
        }

        [Fact]
        public void A_changed_policy_plans_modifications_with_old_and_new_values()
        {
            var gateway = Applied(WindowsTestPolicies.Realistic());
            var changed = WindowsTestPolicies.Realistic() with
            {
                Rules = new ValueList<ConnectionSecurityRule>(WindowsTestPolicies.Realistic().Rules.Select(r => r.Id == "admin" ? r with { InboundSecurity = SecurityAction.Require, OutboundSecurity = SecurityAction.Require, RemoteAddresses = ValueList.Of("10.9.1.0/24") } : r)),
            };

            var plan = PolicyPlanner.Plan(gateway, Store, changed);

            var rule = Assert.Single(plan.Changes, c => c.Key == new CimObjectKey(CimClassNames.ConSecRule, "admin"));
            var change = Assert.Single(rule.Changes);
            Assert.Equal(("OutboundSecurity", (object?)(ushort)1, (object?)(ushort)2), (change.Name, change.OldValue, change.NewValue));
            Assert.Contains(plan.Changes, c => c.Kind == ChangeKind.Modify && c.Key.ClassName == CimClassNames.AddressFilter && c.Key.Owner!.InstanceId == "admin");
            Assert.Equal(0, plan.Count(ChangeKind.Create) + plan.Count(ChangeKind.Delete));
        }

        [Fact]
        public void Removed_rules_are_deleted_before_the_sets_they_used()
        {
            var gateway = Applied(WindowsTestPolicies.Realistic());
            var smaller = WindowsTestPolicies.Realistic() with { Rules = new ValueList<ConnectionSecurityRule>(WindowsTestPolicies.Realistic().Rules.Where(r => r.Id != "admin" && r.Id != "legacy")) };

            var plan = PolicyPlanner.Plan(gateway, Store, smaller);

            var deleted = plan.Changes.Where(c => c.Kind == ChangeKind.Delete).Select(c => c.Key).ToList();
            Assert.Equal(new[] { "admin.mm", "legacy.mm", "admin", "legacy", "admin.mmcrypto", "legacy.mmcrypto", "admin.qmcrypto", "legacy.qmcrypto", "admin.p1auth", "legacy.p1auth", "admin.p2auth" }, deleted.Select(k => k.InstanceId));
            Assert.Equal(plan.Changes.Count, deleted.Count);
            AssertReferencesResolve(plan, gateway);
        }

        [Fact]
        public void Objects_of_other_groups_are_never_touched()
        {
            var gateway = new InMemoryCimGateway();
            PolicyApplier.Apply(gateway, Store, WindowsTestPolicies.Realistic("Other.Team") with { Rules = new ValueList<ConnectionSecurityRule>(WindowsTestPolicies.Realistic("Other.Team").Rules.Select(r => Renamed(r, "other-"))) });
            var before = gateway.Snapshot().Where(l => l.Contains("other-", StringComparison.Ordinal)).ToList();

            var plan = PolicyPlanner.Plan(gateway, Store, WindowsTestPolicies.Realistic() with { Rules = ValueList<ConnectionSecurityRule>.Empty });
            PolicyApplier.Apply(gateway, plan);

            Assert.DoesNotContain(plan.Changes, c => c.Key.InstanceId.StartsWith("other-", StringComparison.Ordinal));
            Assert.Equal(before, gateway.Snapshot().Where(l => l.Contains("other-", StringComparison.Ordinal)).ToList());
        }

        [Fact]
        public void An_id_used_by_another_group_stops_planning_and_names_the_owner()
        {
            var gateway = Applied(WindowsTestPolicies.Realistic("Other.Team"));

            var error = Assert.Throws<PlanConflictException>(() => PolicyPlanner.Plan(gateway, Store, WindowsTestPolicies.Realistic()));

            Assert.Contains("MSFT_NetConSecRule 'web' belongs to group 'Other.Team'", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void The_plan_prints_like_terraform_and_never_shows_the_preshared_key()
        {
            var gateway = Applied(WindowsTestPolicies.Realistic());
            var changedKey = WindowsTestPolicies.Realistic() with
            {
                Rules = new ValueList<ConnectionSecurityRule>(WindowsTestPolicies.Realistic().Rules.Where(r => r.Id != "site").Select(r => r.Id != "legacy" ? r : r with
                {
                    Phase1Authentication = r.Phase1Authentication! with { Proposals = ValueList.Of(new AuthenticationProposal { Method = AuthenticationMethod.PresharedKey, PresharedKey = "new secret value" }) },
                })),
            };
            var fresh = PolicyPlanner.Plan(new InMemoryCimGateway(), Store, WindowsTestPolicies.Realistic()).ToString();

            var text = PolicyPlanner.Plan(gateway, Store, changedKey).ToString();

            Assert.Contains("+ create MSFT_NetIKEP1AuthSet 'legacy.p1auth'", fresh, StringComparison.Ordinal);
            Assert.Contains("~ modify MSFT_NetIKEP1AuthSet 'legacy.p1auth'", text, StringComparison.Ordinal);
            Assert.Contains("- delete MSFT_NetConSecRule 'site'", text, StringComparison.Ordinal);
            Assert.Contains(" -> ", text, StringComparison.Ordinal);
            Assert.Contains("PreSharedKey=(secret)", text, StringComparison.Ordinal);
            Assert.DoesNotContain("correct horse", text + fresh, StringComparison.Ordinal);
            Assert.DoesNotContain("new secret value", text, StringComparison.Ordinal);
        }

        [Fact]
        public void A_store_that_holds_the_policy_gives_an_empty_plan()
        {
            var gateway = Applied(WindowsTestPolicies.Realistic());

            var plan = PolicyPlanner.Plan(gateway, Store, WindowsTestPolicies.Realistic());

            Assert.True(plan.IsEmpty, plan.ToString());
            Assert.Contains("no changes", plan.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void Against_a_GPO_the_machine_registry_value_is_left_out_with_a_note()
        {
            var gateway = new InMemoryCimGateway();
            var session = GpoSession.Open(gateway, @"contoso.com\IPsec", "dc1");

            var plan = PolicyPlanner.Plan(gateway, session.Target, WindowsTestPolicies.Realistic());

            Assert.DoesNotContain(plan.Changes, c => c.Key.ClassName == CimClassNames.StdRegProv);
            Assert.Contains(plan.Notes, n => n.Contains("NoDefaultExempt", StringComparison.Ordinal));
        }

        internal static InMemoryCimGateway Applied(IpsecPolicy policy)
        {
            var gateway = new InMemoryCimGateway();
            PolicyApplier.Apply(gateway, Store, policy);
            return gateway;
        }

        internal static ConnectionSecurityRule Renamed(ConnectionSecurityRule r, string prefix) => r with
        {
            Id = prefix + r.Id,
            MainMode = r.MainMode with { Id = prefix + r.MainMode.Id },
            QuickMode = r.QuickMode == null ? null : r.QuickMode with { Id = prefix + r.QuickMode.Id },
            Phase1Authentication = r.Phase1Authentication == null ? null : r.Phase1Authentication with { Id = prefix + r.Phase1Authentication.Id },
            Phase2Authentication = r.Phase2Authentication == null ? null : r.Phase2Authentication with { Id = prefix + r.Phase2Authentication.Id },
        };

        // Walks the plan in order over the store's keys: every set a rule names exists when the rule is written, and no set is deleted while a rule still names it.
        private static void AssertReferencesResolve(ChangePlan plan, InMemoryCimGateway? gateway = null)
        {
            var present = new Dictionary<CimObjectKey, CimInstanceDescription>();
            foreach (var className in CimClassNames.OwnedClassesInCreationOrder)
            {
                foreach (var o in gateway?.Enumerate(Store, className) ?? Array.Empty<CimInstanceDescription>())
                {
                    present[o.Key!] = o;
                }
            }

            var references = new[] { ("MainModeCryptoSet", CimClassNames.MMCryptoSet), ("QuickModeCryptoSet", CimClassNames.QMCryptoSet), ("Phase1AuthSet", CimClassNames.Phase1AuthSet), ("Phase2AuthSet", CimClassNames.Phase2AuthSet) };
            foreach (var step in plan.Changes.Where(c => c.Key.Owner == null && c.Key.ClassName != CimClassNames.StdRegProv && c.Key.ClassName != CimClassNames.SecuritySettingData))
            {
                if (step.Kind == ChangeKind.Delete)
                {
                    present.Remove(step.Key);
                    Assert.DoesNotContain(present.Values, o => references.Any(r => r.Item2 == step.Key.ClassName && Equals(o[r.Item1], step.Key.InstanceId)));
                }
                else
                {
                    present[step.Key] = step.Write!;
                    foreach (var (property, cls) in references)
                    {
                        if (step.Write![property] is string id)
                        {
                            Assert.True(present.ContainsKey(new CimObjectKey(cls, id)), step + " refers to " + cls + " '" + id + "' before it exists");
                        }
                    }
                }
            }
        }
    }
}
