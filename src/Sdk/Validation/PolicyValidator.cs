using System;
using System.Collections.Generic;
using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// The Windows validity rules (IPSEC1xx, from MS-FASP and the NetSecurity cmdlets): what Windows would reject,
    /// plus a rule without authentication (IPSEC014). Every finding is an error, and every problem is reported at
    /// once. <c>Build()</c> calls this and refuses a policy with any finding.
    /// </summary>
    /// <remarks>
    /// <para>Rule IDs beyond the headline of each rule:</para>
    /// <list type="bullet">
    /// <item><description>IPSEC014: no phase-1 authentication (no set or no proposals), anonymous as the only phase-1 method
    /// without phase-2 authentication, and anonymous as the only phase-2 method.</description></item>
    /// <item><description>IPSEC101: also missing (None) encryption or integrity in main mode: "not a main-mode algorithm".</description></item>
    /// <item><description>IPSEC104: also AH without integrity.</description></item>
    /// <item><description>IPSEC107: also MaxSessions (0..2147483647) and the SA idle time (300..3600 s).</description></item>
    /// <item><description>IPSEC109: also tunnel endpoints on a transport rule, loopback/multicast endpoints, endpoints of
    /// different IP versions, and Users/Machines SDDL on a tunnel rule.</description></item>
    /// <item><description>IPSEC110: also AH with IKEv2 in transport mode.</description></item>
    /// <item><description>IPSEC110 fires only when IKEv2 is the rule's only key module; combined with IKEv1 or AuthIP, those
    /// modules carry Kerberos, PSK and NTLM.</description></item>
    /// <item><description>IPSEC111: phase-2 authentication is accepted with <see cref="KeyModule.Default"/> (Windows then
    /// adds AuthIP, which the methods require) and with any choice that includes AuthIP; explicit IKEv1 and/or IKEv2
    /// without AuthIP is an error.</description></item>
    /// <item><description>IPSEC112: the method combinations of MS-FASP (at most one each of anonymous/Kerberos/NTLM/PSK in
    /// phase 1, PSK with NTLM, contiguous signing algorithms, no health/plain certificate mix, no health certificate beside
    /// user methods in phase 2).</description></item>
    /// <item><description>IPSEC113: malformed identity: blank, too long or '|'-containing names and IDs, "all", duplicate
    /// rule IDs, one set ID for different sets, an empty owner group, CA names that are not X.500 names, Kerberos proxies
    /// that are not FQDNs, EKUs that are not OIDs, thumbprints that are not hex.</description></item>
    /// <item><description>IPSEC114: every value that is not a literal Windows accepts: addresses, ports, protocol numbers,
    /// enum values outside the documented ones, and port ranges on rules that are not None/None.</description></item>
    /// <item><description>IPSEC115: authorization lists that are not SDDL with a DACL.</description></item>
    /// <item><description>IPSEC116: missing or misplaced parts: nulls, missing or empty crypto sets, empty pre-shared keys,
    /// certificate proposals without a CA name, exemption rules carrying sets, JSON that is not a policy.</description></item>
    /// <item><description>IPSEC117: a method or option in a phase that does not take it (user methods in phase 1, computer
    /// methods other than the health certificate in phase 2, "exclude CA name" in phase 2).</description></item>
    /// <item><description>IPSEC118: inbound/outbound pairs Windows does not offer (outbound stricter than inbound).</description></item>
    /// </list>
    /// </remarks>
    public static class PolicyValidator
    {
        /// <summary>Every validity problem of the policy, each with a path, a rule ID and a message; empty when valid.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
        public static IReadOnlyList<Finding> Validate(IpsecPolicy policy)
        {
            if (policy is null)
            {
                throw new ArgumentNullException(nameof(policy));
            }

            var findings = new FindingCollector();
            NameRules.CheckGroup(findings, policy.Group);
            EnumRules.Check(findings, policy.ProtectionRequirement, "protectionRequirement");
            SettingsRules.Check(findings, policy.Settings);
            if (policy.Rules is null)
            {
                findings.Error(RuleIds.MissingPart, "rules", "rules is null; use an empty list for a policy without rules.");
                return findings.Findings;
            }

            var consistency = new PolicyConsistencyRules();
            for (var i = 0; i < policy.Rules.Count; i++)
            {
                var rule = policy.Rules[i];
                if (rule is null)
                {
                    findings.Error(RuleIds.MissingPart, PolicyPath.Rule(i), PolicyPath.Rule(i) + " is null; remove it or give a rule.");
                    continue;
                }

                ValidateRule(findings, rule, PolicyPath.Rule(i));
                consistency.Add(findings, rule, i);
            }

            return findings.Findings;
        }

        private static void ValidateRule(FindingCollector findings, ConnectionSecurityRule rule, string rulePath)
        {
            NameRules.CheckRuleId(findings, rule.Id, PolicyPath.Member(rulePath, "id"));
            NameRules.CheckRuleName(findings, rule.DisplayName, PolicyPath.Member(rulePath, "displayName"));
            NameRules.CheckOptionalText(findings, rule.Description, PolicyPath.Member(rulePath, "description"));
            ActionRules.Check(findings, rule, rulePath);
            AddressRules.Check(findings, rule, rulePath);
            PortRules.Check(findings, rule, rulePath);
            TunnelRules.Check(findings, rule, rulePath);
            AuthorizationRules.Check(findings, rule, rulePath);
            if (rule.IsExemption)
            {
                // Windows ignores crypto and authentication of exemption rules (ActionRules made sure they are absent), but
                // every writer still states the key modules, so an undefined value is refused here too.
                EnumRules.CheckFlags(findings, rule.KeyModule, 0x7, PolicyPath.Member(rulePath, "keyModule"));
                return;
            }

            MainModeCryptoRules.Check(findings, rule.MainMode, PolicyPath.Member(rulePath, "mainMode"), rule);
            QuickModeCryptoRules.Check(findings, rule.QuickMode, PolicyPath.Member(rulePath, "quickMode"), rule);
            Phase1AuthenticationRules.Check(findings, rule, rulePath);
            Phase2AuthenticationRules.Check(findings, rule, rulePath);
            KeyModuleRules.Check(findings, rule, rulePath);
        }
    }
}
