using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>Request mode (IPSEC007, graded by the effective protection requirement) and the key module (IPSEC013).</summary>
    internal static class ProtectionEvaluation
    {
        internal static void Evaluate(VerdictCollector verdicts, ConnectionSecurityRule rule, ProtectionRequirement protection, string rulePath)
        {
            if (Known.Is(protection))
            {
                if (rule.InboundSecurity == SecurityAction.Request)
                {
                    verdicts.Add(BaselineCatalogue.RequestMode(protection, rule.Zone), PolicyPath.Member(rulePath, "inboundSecurity"));
                }

                if (rule.OutboundSecurity == SecurityAction.Request)
                {
                    verdicts.Add(BaselineCatalogue.RequestMode(protection, rule.Zone), PolicyPath.Member(rulePath, "outboundSecurity"));
                }
            }

            // Default is judged as the catalogue judges it (no IKEv1 flag), although Windows may then pick IKEv1.
            verdicts.Add(BaselineCatalogue.KeyModuleChoice(rule.KeyModule), PolicyPath.Member(rulePath, "keyModule"));
        }
    }
}
