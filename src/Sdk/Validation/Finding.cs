using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// One problem found in a policy: which rule, how severe, where (a path such as
    /// <c>rules[0].quickMode.proposals[1].espIntegrity</c>), what, and on whose authority.
    /// </summary>
    public sealed record Finding
    {
        /// <summary>Creates a finding.</summary>
        public Finding(string ruleId, Verdict severity, string path, string message, string? source = null)
        {
            RuleId = ruleId;
            Severity = severity;
            Path = path;
            Message = message;
            Source = source;
        }

        /// <summary>The rule ID (<c>IPSECnnn</c>).</summary>
        public string RuleId { get; }

        /// <summary>Info, warning or error.</summary>
        public Verdict Severity { get; }

        /// <summary>Where in the policy the problem is.</summary>
        public string Path { get; }

        /// <summary>What is wrong, the value, and what is allowed.</summary>
        public string Message { get; }

        /// <summary>The document the finding rests on, where one applies.</summary>
        public string? Source { get; }

        /// <summary>The documentation page of the rule.</summary>
        public string HelpUri => RuleCatalogue.HelpUri(RuleId);

        /// <inheritdoc />
        public override string ToString() => RuleId + " " + Severity.ToString().ToLowerInvariant() + " at " + Path + ": " + Message;
    }
}
