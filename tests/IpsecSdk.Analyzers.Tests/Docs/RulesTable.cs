using System.Collections.Generic;
using System.Linq;
using System.Text;
using IpsecSdk.Catalogue;

namespace IpsecSdk.Analyzers.Tests.Docs
{
    /// <summary>Renders the rules tables: the README's (highest severity per pack) and the index of docs/rules.</summary>
    internal static class RulesTable
    {
        public static readonly GeneratedRegion ReadmeRegion = new GeneratedRegion("rules-table");

        public static readonly GeneratedRegion IndexRegion = new GeneratedRegion("rules-index");

        private static readonly BaselinePack[] Packs = { BaselinePack.Default, BaselinePack.Bsi, BaselinePack.Nist, BaselinePack.Cnsa };

        /// <summary>The README table; links are relative to the repository root.</summary>
        public static string RenderReadme(ISet<string> fixableIds)
        {
            var text = new StringBuilder();
            text.Append("| Rule | Title | ").Append(string.Join(" | ", Packs.Select(BaselinePacks.Name))).Append(" | Code fix |\n");
            text.Append("|---|---|---|---|---|---|---|\n");
            foreach (var rule in RuleCatalogue.All)
            {
                text.Append("| [").Append(rule.Id).Append("](").Append(rule.DocumentationPath).Append(") | ").Append(rule.Title).Append(" | ")
                    .Append(string.Join(" | ", Packs.Select(p => HighestSeverity(rule, p))))
                    .Append(" | ").Append(fixableIds.Contains(rule.Id) ? "yes" : "—").Append(" |\n");
            }

            text.Append("\nSeverity columns show the most severe verdict a pack gives any choice the rule covers; each rule's page has the full table.");
            return text.ToString();
        }

        /// <summary>The index of docs/rules/README.md; links are relative to docs/rules.</summary>
        public static string RenderIndex(ISet<string> fixableIds)
        {
            var text = new StringBuilder();
            text.Append("| Rule | Title | Family | Code fix |\n|---|---|---|---|\n");
            foreach (var rule in RuleCatalogue.All)
            {
                text.Append("| [").Append(rule.Id).Append("](").Append(rule.Id).Append(".md) | ").Append(rule.Title).Append(" | ")
                    .Append(rule.Category.ToString().ToLowerInvariant()).Append(" | ").Append(fixableIds.Contains(rule.Id) ? "yes" : "—").Append(" |\n");
            }

            return text.ToString();
        }

        private static string HighestSeverity(RuleInfo rule, BaselinePack pack)
        {
            switch (rule.Category)
            {
                case RuleCategory.Validity:
                    return "error";
                case RuleCategory.Hygiene:
                    return "warning";
                default:
                    var entries = SeverityTable.EntriesOf(rule.Id).ToList();
                    // IPSEC017 and the like have rows; a security rule without rows would be a catalogue gap the page test reports.
                    return entries.Count == 0 ? "—" : SeverityTable.Severity(entries.Max(e => e.For(pack)));
            }
        }
    }
}
