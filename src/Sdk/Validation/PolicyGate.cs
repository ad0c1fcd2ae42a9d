using System;
using System.Linq;
using System.Runtime.CompilerServices;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// The one validation gate of the SDK: <c>Build()</c>'s rules applied to a policy that came another way. The doors in
    /// (<c>IpsecJson.Deserialize</c>, the CIM read-back <c>CimPolicyReader.Read</c> and <c>WindowsPolicyStore.Read</c>) hand out
    /// only policies <see cref="PolicyValidator"/> accepts; every consumer (<c>PowerShellScriptWriter</c>,
    /// <c>NetshScriptWriter</c>, <c>SwanctlConfigWriter</c>, <c>CimPolicyWriter.Describe</c> and through it the planner and
    /// applier, <see cref="BaselineEvaluator"/>) refuses any other before it writes or judges anything, with one
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

        /// <summary>
        /// The same gate for one rule handed over on its own (the negotiator's rules): the rule must be one <c>Build()</c>
        /// accepts in a policy of its own; problems carry <paramref name="parameterName"/> as their path root.
        /// </summary>
        internal static void EnsureValid(ConnectionSecurityRule rule, string parameterName)
        {
            if (rule is null)
            {
                throw new ArgumentNullException(parameterName);
            }

            var alone = new IpsecPolicy { Group = "rule", Rules = ValueList.Of(rule) };
            var findings = PolicyValidator.Validate(alone);
            if (findings.Count > 0)
            {
                const string Root = "rules[0]";
                throw new PolicyValidationException(findings.Select(f => f.Path.StartsWith(Root, StringComparison.Ordinal)
                    ? new Finding(f.RuleId, f.Severity, parameterName + f.Path.Substring(Root.Length), string.Join(parameterName, f.Message.Split(new[] { Root }, StringSplitOptions.None)), f.Source)
                    : f).ToList());
            }
        }
    }
}
