using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using IpsecSdk.Windows;
using IpsecSdk.Windows.Cim;
using IpsecSdk.Windows.Mapping;
using IpsecSdk.Windows.Planning;
using IpsecSdk.Windows.Testing;
using Xunit;

namespace IpsecSdk.Tests.Windows
{
    public sealed class PolicyApplierTests
    {
        private static readonly CimTarget Store = CimTarget.PersistentStore;

        /// <summary>
        /// A store holding last month's policy (no global settings written, so NoDefaultExempt is absent) next to
        /// another team's rules, and this month's policy: one rule removed, one changed, one added, settings set.
        /// </summary>
        private static (InMemoryCimGateway Gateway, IpsecPolicy Desired) Scenario()
        {
            var gateway = new InMemoryCimGateway();
            var other = WindowsTestPolicies.Realistic("Other.Team");
            PolicyApplier.Apply(gateway, Store, other with { Settings = null, Rules = new ValueList<ConnectionSecurityRule>(other.Rules.Select(r => PolicyPlannerTests.Renamed(r, "other-"))) });
            PolicyApplier.Apply(gateway, Store, WindowsTestPolicies.Realistic() with { Settings = null });

            var desired = IpsecPolicy.Create(WindowsTestPolicies.Group)
                .AddRule("db", r => r.WithDisplayName("Database").Tcp().WithLocalPorts(1433).WithRemoteAddresses("10.2.0.0/16")
                    .AuthenticateWithCertificate("DC=com, DC=contoso, CN=Contoso Root CA"))
                .Build();
            var current = WindowsTestPolicies.Realistic().Rules.Where(r => r.Id != "legacy").Select(r => r.Id != "admin" ? r : r with
            {
                OutboundSecurity = SecurityAction.Require,
                RemoteAddresses = ValueList.Of("10.9.1.0/24"),
                QuickMode = r.QuickMode! with { PfsGroup = PfsGroup.Dh20 },
            });
            return (gateway, WindowsTestPolicies.Realistic() with { Rules = new ValueList<ConnectionSecurityRule>(current.Concat(desired.Rules)) });
        }

        public static IEnumerable<object[]> EveryStep()
        {
            var (gateway, desired) = Scenario();
            var steps = PolicyPlanner.Plan(gateway, Store, desired).Changes.Count;
            return Enumerable.Range(1, steps).SelectMany(step => new[] { new object[] { step, false }, new object[] { step, true } });
        }

        [Fact]
        public void The_scenario_plan_creates_modifies_and_deletes_sets_rules_filters_settings_and_the_registry_value()
        {
            var (gateway, desired) = Scenario();

            var plan = PolicyPlanner.Plan(gateway, Store, desired);

            Assert.True(plan.Count(ChangeKind.Create) > 0 && plan.Count(ChangeKind.Modify) > 0 && plan.Count(ChangeKind.Delete) > 0, plan.ToString());
            var classes = plan.Changes.Select(c => c.Key.ClassName).ToHashSet();
            Assert.Superset(new HashSet<string> { CimClassNames.ConSecRule, CimClassNames.MMRule, CimClassNames.QMCryptoSet, CimClassNames.AddressFilter, CimClassNames.SecuritySettingData, CimClassNames.StdRegProv }, classes);
        }

        [Fact]
        public void Applying_makes_the_store_hold_the_policy_and_a_second_plan_is_empty()
        {
            var (gateway, desired) = Scenario();

            var result = PolicyApplier.Apply(gateway, Store, desired);

            Assert.True(result.StepsApplied > 10);
            Assert.Equal(CimPolicyReader.StorableForm(desired), WindowsPolicyStore.Read(gateway, Store, desired.Group));
            var second = PolicyPlanner.Plan(gateway, Store, desired);
            Assert.True(second.IsEmpty, second.ToString());
            Assert.Equal(1u, gateway.Registry[@"HKLM\SYSTEM\CurrentControlSet\Services\PolicyAgent\NoDefaultExempt"]);
        }

        [Theory]
        [MemberData(nameof(EveryStep))]
        public void A_fault_at_any_step_leaves_the_store_exactly_as_it_was(int failingStep, bool writeLandedBeforeTheFault)
        {
            var (store, desired) = Scenario();
            var before = store.Snapshot();
            var plan = PolicyPlanner.Plan(store, Store, desired);
            var faulty = new FaultInjectingGateway(store, failingStep) { WriteThenFail = writeLandedBeforeTheFault };

            var error = Assert.Throws<ApplyException>(() => PolicyApplier.Apply(faulty, plan));

            Assert.Equal(failingStep, error.FailedStep);
            Assert.True(error.RollbackSucceeded, error.Message);
            Assert.Contains("Rollback succeeded", error.Message, StringComparison.Ordinal);
            Assert.Contains("Injected fault", error.Message, StringComparison.Ordinal);
            Assert.Equal(before, store.Snapshot());
        }

        [Fact]
        public void A_step_that_cannot_be_undone_is_named_in_the_error()
        {
            var (store, desired) = Scenario();
            var plan = PolicyPlanner.Plan(store, Store, desired);
            var fail = plan.Changes.Count - 2;
            // Writes 1..fail-1 succeed; write `fail` fails; the first undo (of step fail-1) is write fail+1 and fails too.
            var faulty = new FaultInjectingGateway(store, fail, fail + 1);

            var error = Assert.Throws<ApplyException>(() => PolicyApplier.Apply(faulty, plan));

            Assert.False(error.RollbackSucceeded);
            Assert.Contains("Rollback INCOMPLETE", error.Message, StringComparison.Ordinal);
            Assert.Contains("step " + (fail - 1) + " (" + plan.Changes[fail - 2] + "): Injected fault", error.Message, StringComparison.Ordinal);
            Assert.Equal(fail - 1, error.UndoneSteps + error.UndoFailures.Count);
        }

