namespace IpsecSdk.Validation
{
    /// <summary>The check every set's proposal list starts with: null or empty is reported under the caller's rule.</summary>
    internal static class ProposalLists
    {
        /// <summary>True when there is at least one proposal; otherwise reports "&lt;path&gt; is null|empty&lt;explanation&gt;".</summary>
        internal static bool NonEmpty<T>(FindingCollector findings, ValueList<T>? proposals, string path, string ruleId, string explanation)
        {
            if (proposals != null && proposals.Count > 0)
            {
                return true;
            }

            findings.Error(ruleId, path, path + " is " + (proposals is null ? "null" : "empty") + explanation);
            return false;
        }
    }
}
