using System.Linq;
using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// Authentication of one rule against the catalogue: pre-shared key and NTLM (IPSEC006/012), certificate
    /// signing (IPSEC015), Kerberos towards peers outside the domain (IPSEC008), and anonymous as the only computer
    /// authentication when only users are authenticated in phase 2 (IPSEC014; without phase 2 the validator
    /// already reports it as an error, so it is not reported twice).
    /// </summary>
    internal static class AuthenticationEvaluation
    {
        internal static void Evaluate(VerdictCollector verdicts, ConnectionSecurityRule rule, string rulePath)
        {
            var phase1Path = PolicyPath.Member(PolicyPath.Member(rulePath, "phase1Authentication"), "proposals");
            var phase2Path = PolicyPath.Member(PolicyPath.Member(rulePath, "phase2Authentication"), "proposals");
            var phase1 = rule.Phase1Authentication?.Proposals ?? ValueList<AuthenticationProposal>.Empty;
            var phase2 = rule.Phase2Authentication?.Proposals ?? ValueList<AuthenticationProposal>.Empty;
            EvaluateProposals(verdicts, phase1, phase1Path);
            EvaluateProposals(verdicts, phase2, phase2Path);
            if (phase1.Count > 0 && phase2.Count > 0 && phase1.All(p => p != null && p.Method == AuthenticationMethod.Anonymous))
            {
                verdicts.Add(BaselineCatalogue.AnonymousOnly, phase1Path);
            }

            if (UsesKerberos(rule))
            {
                var outside = FirstOutsideAddress(rule, rulePath);
                if (outside != null)
                {
                    verdicts.Add(BaselineCatalogue.KerberosOutsideDomain, outside);
                }
            }
        }

        internal static bool UsesKerberos(ConnectionSecurityRule rule) => Uses(rule, p => p.IsKerberos);

        internal static bool UsesCertificates(ConnectionSecurityRule rule) => Uses(rule, p => p.IsCertificate);

        private static bool Uses(ConnectionSecurityRule rule, System.Func<AuthenticationProposal, bool> test) =>
            !rule.IsExemption &&
            ((rule.Phase1Authentication?.Proposals ?? ValueList<AuthenticationProposal>.Empty).Any(p => p != null && test(p)) ||
             (rule.Phase2Authentication?.Proposals ?? ValueList<AuthenticationProposal>.Empty).Any(p => p != null && test(p)));

        private static void EvaluateProposals(VerdictCollector verdicts, ValueList<AuthenticationProposal> proposals, string proposalsPath)
        {
            for (var i = 0; i < proposals.Count; i++)
            {
                var proposal = proposals[i];
                if (proposal is null || !Known.Is(proposal.Method))
                {
                    continue;
                }

                var path = PolicyPath.Index(proposalsPath, i);
                verdicts.Add(BaselineCatalogue.Authentication(proposal.Method), PolicyPath.Member(path, "method"));
                if (proposal.IsCertificate && Known.Is(proposal.Signing))
                {
                    verdicts.Add(BaselineCatalogue.Signing(proposal.Signing), PolicyPath.Member(path, "signing"));
                }
            }
        }

        // The path of the first remote address (or remote tunnel endpoint) outside the organisation, or null.
        private static string? FirstOutsideAddress(ConnectionSecurityRule rule, string rulePath)
        {
            var member = rule.Mode == IpsecMode.Tunnel ? "remoteTunnelEndpoints" : "remoteAddresses";
            var addresses = (rule.Mode == IpsecMode.Tunnel ? rule.RemoteTunnelEndpoints : rule.RemoteAddresses) ?? ValueList<string>.Empty;
            for (var i = 0; i < addresses.Count; i++)
            {
                if (AddressScope.IsOutside(addresses[i]))
                {
                    return PolicyPath.Index(PolicyPath.Member(rulePath, member), i);
                }
            }

            return null;
        }
    }
}
