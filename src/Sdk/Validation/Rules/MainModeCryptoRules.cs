using System.Linq;
using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// A main-mode crypto set (MS-FASP phase-1 suites, schema 1.4): IPSEC101 for GCM/GMAC, and also for missing
    /// encryption or integrity (MS-FASP: encryption not NONE, hash MD5/SHA-1/SHA-256/SHA-384), since both mean
    /// "an algorithm main mode does not offer"; IPSEC106 for mixed key-exchange groups; IPSEC107 for lifetimes;
    /// IPSEC116 for an empty or missing set; IPSEC114 for unknown enum values.
    /// </summary>
    internal static class MainModeCryptoRules
    {
        private const string AllowedEncryption = "Des, Des3, Aes128, Aes192, Aes256 (GCM is quick mode only)";
        private const string AllowedIntegrity = "Md5, Sha1, Sha256, Sha384 (GMAC is quick mode only)";

        internal static void Check(FindingCollector findings, MainModeCryptoSet? set, string setPath, ConnectionSecurityRule owner)
        {
            if (set is null)
            {
                findings.Error(RuleIds.MissingPart, setPath, setPath + " is null; every protected rule needs a main-mode crypto set (leave it unset for the strongest default).");
                return;
            }

            NameRules.CheckSetHeader(findings, set.Id, set.DisplayName, set.Description, setPath, NameLiteral.MaxMainModeSetIdLength, owner);
            LifetimeRules.CheckMainMode(findings, set, setPath);
            var proposalsPath = PolicyPath.Member(setPath, "proposals");
            if (!ProposalLists.NonEmpty(findings, set.Proposals, proposalsPath, RuleIds.MissingPart, "; a main-mode crypto set needs at least one proposal."))
            {
                return;
            }

            for (var i = 0; i < set.Proposals.Count; i++)
            {
                CheckProposal(findings, set.Proposals[i], PolicyPath.Index(proposalsPath, i));
            }

            CheckOneKeyExchange(findings, set, proposalsPath);
        }

        private static void CheckProposal(FindingCollector findings, MainModeProposal? proposal, string path)
        {
            if (proposal is null)
            {
                findings.Error(RuleIds.MissingPart, path, path + " is null; remove it or give a proposal.");
                return;
            }

            var encryptionPath = PolicyPath.Member(path, "encryption");
            var integrityPath = PolicyPath.Member(path, "integrity");
            EnumRules.Check(findings, proposal.KeyExchange, PolicyPath.Member(path, "keyExchange"));
            if (EnumRules.Check(findings, proposal.Encryption, encryptionPath) && (proposal.Encryption == Encryption.None || CryptoFacts.IsGcm(proposal.Encryption)))
            {
                findings.Error(RuleIds.GcmInMainMode, encryptionPath, encryptionPath + " is " + Describe.Enum(proposal.Encryption) + ", which main mode does not offer; allowed in main mode: " + AllowedEncryption + ".");
            }

            if (EnumRules.Check(findings, proposal.Integrity, integrityPath) && (proposal.Integrity == Integrity.None || CryptoFacts.IsGmac(proposal.Integrity)))
            {
                findings.Error(RuleIds.GcmInMainMode, integrityPath, integrityPath + " is " + Describe.Enum(proposal.Integrity) + ", which main mode does not offer; allowed in main mode: " + AllowedIntegrity + ".");
            }
        }

        private static void CheckOneKeyExchange(FindingCollector findings, MainModeCryptoSet set, string proposalsPath)
        {
            var groups = set.Proposals.Where(p => p != null).Select(p => p.KeyExchange).Distinct().ToList();
            if (groups.Count <= 1)
            {
                return;
            }

            var first = groups[0];
            var index = Enumerable.Range(0, set.Proposals.Count).First(i => set.Proposals[i] != null && set.Proposals[i].KeyExchange != first);
            var path = PolicyPath.Member(PolicyPath.Index(proposalsPath, index), "keyExchange");
            findings.Error(RuleIds.MixedKeyExchange, path, path + " is " + Describe.Enum(set.Proposals[index].KeyExchange) + " but the set's first proposal uses " + Describe.Enum(first) + "; MS-FASP requires one key-exchange group for all proposals of a main-mode set (groups used: " + string.Join(", ", groups) + "). Use the same group, e.g. Dh20, in every proposal.");
        }
    }
}
