using System.Collections.Generic;
using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// The phase-1 authentication set of a protected rule. No set, an empty set, or anonymous as the only method
    /// without any phase-2 authentication is IPSEC014 (nobody would be authenticated; there is no safe default).
    /// A user method here is IPSEC117 (phase 1 authenticates computers: anonymous, computer Kerberos, NTLM, certificate,
    /// health certificate, pre-shared key). MS-FASP's phase-1 set composition (1.6) is IPSEC112: at most one each of anonymous, Kerberos, NTLM and
    /// pre-shared key; not pre-shared key and NTLM together; certificate proposals of one signing algorithm
    /// contiguous; health and plain computer certificates not mixed.
    /// </summary>
    internal static class Phase1AuthenticationRules
    {
        private const string NoAuthentication = "no authentication: there is no safe default, choose AuthenticateWithCertificate(\"CN=Your CA\") (recommended), AuthenticateWithKerberos() inside one Active Directory forest, or another method";

        private static readonly AuthenticationMethod[] SingleUse = { AuthenticationMethod.Anonymous, AuthenticationMethod.MachineKerberos, AuthenticationMethod.MachineNtlm, AuthenticationMethod.PresharedKey };

        internal static void Check(FindingCollector findings, ConnectionSecurityRule rule, string rulePath)
        {
            var setPath = PolicyPath.Member(rulePath, "phase1Authentication");
            var set = rule.Phase1Authentication;
            if (set is null)
            {
                findings.Error(RuleIds.NoMutualAuthentication, setPath, setPath + " is missing: " + NoAuthentication + ".");
                return;
            }

            NameRules.CheckSetHeader(findings, set.Id, set.DisplayName, set.Description, setPath, NameLiteral.MaxSetIdLength, rule);
            var proposalsPath = PolicyPath.Member(setPath, "proposals");
            if (!ProposalLists.NonEmpty(findings, set.Proposals, proposalsPath, RuleIds.NoMutualAuthentication, ": " + NoAuthentication + "."))
            {
                return;
            }

            var methods = new List<KeyValuePair<int, AuthenticationMethod>>();
            for (var i = 0; i < set.Proposals.Count; i++)
            {
                var path = PolicyPath.Index(proposalsPath, i);
                var proposal = set.Proposals[i];
                if (proposal is null)
                {
                    findings.Error(RuleIds.MissingPart, path, path + " is null; remove it or give a proposal.");
                }
                else if (AuthenticationProposalRules.Check(findings, proposal, path))
                {
                    CheckPhase1Method(findings, proposal.Method, path);
                    methods.Add(new KeyValuePair<int, AuthenticationMethod>(i, proposal.Method));
                }
            }

            CheckComposition(findings, set, methods, proposalsPath);
            CheckAnonymousOnly(findings, rule, methods, proposalsPath);
        }

        private static void CheckPhase1Method(FindingCollector findings, AuthenticationMethod method, string path)
        {
            if (method == AuthenticationMethod.UserKerberos || method == AuthenticationMethod.UserNtlm || method == AuthenticationMethod.UserCertificate)
            {
                var methodPath = PolicyPath.Member(path, "method");
                findings.Error(RuleIds.WrongPhase, methodPath, methodPath + " is " + Describe.Enum(method) + ", a user method; phase 1 authenticates computers: allowed Anonymous, MachineKerberos, MachineNtlm, MachineCertificate, MachineHealthCertificate, PresharedKey. Put user methods in phase 2.");
            }
        }

        private static void CheckComposition(FindingCollector findings, Phase1AuthenticationSet set, List<KeyValuePair<int, AuthenticationMethod>> methods, string proposalsPath)
        {
            foreach (var single in SingleUse)
            {
                var first = -1;
                foreach (var entry in methods)
                {
                    if (entry.Value != single)
                    {
                        continue;
                    }

                    if (first >= 0)
                    {
                        var path = PolicyPath.Index(proposalsPath, entry.Key);
                        findings.Error(RuleIds.PskWithNtlm, path, path + " repeats " + single + " (already proposal " + first + "); a phase-1 set may hold at most one each of Anonymous, MachineKerberos, MachineNtlm and PresharedKey.");
                    }
                    else
                    {
                        first = entry.Key;
                    }
                }
            }

            var psk = IndexOf(methods, AuthenticationMethod.PresharedKey);
            var ntlm = IndexOf(methods, AuthenticationMethod.MachineNtlm);
            if (psk >= 0 && ntlm >= 0)
            {
                var path = PolicyPath.Index(proposalsPath, ntlm > psk ? ntlm : psk);
                findings.Error(RuleIds.PskWithNtlm, path, "The phase-1 set offers both PresharedKey (proposal " + psk + ") and MachineNtlm (proposal " + ntlm + "); Windows does not allow them together. Keep one, preferably neither (use certificates).");
            }

            CheckCertificates(findings, set, proposalsPath);
        }

        private static void CheckCertificates(FindingCollector findings, Phase1AuthenticationSet set, string proposalsPath)
        {
            var seen = new List<CertificateSigning>();
            CertificateSigning? previous = null;
            var health = -1;
            var plain = -1;
            for (var i = 0; i < set.Proposals.Count; i++)
            {
                var proposal = set.Proposals[i];
                if (proposal is null || !proposal.IsCertificate)
                {
                    continue;
                }

                if (proposal.Signing != previous && seen.Contains(proposal.Signing))
                {
                    var path = PolicyPath.Member(PolicyPath.Index(proposalsPath, i), "signing");
                    findings.Error(RuleIds.PskWithNtlm, path, path + " is " + proposal.Signing + " but an earlier certificate proposal with " + proposal.Signing + " is separated from this one; MS-FASP requires certificate proposals of one signing algorithm to be contiguous. Reorder them.");
                }

                seen.Add(proposal.Signing);
                previous = proposal.Signing;
                health = proposal.Method == AuthenticationMethod.MachineHealthCertificate && health < 0 ? i : health;
                plain = proposal.Method == AuthenticationMethod.MachineCertificate && plain < 0 ? i : plain;
            }

            if (health >= 0 && plain >= 0)
            {
                var path = PolicyPath.Index(proposalsPath, health > plain ? health : plain);
                findings.Error(RuleIds.PskWithNtlm, path, "The phase-1 set mixes MachineHealthCertificate (proposal " + health + ") and MachineCertificate (proposal " + plain + "); MS-FASP requires that if one computer certificate proposal is a health certificate, all are.");
            }
        }

        private static void CheckAnonymousOnly(FindingCollector findings, ConnectionSecurityRule rule, List<KeyValuePair<int, AuthenticationMethod>> methods, string proposalsPath)
        {
            var phase2 = rule.Phase2Authentication?.Proposals;
            if (methods.Count == 0 || methods.Exists(m => m.Value != AuthenticationMethod.Anonymous) || (phase2 != null && phase2.Count > 0))
            {
                return;
            }

            var entry = BaselineCatalogue.AnonymousOnly;
            findings.Error(entry.RuleId, proposalsPath, proposalsPath + " offers only Anonymous and there is no phase-2 authentication: " + NoAuthentication + ".", entry.Source);
        }

        private static int IndexOf(List<KeyValuePair<int, AuthenticationMethod>> methods, AuthenticationMethod method)
        {
            foreach (var entry in methods)
            {
                if (entry.Value == method)
                {
                    return entry.Key;
                }
            }

            return -1;
        }
    }
}