        [Fact]
        public void A_write_that_reads_back_differently_fails_verification_and_is_rolled_back()
        {
            var (store, desired) = Scenario();
            var before = store.Snapshot();
            var lying = new PfsDroppingGateway(store);

            var error = Assert.Throws<ApplyException>(() => PolicyApplier.Apply(lying, Store, desired));

            Assert.Contains("does not match what was written: PfsGroupID", error.Message, StringComparison.Ordinal);
            Assert.True(error.RollbackSucceeded, error.Message);
            Assert.Equal(before, store.Snapshot());
        }

        [Fact]
        public void Progress_is_reported_for_every_step_of_a_large_plan()
        {
            var builder = IpsecPolicy.Create("bulk");
            for (var i = 0; i < 300; i++)
            {
                builder.AddRule("rule" + i, r => r.WithRemoteAddresses("10.3." + (i / 250) + "." + (i % 250)).AuthenticateWithKerberos());
            }

            var gateway = new InMemoryCimGateway();
            var plan = PolicyPlanner.Plan(gateway, Store, builder.Build());
            var reports = new List<ApplyProgress>();

            PolicyApplier.Apply(gateway, plan, new SynchronousProgress(reports.Add));

            Assert.True(plan.Changes.Count > 1500, plan.Changes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(2 * plan.Changes.Count, reports.Count);
            Assert.Equal(Enumerable.Range(1, plan.Changes.Count), reports.Where(r => r.Stage == ApplyStage.Verified).Select(r => r.Step));
            Assert.All(reports, r => Assert.Equal(plan.Changes.Count, r.Total));
            Assert.Equal(1.0, reports[reports.Count - 1].Fraction);
        }

        [Fact]
        public void Cancelling_stops_between_steps_and_rolls_back()
        {
            var (store, desired) = Scenario();
            var before = store.Snapshot();
            using var cancel = new CancellationTokenSource();
            var progress = new SynchronousProgress(p =>
            {
                if (p.Step == 3 && p.Stage == ApplyStage.Verified)
                {
                    cancel.Cancel();
                }
            });

            var error = Assert.Throws<ApplyException>(() => PolicyApplier.Apply(store, Store, desired, progress, cancel.Token));

            Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
            Assert.Equal(4, error.FailedStep);
            Assert.Equal(3, error.UndoneSteps);
            Assert.Equal(before, store.Snapshot());
        }

        [Fact]
        public void Writing_to_a_read_only_store_fails_at_the_first_step_and_changes_nothing()
        {
            var gateway = new InMemoryCimGateway();
            var before = gateway.Snapshot();

            var error = Assert.Throws<ApplyException>(() => PolicyApplier.Apply(gateway, CimTarget.Store(PolicyStores.Active), WindowsTestPolicies.Realistic()));

            Assert.Equal(1, error.FailedStep);
            Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
            Assert.Contains("nothing had been changed", error.Message, StringComparison.Ordinal);
            Assert.Equal(0, gateway.WriteCount);
        }

        [Fact]
        public void A_GPO_edited_through_a_session_holds_the_policy_after_Save()
        {
            var gateway = new InMemoryCimGateway();
            var session = GpoSession.Open(gateway, @"contoso.com\IPsec", "dc1.contoso.com");

            PolicyApplier.Apply(gateway, session.Target, WindowsTestPolicies.Realistic());
            session.Save();

            var policy = WindowsPolicyStore.Read(gateway, CimTarget.Store(@"contoso.com\IPsec"), WindowsTestPolicies.Group);
            Assert.Equal(CimPolicyReader.StorableForm(WindowsTestPolicies.Realistic()).Rules, policy.Rules);
        }

        private sealed class SynchronousProgress : IProgress<ApplyProgress>
        {
            private readonly Action<ApplyProgress> _report;

            public SynchronousProgress(Action<ApplyProgress> report) => _report = report;

            public void Report(ApplyProgress value) => _report(value);
        }

        /// <summary>Stores the first quick-mode set it writes with the PFS group changed, as a misbehaving provider might.</summary>
        private sealed class PfsDroppingGateway : ICimGateway
        {
            private readonly ICimGateway _inner;
            private bool _lied;

            public PfsDroppingGateway(ICimGateway inner) => _inner = inner;

            public IReadOnlyList<CimInstanceDescription> Enumerate(CimTarget target, string className) => _inner.Enumerate(target, className);

            public CimInstanceDescription? Get(CimTarget target, CimObjectKey key) => _inner.Get(target, key);

            public void Create(CimTarget target, CimInstanceDescription instance) => _inner.Create(target, Corrupt(instance));

            public void Modify(CimTarget target, CimInstanceDescription instance) => _inner.Modify(target, Corrupt(instance));

            public void Delete(CimTarget target, CimObjectKey key) => _inner.Delete(target, key);

            public CimMethodResult InvokeStatic(CimTarget target, string className, string methodName, IReadOnlyList<CimPropertyValue> inParameters) =>
                _inner.InvokeStatic(target, className, methodName, inParameters);

            private CimInstanceDescription Corrupt(CimInstanceDescription instance)
            {
                if (_lied || instance.ClassName != CimClassNames.QMCryptoSet || instance["PfsGroupID"] == null)
                {
                    return instance;
                }

                _lied = true;
                return instance.With(new CimPropertyValue("PfsGroupID", CimValueType.UInt16, (ushort)2));
            }
        }
    }
}
