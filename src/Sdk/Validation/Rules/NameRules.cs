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
        internal static void CheckGroup(FindingCollector findings, string? group)
        {
            if (string.IsNullOrWhiteSpace(group))
            {
                // null is a missing part (IPSEC116, as every null); blank text is a name Windows rejects (IPSEC113).
                findings.Error(group is null ? RuleIds.MissingPart : RuleIds.InvalidName, "group", "group is " + Describe.Text(group) + "; the owner group must have a name (1.." + NameLiteral.MaxNameLength + " characters, no '|'), such as 'Contoso.ServerIsolation'.");
                return;
            }

            Check(findings, group!, "group", NameLiteral.MaxNameLength, reservedAll: false);
        }

        internal static void CheckRuleId(FindingCollector findings, string? id, string path) => CheckRequired(findings, id, path, NameLiteral.MaxRuleIdLength, reservedAll: false);

        internal static void CheckRuleName(FindingCollector findings, string? name, string path) => CheckRequired(findings, name, path, NameLiteral.MaxNameLength, reservedAll: true);

        /// <summary>
        /// Checks a set ID. <paramref name="ruleId"/> is the owning rule's ID: the builder derives set IDs from it
        /// (<c>&lt;ruleId&gt;.qmcrypto</c>), and a '|' inherited from an already reported rule ID is not reported again.
        /// </summary>
        internal static void CheckSetId(FindingCollector findings, string? id, string path, int maxLength, string? ruleId) => CheckRequired(findings, id, path, maxLength, reservedAll: false, ruleId);

        /// <summary>Checks a set name; a '|' inherited from the rule's display name is not reported again.</summary>
        internal static void CheckSetName(FindingCollector findings, string? name, string path, string? ruleName) => CheckRequired(findings, name, path, NameLiteral.MaxNameLength, reservedAll: false, ruleName);

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
                Check(findings, text!, path, NameLiteral.MaxNameLength, reservedAll: false);
            }
        }

        private static void CheckRequired(FindingCollector findings, string? value, string path, int maxLength, bool reservedAll, string? inheritedFrom = null)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                findings.Error(value is null ? RuleIds.MissingPart : RuleIds.InvalidName, path, path + " is " + Describe.Text(value) + "; " + NameLiteral.BlankReason(maxLength) + ".");
                return;
            }

            Check(findings, value!, path, maxLength, reservedAll, inheritedFrom);
        }

        private static void Check(FindingCollector findings, string value, string path, int maxLength, bool reservedAll, string? inheritedFrom = null)
        {
            if (NameLiteral.LengthProblem(value, maxLength) is string tooLong)
            {
                findings.Error(RuleIds.InvalidName, path, path + " " + tooLong + ".");
            }

            var inheritedPipe = inheritedFrom != null && NameLiteral.HasSeparator(inheritedFrom) && value.StartsWith(inheritedFrom, StringComparison.Ordinal);
            if (NameLiteral.HasSeparator(value) && !inheritedPipe)
            {
                findings.Error(RuleIds.InvalidName, path, path + " is " + Describe.Text(value) + ", which contains '|'; " + NameLiteral.SeparatorReason + ".");
            }

            if (reservedAll && NameLiteral.IsReservedAll(value))
            {
                findings.Error(RuleIds.InvalidName, path, path + " is " + Describe.Text(value) + "; " + NameLiteral.ReservedAllReason + ".");
            }
        }
    }
}
