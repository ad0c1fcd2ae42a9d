using System.Collections.Generic;
using IpsecSdk.Windows.Cim;
using IpsecSdk.Windows.Mapping;

namespace IpsecSdk.Windows.Planning
{
    /// <summary>
    /// What a store holds for one owner group: the owned sets and rules with their filters, the settings and
    /// the registry value a plan may touch, plus the IDs other owners use (which the plan must not reuse).
    /// </summary>
    public sealed class StoreState
    {
        /// <summary>Creates a state from already-read objects.</summary>
        public StoreState(string group, IEnumerable<CimInstanceDescription> owned, IDictionary<CimObjectKey, string?>? foreignOwners = null)
        {
            Group = group;
            Owned = new Dictionary<CimObjectKey, CimInstanceDescription>();
            foreach (var o in owned)
            {
                Owned[o.Key!] = o;
            }

            ForeignOwners = foreignOwners == null ? new Dictionary<CimObjectKey, string?>() : new Dictionary<CimObjectKey, string?>(foreignOwners);
        }

        /// <summary>The group.</summary>
        public string Group { get; }

        /// <summary>Owned objects (and the settings / registry value) by key, in the order read.</summary>
        public Dictionary<CimObjectKey, CimInstanceDescription> Owned { get; }

        /// <summary>Keys of objects other owners hold, with their <c>RuleGroup</c>.</summary>
        public Dictionary<CimObjectKey, string?> ForeignOwners { get; }

        /// <summary>Reads the state of <paramref name="group"/> from a store. Only objects whose <c>RuleGroup</c> equals the group count as owned.</summary>
        public static StoreState Read(ICimGateway gateway, CimTarget target, string group, bool includeSettings, bool includeRegistry)
        {
            var owned = new List<CimInstanceDescription>();
            var foreign = new Dictionary<CimObjectKey, string?>();
            foreach (var className in CimClassNames.OwnedClassesInCreationOrder)
            {
                foreach (var o in gateway.Enumerate(target, className))
                {
                    if (o.Key == null)
                    {
                        continue;
                    }

                    var owner = o["RuleGroup"] as string;
                    if (owner == group)
                    {
                        owned.Add(o);
                        owned.AddRange(FiltersOf(gateway, target, o.Key));
                    }
                    else
                    {
                        foreign[o.Key] = owner;
                    }
                }
            }

            if (includeSettings && gateway.Get(target, CimPolicyWriter.SettingsKey) is { } settings)
            {
                owned.Add(settings);
            }

            if (includeRegistry && RegistryDword.Read(gateway, CimPolicyWriter.NoDefaultExemptKey) is { } value)
            {
                owned.Add(value);
            }

            return new StoreState(group, owned, foreign);
        }

        /// <summary>The owned objects as an image the <see cref="CimPolicyReader"/> can turn back into a policy.</summary>
        public CimPolicyImage ToImage()
        {
            var objects = new List<CimInstanceDescription>();
            CimInstanceDescription? settings = null;
            CimInstanceDescription? registry = null;
            foreach (var o in Owned.Values)
            {
                if (o.ClassName == CimClassNames.SecuritySettingData)
                {
                    settings = o;
                }
                else if (o.ClassName == CimClassNames.StdRegProv)
                {
                    registry = o;
                }
                else
                {
                    objects.Add(o);
                }
            }

            return new CimPolicyImage(Group, objects, settings, registry);
        }

        private static IEnumerable<CimInstanceDescription> FiltersOf(ICimGateway gateway, CimTarget target, CimObjectKey rule)
        {
            foreach (var filterClass in new[] { CimClassNames.AddressFilter, CimClassNames.ProtocolPortFilter, CimClassNames.InterfaceTypeFilter })
            {
                if (CimClassNames.FilterAssociation(rule.ClassName, filterClass) != null && gateway.Get(target, new CimObjectKey(filterClass, rule)) is { } filter)
                {
                    yield return filter;
                }
            }
        }
    }
}
