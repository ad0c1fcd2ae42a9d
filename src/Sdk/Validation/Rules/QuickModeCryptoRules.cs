using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// A quick-mode crypto set (MS-FASP phase-2 suites, schema 1.5, KB 949856): IPSEC102 SHA-384 on AH or ESP;
    /// IPSEC103 AH+ESP with different integrity; IPSEC104 ESP with neither integrity nor encryption (and AH without
    /// integrity); IPSEC105 GCM/GMAC pairing; IPSEC107 lifetimes; IPSEC116 a missing or empty set; IPSEC114 unknown
    /// enum values. ESP fields of an AH-only proposal are ignored, as Windows ignores them.
    /// </summary>
    internal static class QuickModeCryptoRules
    {
        internal static void Check(FindingCollector findings, QuickModeCryptoSet? set, string setPath, ConnectionSecurityRule owner)
        {
            if (set is null)
            {
                findings.Error(RuleIds.MissingPart, setPath, setPath + " is null; a rule that requests or requires IPsec needs a quick-mode crypto set (the builder's default is ESP AES-GCM-256).");
                return;
            }

            NameRules.CheckSetHeader(findings, set.Id, set.DisplayName, set.Description, setPath, NameLiteral.MaxSetIdLength, owner);
            EnumRules.Check(findings, set.PfsGroup, PolicyPath.Member(setPath, "pfsGroup"));
            var proposalsPath = PolicyPath.Member(setPath, "proposals");
            if (!ProposalLists.NonEmpty(findings, set.Proposals, proposalsPath, RuleIds.MissingPart, "; a quick-mode crypto set needs at least one proposal."))
            {
                return;
            }

            for (var i = 0; i < set.Proposals.Count; i++)
            {
                CheckProposal(findings, set.Proposals[i], PolicyPath.Index(proposalsPath, i));
            }
        }

        private static void CheckProposal(FindingCollector findings, QuickModeProposal? proposal, string path)
        {
            if (proposal is null)
            {
                findings.Error(RuleIds.MissingPart, path, path + " is null; remove it or give a proposal.");
                return;
            }

            LifetimeRules.CheckQuickMode(findings, proposal, path);
            var known = EnumRules.Check(findings, proposal.Encapsulation, PolicyPath.Member(path, "encapsulation"));
            known &= EnumRules.Check(findings, proposal.AhIntegrity, PolicyPath.Member(path, "ahIntegrity"));
            known &= EnumRules.Check(findings, proposal.EspIntegrity, PolicyPath.Member(path, "espIntegrity"));
            known &= EnumRules.Check(findings, proposal.Encryption, PolicyPath.Member(path, "encryption"));
            if (!known)
            {
                return;
            }

            if (CryptoFacts.UsesAh(proposal.Encapsulation))
            {
                CheckAh(findings, proposal, path);
            }

            if (CryptoFacts.UsesEsp(proposal.Encapsulation))
            {
                CheckEsp(findings, proposal, path);
            }

            if (proposal.Encapsulation == Encapsulation.AhAndEsp && proposal.AhIntegrity != proposal.EspIntegrity)
            {
                var espPath = PolicyPath.Member(path, "espIntegrity");
                findings.Error(RuleIds.AhEspIntegrityMismatch, espPath, espPath + " is " + Describe.Enum(proposal.EspIntegrity) + " but ahIntegrity is " + Describe.Enum(proposal.AhIntegrity) + "; with AH and ESP together Windows requires the same integrity algorithm for both.");
            }
        }

        private static void CheckAh(FindingCollector findings, QuickModeProposal proposal, string path)
        {
            var ahPath = PolicyPath.Member(path, "ahIntegrity");
            if (proposal.AhIntegrity == Integrity.None)
            {
                findings.Error(RuleIds.EspWithoutProtection, ahPath, ahPath + " is None; AH exists only to protect integrity, so it needs an integrity algorithm (Sha256 or AesGmac128/192/256).");
            }
            else if (proposal.AhIntegrity == Integrity.Sha384)
            {
                findings.Error(RuleIds.Sha384InQuickMode, ahPath, ahPath + " is " + Describe.Enum(proposal.AhIntegrity) + ", which Windows offers in main mode only; allowed on AH: Md5, Sha1, Sha256, AesGmac128, AesGmac192, AesGmac256.");
            }
        }

        private static void CheckEsp(FindingCollector findings, QuickModeProposal proposal, string path)
        {
            var espPath = PolicyPath.Member(path, "espIntegrity");
            var encryptionPath = PolicyPath.Member(path, "encryption");
            if (proposal.EspIntegrity == Integrity.Sha384)
            {
                findings.Error(RuleIds.Sha384InQuickMode, espPath, espPath + " is " + Describe.Enum(proposal.EspIntegrity) + ", which Windows offers in main mode only; allowed on ESP: None, Md5, Sha1, Sha256, AesGmac128, AesGmac192, AesGmac256.");
            }

            if (proposal.EspIntegrity == Integrity.None && proposal.Encryption == Encryption.None)
            {
                findings.Error(RuleIds.EspWithoutProtection, espPath, espPath + " and encryption are both None; ESP needs integrity, encryption or both (e.g. AesGmac256 with AesGcm256).");
            }

            if (CryptoFacts.IsGcm(proposal.Encryption) && proposal.EspIntegrity != CryptoFacts.MatchingGmac(proposal.Encryption))
            {
                findings.Error(RuleIds.GcmPairing, espPath, espPath + " is " + Describe.Enum(proposal.EspIntegrity) + " but encryption is " + Describe.Enum(proposal.Encryption) + "; AES-GCM encryption must pair with the GMAC integrity of the same key size: " + CryptoFacts.MatchingGmac(proposal.Encryption) + ".");
            }
            else if (CryptoFacts.IsGmac(proposal.EspIntegrity) && proposal.Encryption != Encryption.None && proposal.Encryption != CryptoFacts.MatchingGcm(proposal.EspIntegrity))
            {
                findings.Error(RuleIds.GcmPairing, encryptionPath, encryptionPath + " is " + Describe.Enum(proposal.Encryption) + " but espIntegrity is " + Describe.Enum(proposal.EspIntegrity) + "; AES-GMAC on ESP needs the GCM cipher of the same key size (" + CryptoFacts.MatchingGcm(proposal.EspIntegrity) + ") or no encryption (None).");
            }
        }
    }
}
