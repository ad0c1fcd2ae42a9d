using System;
using System.Collections.Generic;
using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// Checks across rules (IPSEC113): rule IDs must be unique within the policy (compared case-insensitively,
    /// as Windows stores them as registry value names), and a set ID shared by several rules must name one and the
    /// same set everywhere, or the later definition would silently replace the earlier one on apply.
    /// </summary>
    internal sealed class PolicyConsistencyRules
    {
        private readonly Dictionary<string, int> _ruleIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, KeyValuePair<object, string>> _sets = new Dictionary<string, KeyValuePair<object, string>>(StringComparer.OrdinalIgnoreCase);

        internal void Add(FindingCollector findings, ConnectionSecurityRule rule, int index)
        {
            var rulePath = PolicyPath.Rule(index);
            if (!string.IsNullOrEmpty(rule.Id))
            {
                if (_ruleIds.TryGetValue(rule.Id, out var first))
                {
                    var path = PolicyPath.Member(rulePath, "id");
                    findings.Error(RuleIds.InvalidName, path, path + " is " + Describe.Text(rule.Id) + ", the same ID as rules[" + first + "]; rule IDs must be unique within a policy.");
                    return; // its derived set IDs collide too; the rule ID is the one problem to fix
                }
                else
                {
                    _ruleIds.Add(rule.Id, index);
                }
            }

            if (rule.IsExemption)
            {
                return;
            }

            AddSet(findings, "main-mode crypto set", rule.MainMode, rule.MainMode?.Id, PolicyPath.Member(rulePath, "mainMode"));
            AddSet(findings, "quick-mode crypto set", rule.QuickMode, rule.QuickMode?.Id, PolicyPath.Member(rulePath, "quickMode"));
            AddSet(findings, "phase-1 authentication set", rule.Phase1Authentication, rule.Phase1Authentication?.Id, PolicyPath.Member(rulePath, "phase1Authentication"));
            AddSet(findings, "phase-2 authentication set", rule.Phase2Authentication, rule.Phase2Authentication?.Id, PolicyPath.Member(rulePath, "phase2Authentication"));
        }

        private void AddSet(FindingCollector findings, string kind, object? set, string? id, string setPath)
        {
            if (set is null || string.IsNullOrEmpty(id))
            {
                return;
            }

            var key = kind + "|" + id;
            if (!_sets.TryGetValue(key, out var earlier))
            {
                _sets.Add(key, new KeyValuePair<object, string>(set, setPath));
            }
            else if (!earlier.Key.Equals(set))
            {
                var path = PolicyPath.Member(setPath, "id");
                findings.Error(RuleIds.InvalidName, path, path + " is " + Describe.Text(id) + ", which " + earlier.Value + " already uses for a different " + kind + "; one ID must name one set. Give this set its own ID or use the identical set.");
            }
        }
    }
}
