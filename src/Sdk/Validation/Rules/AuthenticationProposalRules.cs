using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// The content of one authentication proposal, whatever its phase: unknown enum values (IPSEC114), an empty
    /// pre-shared key or a certificate proposal without a CA name (IPSEC116), a key too long, a CA name that is not an
    /// X.500 name, a proxy that is not an FQDN, EKUs that are not OIDs or more than Windows takes (IPSEC113).
    /// </summary>
    internal static class AuthenticationProposalRules
    {
        private static bool IsHex(string text)
        {
            if (text.Length == 0 || text.Length % 2 != 0 || text.Length > 128)
            {
                return false;
            }

            foreach (var c in text)
            {
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>New-NetIPsecAuthProposal -ExtendedKeyUsage: the EKU limit is 100 (cmdlet reference; windows-ipsec-schema.md 1.6).</summary>
        private const int MaxExtendedKeyUsages = 100;

        /// <summary>Checks the proposal; false when its method is unknown (callers then skip method-based rules).</summary>
        internal static bool Check(FindingCollector findings, AuthenticationProposal proposal, string path)
        {
            var known = EnumRules.Check(findings, proposal.Method, PolicyPath.Member(path, "method"));
            if (proposal.Method == AuthenticationMethod.PresharedKey && string.IsNullOrEmpty(proposal.PresharedKey))
            {
                var keyPath = PolicyPath.Member(path, "presharedKey");
                findings.Error(RuleIds.MissingPart, keyPath, keyPath + " is empty; a pre-shared key proposal needs the key (better: use certificates, see IPSEC006).");
            }
            else if (proposal.PresharedKey != null && NameLiteral.StoredTextProblem(proposal.PresharedKey) is string tooLong)
            {
                var keyPath = PolicyPath.Member(path, "presharedKey");
                findings.Error(RuleIds.InvalidName, keyPath, keyPath + " is too long: " + tooLong + ".");
            }

            if (proposal.KerberosProxy != null && HostNameLiteral.Problem(proposal.KerberosProxy) is string proxyProblem)
            {
                var proxyPath = PolicyPath.Member(path, "kerberosProxy");
                findings.Error(RuleIds.InvalidName, proxyPath, proxyPath + " is not the proxy's FQDN: " + proxyProblem + ".");
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
                findings.Error(RuleIds.MissingPart, caPath, caPath + " is " + Describe.Text(proposal.CertificateAuthority) + "; a certificate proposal needs the trusted CA's X.500 name, e.g. 'CN=Contoso Root CA, DC=contoso, DC=com'.");
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
                var ekuPath = PolicyPath.Member(criteriaPath, "extendedKeyUsages");
                if (proposal.Criteria.ExtendedKeyUsages is null)
                {
                    findings.Error(RuleIds.MissingPart, ekuPath, ekuPath + " is null; use an empty list for no EKU criterion.");
                }
                else if (proposal.Criteria.ExtendedKeyUsages.Count > MaxExtendedKeyUsages)
                {
                    findings.Error(RuleIds.InvalidName, ekuPath, ekuPath + " lists " + proposal.Criteria.ExtendedKeyUsages.Count + " EKUs; Windows takes at most " + MaxExtendedKeyUsages + " (New-NetIPsecAuthProposal -ExtendedKeyUsage).");
                }
                else
                {
                    for (var i = 0; i < proposal.Criteria.ExtendedKeyUsages.Count; i++)
                    {
                        var eku = proposal.Criteria.ExtendedKeyUsages[i];
                        if (eku is null || !DistinguishedNameLiteral.IsOid(eku))
                        {
                            var itemPath = PolicyPath.Index(ekuPath, i);
                            findings.Error(RuleIds.InvalidName, itemPath, itemPath + " is " + Describe.Text(eku) + "; an EKU is given by its OID, e.g. '1.3.6.1.5.5.7.3.1' (server authentication).");
                        }
                    }
                }

                var thumbprint = proposal.Criteria.Thumbprint;
                if (thumbprint != null && !IsHex(thumbprint))
                {
                    var thumbprintPath = PolicyPath.Member(criteriaPath, "thumbprint");
                    findings.Error(RuleIds.InvalidName, thumbprintPath, thumbprintPath + " is " + Describe.Text(thumbprint) + "; write the certificate hash as hex digits without blanks, as Get-ChildItem Cert:\\ shows it.");
                }
            }
        }
    }
}
