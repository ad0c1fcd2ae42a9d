using System.Collections.Generic;
using System.Linq;
using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// Main-mode and quick-mode crypto of one rule against the catalogue: algorithms (IPSEC001/002/003), AH
    /// (IPSEC005), PFS (IPSEC004, and IPSEC003 for its group; SameAsMainMode is judged through the main-mode
    /// groups), lifetimes (IPSEC009) and master-key PFS (IPSEC010).
    /// </summary>
    internal static class CryptoEvaluation
    {
        internal static void EvaluateMainMode(VerdictCollector verdicts, MainModeCryptoSet? set, ProtectionRequirement protection, string setPath)
        {
            if (set is null)
            {
                return;
            }

            var proposals = set.Proposals ?? ValueList<MainModeProposal>.Empty;
            for (var i = 0; i < proposals.Count; i++)
            {
                var proposal = proposals[i];
                if (proposal is null)
                {
                    continue;
                }

                var path = PolicyPath.Index(PolicyPath.Member(setPath, "proposals"), i);
                if (Known.Is(proposal.Encryption))
                {
                    verdicts.Add(BaselineCatalogue.Encryption(proposal.Encryption, CryptoPhase.MainMode), PolicyPath.Member(path, "encryption"));
                }

                if (Known.Is(proposal.Integrity))
                {
                    verdicts.Add(BaselineCatalogue.Integrity(proposal.Integrity, CryptoPhase.MainMode), PolicyPath.Member(path, "integrity"));
                }

                if (Known.Is(proposal.KeyExchange))
                {
                    verdicts.Add(BaselineCatalogue.KeyExchange(proposal.KeyExchange), PolicyPath.Member(path, "keyExchange"));
                }
            }

            verdicts.Add(BaselineCatalogue.MainModeLifetime(set.LifetimeMinutes), PolicyPath.Member(setPath, "lifetimeMinutes"));
            if (set.MaxSessions != 1 && Known.Is(protection))
            {
                verdicts.Add(BaselineCatalogue.MasterKeyPfsOff(protection), PolicyPath.Member(setPath, "maxSessions"));
            }
        }

        internal static void EvaluateQuickMode(VerdictCollector verdicts, QuickModeCryptoSet? set, MainModeCryptoSet? mainMode, string setPath)
        {
            if (set is null)
            {
                return;
            }

            var proposals = set.Proposals ?? ValueList<QuickModeProposal>.Empty;
            for (var i = 0; i < proposals.Count; i++)
            {
                if (proposals[i] != null)
                {
                    EvaluateProposal(verdicts, proposals[i], PolicyPath.Index(PolicyPath.Member(setPath, "proposals"), i));
                }
            }

            EvaluatePfs(verdicts, set.PfsGroup, mainMode, PolicyPath.Member(setPath, "pfsGroup"));
        }

        private static void EvaluateProposal(VerdictCollector verdicts, QuickModeProposal proposal, string path)
        {
            if (!Known.Is(proposal.Encapsulation))
            {
                return;
            }

            verdicts.Add(BaselineCatalogue.Encapsulation(proposal.Encapsulation), PolicyPath.Member(path, "encapsulation"));
            if (CryptoFacts.UsesAh(proposal.Encapsulation) && Known.Is(proposal.AhIntegrity))
            {
                verdicts.Add(BaselineCatalogue.Integrity(proposal.AhIntegrity, CryptoPhase.QuickMode), PolicyPath.Member(path, "ahIntegrity"));
            }

            if (CryptoFacts.UsesEsp(proposal.Encapsulation))
            {
                if (Known.Is(proposal.EspIntegrity))
                {
                    verdicts.Add(BaselineCatalogue.Integrity(proposal.EspIntegrity, CryptoPhase.QuickMode), PolicyPath.Member(path, "espIntegrity"));
                }

                if (Known.Is(proposal.Encryption))
                {
                    verdicts.Add(BaselineCatalogue.Encryption(proposal.Encryption, CryptoPhase.QuickMode), PolicyPath.Member(path, "encryption"));
                }
            }

            var lifetime = BaselineCatalogue.QuickModeLifetimeTooLong;
            verdicts.Add(lifetime, BaselineCatalogue.QuickModeLifetime(proposal.LifetimeMinutes, verdicts.Pack), PolicyPath.Member(path, "lifetimeMinutes"));
        }

        private static void EvaluatePfs(VerdictCollector verdicts, PfsGroup group, MainModeCryptoSet? mainMode, string path)
        {
            if (!Known.Is(group))
            {
                return;
            }

            verdicts.Add(BaselineCatalogue.Pfs(group), path);
            if (group == PfsGroup.SameAsMainMode)
            {
                foreach (var mainModeGroup in MainModeGroups(mainMode))
                {
                    verdicts.Add(BaselineCatalogue.KeyExchange(mainModeGroup), path);
                }
            }
        }

        private static IEnumerable<DiffieHellmanGroup> MainModeGroups(MainModeCryptoSet? mainMode) =>
            (mainMode?.Proposals ?? ValueList<MainModeProposal>.Empty).Where(p => p != null && Known.Is(p.KeyExchange)).Select(p => p.KeyExchange).Distinct();
    }
}
