namespace IpsecSdk.Catalogue
{
    /// <summary>What a rule ID means: its title, family and one-line explanation.</summary>
    public sealed class RuleInfo
    {
        /// <summary>Creates the description of one rule.</summary>
        public RuleInfo(string id, RuleCategory category, string title, string description)
        {
            Id = id;
            Category = category;
            Title = title;
            Description = description;
        }

        /// <summary>The rule ID, e.g. <c>IPSEC001</c>.</summary>
        public string Id { get; }

        /// <summary>Security, validity or hygiene.</summary>
        public RuleCategory Category { get; }

        /// <summary>A short title.</summary>
        public string Title { get; }

        /// <summary>One or two sentences on what the rule flags and why.</summary>
        public string Description { get; }

        /// <summary>The relative path of the rule's documentation page in the repository.</summary>
        public string DocumentationPath => "docs/rules/" + Id + ".md";

        /// <inheritdoc />
        public override string ToString() => Id + ": " + Title;
    }
}
