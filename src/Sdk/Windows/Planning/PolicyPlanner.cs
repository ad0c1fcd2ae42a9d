using System;
using System.Collections.Generic;
using System.Linq;
using IpsecSdk.Windows.Cim;
using IpsecSdk.Windows.Mapping;

namespace IpsecSdk.Windows.Planning
{
    /// <summary>
    /// Compares a policy with what a store holds for its group and plans the creates, modifications and
    /// deletions that close the gap. Only objects whose <c>RuleGroup</c> is the policy's group are ever
    /// modified or deleted; an ID clash with another owner's object stops planning. O(n): objects are matched
    /// through dictionaries keyed by class and InstanceID.
    /// </summary>
    public static class PolicyPlanner
    {
        /// <summary>Reads the target store and plans the changes that make it hold <paramref name="policy"/>.</summary>
        /// <exception cref="PlanConflictException">The policy needs an ID another owner uses.</exception>
        /// <exception cref="Validation.PolicyValidationException">The policy is one <c>Build()</c> would refuse (every problem is listed).</exception>
        public static ChangePlan Plan(ICimGateway gateway, CimTarget target, IpsecPolicy policy)
        {
            if (gateway == null)
            {
                throw new ArgumentNullException(nameof(gateway));
            }

            if (target == null)
            {
                throw new ArgumentNullException(nameof(target));
            }

            var desired = CimPolicyWriter.Describe(policy);
            var notes = new List<string>();
            var registry = desired.NoDefaultExempt != null && target.IsMachineStore;
            if (desired.NoDefaultExempt != null && !registry)
            {
                notes.Add("NoDefaultExempt is a registry value of each machine (HKLM\\" + RegistryDword.PolicyAgentKey + "), not part of " + target +
                          "; set it on the machines (or with a Group Policy registry preference). The store's Exemptions setting is planned as usual.");
                desired = new CimPolicyImage(desired.Group, desired.Objects, desired.Settings, null);
            }

            var current = StoreState.Read(gateway, target, policy.Group, desired.Settings != null, registry);
            return Plan(desired, current, target, notes);
        }

        /// <summary>Plans the changes from <paramref name="current"/> to <paramref name="desired"/> (pure; no store access).</summary>
        /// <exception cref="PlanConflictException">The policy needs an ID another owner uses.</exception>
        public static ChangePlan Plan(CimPolicyImage desired, StoreState current, CimTarget target, IEnumerable<string>? notes = null)
        {
            if (desired == null)
            {
                throw new ArgumentNullException(nameof(desired));
            }

            if (current == null)
            {
                throw new ArgumentNullException(nameof(current));
            }

            var conflicts = new List<string>();
            var writes = new List<(int Rank, PlannedChange Change)>();
            var wanted = new HashSet<CimObjectKey>();
            var newRules = new HashSet<CimObjectKey>();
            foreach (var d in desired.All())
            {
                var key = d.Key!;
                wanted.Add(key);
                if (current.ForeignOwners.TryGetValue(key, out var owner))
                {
                    conflicts.Add(key + " belongs to group '" + (owner ?? "(none)") + "'");
                    continue;
                }

                if (current.Owned.TryGetValue(key, out var stored))
                {
                    AddModify(writes, d, stored);
                }
                else if (key.Owner != null)
                {
                    // A filter: it exists once its rule does; diff against what the provider gives a new rule.
                    var start = newRules.Contains(key.Owner) ? ProviderDefaults.FiltersOf(key.Owner).FirstOrDefault(f => f.ClassName == d.ClassName) : null;
                    AddModify(writes, d, start);
                }
                else if (d.ClassName == CimClassNames.SecuritySettingData)
                {
                    AddModify(writes, d, null);
                }
                else
                {
                    newRules.Add(key);
                    writes.Add((Rank(d.ClassName), new PlannedChange(ChangeKind.Create, key, d, new ValueList<PropertyChange>(CimValueComparer.Changes(d, null)))));
                }
            }

            if (conflicts.Count > 0)
            {
                throw new PlanConflictException(desired.Group, conflicts);
            }

            foreach (var o in current.Owned.Values)
            {
                if (!wanted.Contains(o.Key!) && o.Key!.Owner == null && o.ClassName != CimClassNames.SecuritySettingData && o.ClassName != CimClassNames.StdRegProv)
                {
                    writes.Add((DeleteRank(o.ClassName), new PlannedChange(ChangeKind.Delete, o.Key!, null, ValueList<PropertyChange>.Empty)));
                }
            }

            return new ChangePlan(desired.Group, target, InRankOrder(writes), notes);
        }

        // A stable bucket sort: ranks are a handful of small numbers, so ordering stays O(n).
        private static IEnumerable<PlannedChange> InRankOrder(List<(int Rank, PlannedChange Change)> changes)
        {
            var buckets = new List<PlannedChange>?[RankCount];
            foreach (var (rank, change) in changes)
            {
                (buckets[rank] ??= new List<PlannedChange>()).Add(change);
            }

            return buckets.Where(b => b != null).SelectMany(b => b!);
        }

        private static void AddModify(List<(int, PlannedChange)> writes, CimInstanceDescription desired, CimInstanceDescription? stored)
        {
            var changes = CimValueComparer.Changes(desired, stored);
            if (changes.Count == 0)
            {
                return;
            }

            var changed = new HashSet<string>(changes.Select(c => c.Name), StringComparer.OrdinalIgnoreCase);
            writes.Add((Rank(desired.ClassName), new PlannedChange(ChangeKind.Modify, desired.Key!, desired.Where(p => changed.Contains(p.Name)), new ValueList<PropertyChange>(changes))));
        }

        private const int RankCount = 15;

        // Creates and modifies: sets (0-3), rules (4-5), filters (6); then deletes: rules (7-8), sets (9-12); then settings (13), registry (14).
        private static int Rank(string className)
        {
            var index = Array.IndexOf(CimClassNames.OwnedClassesInCreationOrder, className);
            if (index >= 0)
            {
                return index;
            }

            return CimClassNames.IsFilter(className) ? 6 : className == CimClassNames.SecuritySettingData ? 13 : 14;
        }

        private static int DeleteRank(string className) =>
            className == CimClassNames.MMRule ? 7 : className == CimClassNames.ConSecRule ? 8 : 9 + Array.IndexOf(CimClassNames.OwnedClassesInCreationOrder, className);
    }
}
