using System;
using System.Runtime.CompilerServices;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// The validation gate of the SDK's doors in: <c>Build()</c>'s rules applied to a policy that came another way.
    /// <c>IpsecJson.Deserialize</c> and the CIM read-back (<c>CimPolicyReader.Read</c>, <c>WindowsPolicyStore.Read</c>) hand
    /// out only policies <see cref="PolicyValidator"/> accepts, and refuse any other with one
    /// <see cref="PolicyValidationException"/> listing every problem with its path. Code that receives a policy assembled from
    /// the records by hand can call it to get the same guarantee.
    /// </summary>
    /// <remarks>
    /// A policy is immutable, so one that passed once is remembered (by reference, without keeping it alive) and not
    /// validated again by the next consumer.
    /// </remarks>
    public static class PolicyGate
    {
        private static readonly object s_passed = new object();
        private static readonly ConditionalWeakTable<IpsecPolicy, object> s_valid = new ConditionalWeakTable<IpsecPolicy, object>();

        /// <summary>Returns <paramref name="policy"/> when <c>Build()</c> would accept it.</summary>
        /// <param name="policy">The policy to check.</param>
        /// <param name="parameterName">The caller's parameter name, for the <see cref="ArgumentNullException"/>.</param>
        /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
        /// <exception cref="PolicyValidationException">The policy breaks Windows' validity rules; every problem is listed.</exception>
        public static IpsecPolicy EnsureValid(IpsecPolicy policy, string parameterName = "policy")
        {
            if (policy is null)
            {
                throw new ArgumentNullException(parameterName);
            }

            if (s_valid.TryGetValue(policy, out _))
            {
                return policy;
            }

            var findings = PolicyValidator.Validate(policy);
            if (findings.Count > 0)
            {
                throw new PolicyValidationException(findings);
            }

            s_valid.GetValue(policy, _ => s_passed);
            return policy;
        }
    }
}
