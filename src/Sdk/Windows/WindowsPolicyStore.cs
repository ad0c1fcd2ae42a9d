using IpsecSdk.Windows.Mapping;
using IpsecSdk.Windows.Planning;

namespace IpsecSdk.Windows
{
    /// <summary>Reads back the policy a group holds in a store (what a previous apply wrote).</summary>
    public static class WindowsPolicyStore
    {
        /// <summary>
        /// The policy of <paramref name="group"/> in <paramref name="target"/>: its rules with their sets and filters,
        /// the store's settings and (for machine stores) the <c>NoDefaultExempt</c> value.
        /// </summary>
        /// <exception cref="Validation.PolicyValidationException">What the store holds is not a policy <c>Build()</c> would accept.</exception>
        public static IpsecPolicy Read(ICimGateway gateway, CimTarget target, string group) =>
            CimPolicyReader.Read(StoreState.Read(gateway, target, group, includeSettings: true, includeRegistry: target.IsMachineStore).ToImage());
    }
}
