using System.Collections.Generic;
using IpsecSdk.Windows.Cim;

namespace IpsecSdk.Windows.Mapping
{
    /// <summary>
    /// What the provider is assumed to give a new rule's filter objects: no restriction ("Any", interface type 0).
    /// The planner diffs a new rule's desired filters against these; the in-memory gateway creates them.
    /// An assumption from the cmdlets' defaults, not a documented provider fact: if Windows differs, the next
    /// plan shows the filter change instead of an empty plan.
    /// </summary>
    public static class ProviderDefaults
    {
        /// <summary>The filters a new rule of <paramref name="rule"/>'s class starts with.</summary>
        public static IEnumerable<CimInstanceDescription> FiltersOf(CimObjectKey rule)
        {
            var any = new ValueList<string>(new[] { CimPolicyWriter.Any });
            if (rule.ClassName != CimClassNames.ConSecRule && rule.ClassName != CimClassNames.MMRule)
            {
                yield break;
            }

            yield return new CimInstanceDescription(CimClassNames.AddressFilter, new CimObjectKey(CimClassNames.AddressFilter, rule), new[]
            {
                new CimPropertyValue("LocalAddress", CimValueType.StringArray, any),
                new CimPropertyValue("RemoteAddress", CimValueType.StringArray, any),
            });
            if (rule.ClassName == CimClassNames.ConSecRule)
            {
                yield return new CimInstanceDescription(CimClassNames.ProtocolPortFilter, new CimObjectKey(CimClassNames.ProtocolPortFilter, rule), new[]
                {
                    new CimPropertyValue("Protocol", CimValueType.String, CimPolicyWriter.Any),
                    new CimPropertyValue("LocalPort", CimValueType.StringArray, any),
                    new CimPropertyValue("RemotePort", CimValueType.StringArray, any),
                });
                yield return new CimInstanceDescription(CimClassNames.InterfaceTypeFilter, new CimObjectKey(CimClassNames.InterfaceTypeFilter, rule), new[]
                {
                    new CimPropertyValue("InterfaceType", CimValueType.UInt32, 0u),
                });
            }
        }
    }
}
