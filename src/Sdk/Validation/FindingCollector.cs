using System.Collections.Generic;
using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>Collects validity findings; every rule class adds to one collector so all problems surface at once.</summary>
    internal sealed class FindingCollector
    {
        private readonly List<Finding> _findings = new List<Finding>();

        internal IReadOnlyList<Finding> Findings => _findings.AsReadOnly();

        /// <summary>Adds a validity error (IPSEC1xx, or IPSEC014 for missing authentication): always <see cref="Verdict.Error"/>.</summary>
        internal void Error(string ruleId, string path, string message, string? source = null) =>
            _findings.Add(new Finding(ruleId, Verdict.Error, path, message, source));
    }
}
