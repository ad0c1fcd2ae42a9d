using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// Key modules against authentication (schema 5.3): IPSEC114 for unknown flag bits; IPSEC110 when IKEv2 is the
    /// only key module and phase 1 offers Kerberos, a pre-shared key or NTLM (IKEv2 accepts certificates only), or
    /// the rule uses AH in transport mode (not supported by IKEv2); IPSEC111 when a phase-2 set is used with key
    /// modules chosen explicitly without AuthIP (only AuthIP supports phase 2).
    /// </summary>
    /// <remarks>
    /// <see cref="KeyModule.Default"/> is accepted with phase 2: Windows picks AuthIP whenever the authentication
    /// methods require it (before Windows 11 24H2 Default always included AuthIP). When IKEv2 is combined with
    /// IKEv1 or AuthIP, those modules carry the methods IKEv2 lacks, so only IKEv2 alone is an error.
    /// </remarks>
    internal static class KeyModuleRules
    {
        internal static void Check(FindingCollector findings, ConnectionSecurityRule rule, string rulePath)
        {
            var path = PolicyPath.Member(rulePath, "keyModule");
            if (!EnumRules.CheckFlags(findings, rule.KeyModule, 0x7, path))
            {
                return;
            }

            if (rule.KeyModule == KeyModule.IkeV2)
            {
                CheckIkeV2(findings, rule, rulePath);
            }

            var phase2 = rule.Phase2Authentication;
            if (phase2 != null && rule.KeyModule != KeyModule.Default && (rule.KeyModule & KeyModule.AuthIP) == 0)
            {
                findings.Error(RuleIds.Phase2NeedsAuthIP, path, path + " is " + rule.KeyModule + " but the rule has phase-2 authentication, which only AuthIP supports; use KeyModule.AuthIP (or Default) or remove phase2Authentication.");
            }
        }

        private static void CheckIkeV2(FindingCollector findings, ConnectionSecurityRule rule, string rulePath)
        {
            // User methods in phase 1 are already IPSEC112; only the computer methods IKEv2 lacks are reported here.
            var proposals = rule.Phase1Authentication?.Proposals;
            for (var i = 0; proposals != null && i < proposals.Count; i++)
            {
                var proposal = proposals[i];
                if (proposal != null && (proposal.Method == AuthenticationMethod.MachineKerberos || proposal.Method == AuthenticationMethod.MachineNtlm || proposal.Method == AuthenticationMethod.PresharedKey))
                {
                    var path = PolicyPath.Member(PolicyPath.Index(PolicyPath.Member(PolicyPath.Member(rulePath, "phase1Authentication"), "proposals"), i), "method");
                    findings.Error(RuleIds.IkeV2Authentication, path, path + " is " + proposal.Method + " but the rule's only key module is IkeV2, which supports certificate authentication only; use certificates, or add IkeV1/AuthIP to keyModule.");
                }
            }

            var qmProposals = rule.QuickMode?.Proposals;
            for (var i = 0; rule.Mode == IpsecMode.Transport && qmProposals != null && i < qmProposals.Count; i++)
            {
                if (qmProposals[i] != null && CryptoFacts.UsesAh(qmProposals[i].Encapsulation))
                {
                    var path = PolicyPath.Member(PolicyPath.Index(PolicyPath.Member(PolicyPath.Member(rulePath, "quickMode"), "proposals"), i), "encapsulation");
                    findings.Error(RuleIds.IkeV2Authentication, path, path + " is " + qmProposals[i].Encapsulation + " but the rule uses IKEv2 in transport mode, which does not support AH; use ESP.");
                }
            }
        }
    }
}
