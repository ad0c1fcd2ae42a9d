using System.Linq;
using BenchmarkDotNet.Attributes;
using IpsecSdk;
using IpsecSdk.Windows;
using IpsecSdk.Windows.Mapping;
using IpsecSdk.Windows.Planning;
using IpsecSdk.Windows.Testing;

namespace IpsecSdk.Benchmarks
{
    /// <summary>
    /// Planning N desired rules against a store that already holds the group's objects for N rules:
    /// 80% unchanged, 10% changed (remote address and PFS group), 10% no longer wanted; 10% of the desired
    /// rules are new. Each rule is about 10 CIM objects (3 sets, the rule, 3 filters, a main-mode rule and its
    /// filter). Planning must grow linearly (dictionaries keyed by class and InstanceID).
    /// </summary>
    [MemoryDiagnoser]
    public class PlanningBenchmarks
    {
        private IpsecPolicy _desired = null!;
        private InMemoryCimGateway _store = null!;
        private CimPolicyImage _desiredImage = null!;
        private StoreState _state = null!;

        [Params(1_000, 10_000, 100_000)]
        public int Rules { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var tenth = Rules / 10;
            var existing = Policy(Enumerable.Range(0, Rules), changed: _ => false);
            _desired = Policy(Enumerable.Range(tenth, Rules), changed: i => i % 10 == 5);
            _store = new InMemoryCimGateway();
            foreach (var o in CimPolicyWriter.Describe(existing).Objects)
            {
                _store.Seed(CimTarget.PersistentStore, o);
            }

            _desiredImage = CimPolicyWriter.Describe(_desired);
            _state = StoreState.Read(_store, CimTarget.PersistentStore, _desired.Group, includeSettings: false, includeRegistry: false);
        }

        /// <summary>The whole planning path: describe the policy, read the store through the gateway, diff.</summary>
        [Benchmark]
        public int PlanAgainstStore() => PolicyPlanner.Plan(_store, CimTarget.PersistentStore, _desired).Changes.Count;

        /// <summary>Only the diff of two already-read images (what the planner itself costs).</summary>
        [Benchmark]
        public int DiffOnly() => PolicyPlanner.Plan(_desiredImage, _state, CimTarget.PersistentStore).Changes.Count;

        private static IpsecPolicy Policy(System.Collections.Generic.IEnumerable<int> ids, System.Func<int, bool> changed)
        {
            var builder = IpsecPolicy.Create("Bench.Group").LeaveGlobalSettingsUnchanged();
            foreach (var i in ids)
            {
                var id = i;
                var modified = changed(id);
                builder.AddRule("rule" + id, r => r
                    .WithRemoteAddresses("10." + (id / 65536 % 256) + "." + (id / 256 % 256) + "." + (id % 256) + (modified ? "/31" : ""))
                    .AuthenticateWithKerberos()
                    .UseQuickMode(q => q.AddEspProposal(Integrity.AesGmac256, Encryption.AesGcm256).WithPfs(modified ? PfsGroup.Dh24 : PfsGroup.Dh20)));
            }

            return builder.Build();
        }
    }
}
