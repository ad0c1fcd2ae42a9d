using System;
using System.Linq;
using IpsecSdk.Windows;
using IpsecSdk.Windows.Mapping;
using IpsecSdk.Windows.Mi;
using IpsecSdk.Windows.Monitoring;
using IpsecSdk.Windows.Planning;
using Xunit;

namespace IpsecSdk.Tests.Windows
{
    /// <summary>
    /// The real MI gateway against the local WFAS provider. Windows only, run as administrator: on other hosts
    /// these are excluded with <c>--filter "Platform!=WindowsOnly"</c> (test.sh does that; see README).
    /// Everything they write carries a unique group and is removed again.
    /// </summary>
    [Trait("Platform", "WindowsOnly")]
#pragma warning disable CA1416 // The class only runs on Windows (trait filter).
    public sealed class MiCimGatewayTests_OnWindowsOnly : IDisposable
    {
        private readonly MiCimGateway _gateway = MiCimGateway.ConnectLocal();
        private readonly string _group = "IpsecSdk.Tests." + Guid.NewGuid().ToString("N");

        [Fact]
        public void Enumerating_the_ActiveStore_returns_keyed_rules_OnWindowsOnly()
        {
            var rules = _gateway.Enumerate(CimTarget.Store(PolicyStores.Active), CimClassNames.ConSecRule);

            Assert.All(rules, r => Assert.Equal(CimClassNames.ConSecRule, r.Key!.ClassName));
        }

        [Fact]
        public void Apply_reads_back_equal_replans_empty_and_an_empty_policy_removes_it_all_OnWindowsOnly()
        {
            var policy = WindowsTestPolicies.Realistic(_group) with { Settings = null };

            PolicyApplier.Apply(_gateway, CimTarget.PersistentStore, policy);

            Assert.Equal(CimPolicyReader.StorableForm(policy), WindowsPolicyStore.Read(_gateway, CimTarget.PersistentStore, _group) with { Settings = null });
            Assert.True(PolicyPlanner.Plan(_gateway, CimTarget.PersistentStore, policy).IsEmpty);
            PolicyApplier.Apply(_gateway, CimTarget.PersistentStore, policy with { Rules = ValueList<ConnectionSecurityRule>.Empty });
            Assert.Empty(WindowsPolicyStore.Read(_gateway, CimTarget.PersistentStore, _group).Rules);
        }

        [Fact]
        public void Live_SAs_can_be_read_and_judged_OnWindowsOnly()
        {
            var mainMode = SecurityAssociationMonitor.ReadMainMode(_gateway);

            var findings = SecurityAssociationMonitor.Judge(mainMode, SecurityAssociationMonitor.ReadQuickMode(_gateway), Catalogue.BaselinePack.Default);

            Assert.All(findings, f => Assert.StartsWith("mainModeSAs[", f.Path.Replace("quickModeSAs[", "mainModeSAs[", StringComparison.Ordinal), StringComparison.Ordinal));
        }

        public void Dispose()
        {
            try
            {
                PolicyApplier.Apply(_gateway, CimTarget.PersistentStore, new IpsecPolicy { Group = _group, Settings = null });
            }
            finally
            {
                _gateway.Dispose();
            }
        }
    }
#pragma warning restore CA1416
}
