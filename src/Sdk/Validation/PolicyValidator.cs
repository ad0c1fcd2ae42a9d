using System.Collections.Generic;
using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// The Windows validity rules (IPSEC1xx, MS-FASP): what Windows would reject. Every finding is an error.
    /// </summary>
    public static class PolicyValidator
    {
        /// <summary>Every validity problem of the policy, each with a path and a rule ID.</summary>
        public static IReadOnlyList<Finding> Validate(IpsecPolicy policy)
        {
            var findings = new List<Finding>();
            if (string.IsNullOrWhiteSpace(policy.Group))
            {
                findings.Add(new Finding(RuleIds.InvalidName, Verdict.Error, "group", "The policy group is empty; give the owner group a name such as 'Contoso.ServerIsolation'."));
            }

            return findings;
        }
    }
}
