using System;
using System.Collections.Generic;
using System.Linq;

namespace IpsecSdk.Validation
{
    /// <summary>Thrown by <c>Build()</c> when a policy is invalid; lists every problem, not just the first.</summary>
    public sealed class PolicyValidationException : Exception
    {
        /// <summary>Creates the exception from the findings that prevented the build.</summary>
        public PolicyValidationException(IReadOnlyList<Finding> findings)
            : base(Describe(findings))
        {
            Findings = findings;
        }

        /// <summary>Every problem, each with its path and rule ID.</summary>
        public IReadOnlyList<Finding> Findings { get; }

        private static string Describe(IReadOnlyList<Finding> findings)
        {
            if (findings == null)
            {
                throw new ArgumentNullException(nameof(findings));
            }

            var count = findings.Count == 1 ? "1 problem" : findings.Count + " problems";
            return "The IPsec policy is invalid (" + count + "):" + string.Concat(findings.Select(f => Environment.NewLine + "  " + f));
        }
    }
}
