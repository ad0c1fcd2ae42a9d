namespace IpsecSdk.CodeFixes.Infrastructure
{
    /// <summary>One code action a fixer offers for a diagnostic.</summary>
    internal sealed class PlannedFix
    {
        public PlannedFix(string title, string equivalenceKey, ProposalEdit edit)
        {
            Title = title;
            EquivalenceKey = equivalenceKey;
            Edit = edit;
        }

        public string Title { get; }

        public string EquivalenceKey { get; }

        public ProposalEdit Edit { get; }
    }
}
