using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// The rule's scalar settings: enum values (IPSEC114), the inbound/outbound pairs New-NetIPsecRule accepts
    /// (None/None, Request/None, Request/Request, Require/Request, Require/Require; IPSEC118), and exemption rules
    /// (None/None) carrying crypto or authentication sets, which MS-FASP requires to be null (IPSEC116).
    /// </summary>
    internal static class ActionRules
    {
        internal static void Check(FindingCollector findings, ConnectionSecurityRule rule, string rulePath)
        {
            EnumRules.CheckFlags(findings, rule.Profiles, 0x7, PolicyPath.Member(rulePath, "profiles"));
            EnumRules.CheckFlags(findings, rule.InterfaceTypes, 0x7, PolicyPath.Member(rulePath, "interfaceTypes"));
            EnumRules.Check(findings, rule.Mode, PolicyPath.Member(rulePath, "mode"));
            EnumRules.Check(findings, rule.ProtectionRequirement, PolicyPath.Member(rulePath, "protectionRequirement"));
            EnumRules.Check(findings, rule.Zone, PolicyPath.Member(rulePath, "zone"));
            var inboundKnown = EnumRules.Check(findings, rule.InboundSecurity, PolicyPath.Member(rulePath, "inboundSecurity"));
            var outboundKnown = EnumRules.Check(findings, rule.OutboundSecurity, PolicyPath.Member(rulePath, "outboundSecurity"));
            if (inboundKnown && outboundKnown && rule.InboundSecurity < rule.OutboundSecurity)
            {
                var path = PolicyPath.Member(rulePath, "outboundSecurity");
                findings.Error(RuleIds.InvalidSecurityCombination, path, "Inbound " + rule.InboundSecurity + " with outbound " + rule.OutboundSecurity + " is not a combination Windows accepts; allowed inbound/outbound pairs: None/None, Request/None, Request/Request, Require/Request, Require/Require.");
            }

            if (rule.IsExemption)
            {
                CheckExemptionHasNoSets(findings, rule, rulePath);
            }
        }

        private static void CheckExemptionHasNoSets(FindingCollector findings, ConnectionSecurityRule rule, string rulePath)
        {
            Report(findings, rule.QuickMode != null, rulePath, "quickMode");
            Report(findings, rule.Phase1Authentication != null, rulePath, "phase1Authentication");
            Report(findings, rule.Phase2Authentication != null, rulePath, "phase2Authentication");
        }

        private static void Report(FindingCollector findings, bool present, string rulePath, string member)
        {
            if (present)
            {
                var path = PolicyPath.Member(rulePath, member);
                findings.Error(RuleIds.MissingPart, path, path + " is set on an exemption rule (inbound and outbound None); MS-FASP requires exemption rules to have no authentication or quick-mode crypto sets. Remove it, or protect the traffic.");
            }
        }
    }
}
