using System.Collections.Generic;
using System.Linq;
using System.Text;
using IpsecSdk.Catalogue;

namespace IpsecSdk.Analyzers.Tests.Docs
{
    /// <summary>Renders a rule page's "severity per baseline pack" table from the catalogue.</summary>
    internal static class SeverityTable
    {
        public static readonly GeneratedRegion Region = new GeneratedRegion("severity-table");

        private static readonly BaselinePack[] Packs = { BaselinePack.Default, BaselinePack.Bsi, BaselinePack.Nist, BaselinePack.Cnsa };

        public static string Render(RuleInfo rule)
        {
            var text = new StringBuilder();
            text.Append("| Choice | ").Append(string.Join(" | ", Packs.Select(BaselinePacks.Name))).Append(" | Source |\n");
            text.Append("|---|---|---|---|---|---|\n");
            switch (rule.Category)
            {
                case RuleCategory.Security:
                    foreach (var entry in EntriesOf(rule.Id))
                    {
                        text.Append("| ").Append(entry.Subject).Append(" | ")
                            .Append(string.Join(" | ", Packs.Select(p => Severity(entry.For(p)))))
                            .Append(" | ").Append(SourceCell(entry)).Append(" |\n");
                    }

                    text.Append("\nChoices not listed here are allowed by every pack.");
                    break;
                case RuleCategory.Validity:
                    text.Append("| Any configuration this rule flags | error | error | error | error | MS-FASP: Windows rejects it |\n");
                    break;
                default:
                    text.Append("| Any occurrence | warning | warning | warning | warning | IpsecSdk hygiene rule |\n");
                    break;
            }

            return text.ToString();
        }

        /// <summary>The catalogue rows of a rule that some pack reports.</summary>
        public static IEnumerable<CatalogueEntry> EntriesOf(string ruleId) =>
            BaselineCatalogue.Entries.Where(e => e.RuleId == ruleId && e.IsFindingInAnyPack);

        /// <summary>How a verdict shows as a diagnostic severity.</summary>
        public static string Severity(Verdict verdict)
        {
            switch (verdict)
            {
                case Verdict.Error: return "error";
                case Verdict.Warning: return "warning";
                case Verdict.Info: return "info";
                default: return "—";
            }
        }

        private static string SourceCell(CatalogueEntry entry)
        {
            var cell = entry.Source + (entry.Verified ? "" : " *(not verified against the primary text)*");
            return entry.Note == null ? cell : cell + ". " + entry.Note;
        }
    }
}
