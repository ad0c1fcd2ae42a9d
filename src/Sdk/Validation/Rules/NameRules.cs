using System;
using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// IPSEC113: names and IDs as MS-FASP accepts them: rule IDs 1..511 characters, rule names 1..9999,
    /// set IDs 1..254 (main mode) or 1..999 (quick mode and authentication sets), none containing <c>|</c>
    /// (the registry field separator) and no rule name equal to the reserved word "all" (netsh).
    /// </summary>
    internal static class NameRules
    {
        internal const int MaxRuleIdLength = 511;
        internal const int MaxNameLength = 9999;
        internal const int MaxMainModeSetIdLength = 254;
        internal const int MaxSetIdLength = 999;

        internal static void CheckGroup(FindingCollector findings, string? group)
        {
            if (string.IsNullOrWhiteSpace(group))
            {
                findings.Error(RuleIds.InvalidName, "group", "group is " + Describe.Text(group) + "; the owner group must have a name (1.." + MaxNameLength + " characters, no '|'), such as 'Contoso.ServerIsolation'.");
                return;
            }

            Check(findings, group!, "group", MaxNameLength, reservedAll: false);
        }

        internal static void CheckRuleId(FindingCollector findings, string? id, string path) => CheckRequired(findings, id, path, MaxRuleIdLength, reservedAll: false);

        internal static void CheckRuleName(FindingCollector findings, string? name, string path) => CheckRequired(findings, name, path, MaxNameLength, reservedAll: true);

        /// <summary>
        /// Checks a set ID. <paramref name="ruleId"/> is the owning rule's ID: the builder derives set IDs from it
        /// (<c>&lt;ruleId&gt;.qmcrypto</c>), and a '|' inherited from an already reported rule ID is not reported again.
        /// </summary>
        internal static void CheckSetId(FindingCollector findings, string? id, string path, int maxLength, string? ruleId) => CheckRequired(findings, id, path, maxLength, reservedAll: false, ruleId);

        /// <summary>Checks a set name; a '|' inherited from the rule's display name is not reported again.</summary>
        internal static void CheckSetName(FindingCollector findings, string? name, string path, string? ruleName) => CheckRequired(findings, name, path, MaxNameLength, reservedAll: false, ruleName);

        /// <summary>The ID, display name and description every crypto and authentication set has.</summary>
        internal static void CheckSetHeader(FindingCollector findings, string? id, string? name, string? description, string setPath, int maxIdLength, ConnectionSecurityRule owner)
        {
            CheckSetId(findings, id, PolicyPath.Member(setPath, "id"), maxIdLength, owner.Id);
            CheckSetName(findings, name, PolicyPath.Member(setPath, "displayName"), owner.DisplayName);
            CheckOptionalText(findings, description, PolicyPath.Member(setPath, "description"));
        }

        /// <summary>Optional texts (descriptions) may be null or empty but must still fit the registry format.</summary>
        internal static void CheckOptionalText(FindingCollector findings, string? text, string path)
        {
            if (!string.IsNullOrEmpty(text))
            {
                Check(findings, text!, path, MaxNameLength, reservedAll: false);
            }
        }

        private static void CheckRequired(FindingCollector findings, string? value, string path, int maxLength, bool reservedAll, string? inheritedFrom = null)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                findings.Error(RuleIds.InvalidName, path, path + " is " + Describe.Text(value) + "; it must be 1.." + maxLength + " characters and not blank.");
                return;
            }

            Check(findings, value!, path, maxLength, reservedAll, inheritedFrom);
        }

        private static void Check(FindingCollector findings, string value, string path, int maxLength, bool reservedAll, string? inheritedFrom = null)
        {
            if (value.Length > maxLength)
            {
                findings.Error(RuleIds.InvalidName, path, path + " has " + value.Length + " characters; at most " + maxLength + " are allowed.");
            }

            var inheritedPipe = inheritedFrom != null && TextSearch.Find(inheritedFrom, '|') >= 0 && value.StartsWith(inheritedFrom, StringComparison.Ordinal);
            if (TextSearch.Find(value, '|') >= 0 && !inheritedPipe)
            {
                findings.Error(RuleIds.InvalidName, path, path + " is " + Describe.Text(value) + ", which contains '|'; Windows uses '|' as its field separator, so names and IDs must not contain it.");
            }

            if (reservedAll && string.Equals(value.Trim(), "all", StringComparison.OrdinalIgnoreCase))
            {
                findings.Error(RuleIds.InvalidName, path, path + " is " + Describe.Text(value) + "; 'all' is reserved (netsh uses it to mean every rule), choose another name.");
            }
        }
    }
}
