using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// The content of one authentication proposal, whatever its phase: unknown enum values (IPSEC114), a pre-shared
    /// key that is empty or a certificate proposal without a CA name (IPSEC113: a required value is missing).
    /// </summary>
    internal static class AuthenticationProposalRules
    {
        /// <summary>Checks the proposal; false when its method is unknown (callers then skip method-based rules).</summary>
        internal static bool Check(FindingCollector findings, AuthenticationProposal proposal, string path)
        {
            var known = EnumRules.Check(findings, proposal.Method, PolicyPath.Member(path, "method"));
            if (proposal.Method == AuthenticationMethod.PresharedKey && string.IsNullOrEmpty(proposal.PresharedKey))
            {
                var keyPath = PolicyPath.Member(path, "presharedKey");
                findings.Error(RuleIds.InvalidName, keyPath, keyPath + " is empty; a pre-shared key proposal needs the key (better: use certificates, see IPSEC006).");
            }

            if (proposal.IsCertificate)
            {
                CheckCertificate(findings, proposal, path);
            }

            return known;
        }

        private static void CheckCertificate(FindingCollector findings, AuthenticationProposal proposal, string path)
        {
            var caPath = PolicyPath.Member(path, "certificateAuthority");
            if (string.IsNullOrWhiteSpace(proposal.CertificateAuthority))
            {
                findings.Error(RuleIds.InvalidName, caPath, caPath + " is " + Describe.Text(proposal.CertificateAuthority) + "; a certificate proposal needs the trusted CA's X.500 name, e.g. 'CN=Contoso Root CA, DC=contoso, DC=com'.");
            }
            else if (DistinguishedNameLiteral.Problem(proposal.CertificateAuthority!) is string problem)
            {
                findings.Error(RuleIds.InvalidName, caPath, caPath + " is not an X.500 name Windows accepts: " + problem + ".");
            }

            EnumRules.Check(findings, proposal.AuthorityType, PolicyPath.Member(path, "authorityType"));
            EnumRules.Check(findings, proposal.Signing, PolicyPath.Member(path, "signing"));
            if (proposal.Criteria != null)
            {
                var criteriaPath = PolicyPath.Member(path, "criteria");
                EnumRules.Check(findings, proposal.Criteria.SubjectNameType, PolicyPath.Member(criteriaPath, "subjectNameType"));
                if (proposal.Criteria.ExtendedKeyUsages is null)
                {
                    var ekuPath = PolicyPath.Member(criteriaPath, "extendedKeyUsages");
                    findings.Error(RuleIds.InvalidName, ekuPath, ekuPath + " is null; use an empty list for no EKU criterion.");
                }
            }
        }
    }
}
