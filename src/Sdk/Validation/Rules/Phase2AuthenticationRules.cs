using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// The optional phase-2 authentication set, MS-FASP 1.6: only Anonymous, UserKerberos, UserNtlm, UserCertificate and
    /// MachineHealthCertificate, no "exclude CA name" (IPSEC117); a health certificate set holds only health certificates
    /// or anonymous (IPSEC112); an empty set (IPSEC116). Anonymous as the only
    /// phase-2 method is IPSEC014 (no authentication). Whether the key module allows phase 2 is
    /// <see cref="KeyModuleRules"/>' job.
    /// </summary>
    internal static class Phase2AuthenticationRules
    {
        internal static void Check(FindingCollector findings, ConnectionSecurityRule rule, string rulePath)
        {
            var set = rule.Phase2Authentication;
            if (set is null)
            {
                return;
            }

            var setPath = PolicyPath.Member(rulePath, "phase2Authentication");
            NameRules.CheckSetHeader(findings, set.Id, set.DisplayName, set.Description, setPath, NameLiteral.MaxSetIdLength, rule);
            var proposalsPath = PolicyPath.Member(setPath, "proposals");
            if (!ProposalLists.NonEmpty(findings, set.Proposals, proposalsPath, RuleIds.MissingPart, "; a phase-2 set needs at least one proposal. Remove the set if no user authentication is wanted."))
            {
                return;
            }

            var anonymous = 0;
            var health = -1;
            var user = -1;
            for (var i = 0; i < set.Proposals.Count; i++)
            {
                var path = PolicyPath.Index(proposalsPath, i);
                var proposal = set.Proposals[i];
                if (proposal is null)
                {
                    findings.Error(RuleIds.MissingPart, path, path + " is null; remove it or give a proposal.");
                    continue;
                }

                if (!AuthenticationProposalRules.Check(findings, proposal, path))
                {
                    continue;
                }

                CheckProposal(findings, proposal, path);
                anonymous += proposal.Method == AuthenticationMethod.Anonymous ? 1 : 0;
                health = proposal.Method == AuthenticationMethod.MachineHealthCertificate && health < 0 ? i : health;
                user = proposal.Method != AuthenticationMethod.MachineHealthCertificate && proposal.Method != AuthenticationMethod.Anonymous && user < 0 ? i : user;
            }

            if (health >= 0 && user >= 0)
            {
                var path = PolicyPath.Index(proposalsPath, health > user ? health : user);
                findings.Error(RuleIds.PskWithNtlm, path, "The phase-2 set mixes MachineHealthCertificate (proposal " + health + ") with a user method (proposal " + user + "); a set with a health certificate may hold only health certificates and Anonymous.");
            }

            if (anonymous > 0 && anonymous == set.Proposals.Count)
            {
                findings.Error(RuleIds.NoMutualAuthentication, proposalsPath, proposalsPath + " offers only Anonymous; MS-FASP forbids a phase-2 set whose only method is anonymous. Add user authentication or remove the set.");
            }
        }

        private static void CheckProposal(FindingCollector findings, AuthenticationProposal proposal, string path)
        {
            var method = proposal.Method;
            if (method == AuthenticationMethod.MachineKerberos || method == AuthenticationMethod.MachineNtlm || method == AuthenticationMethod.MachineCertificate || method == AuthenticationMethod.PresharedKey)
            {
                var methodPath = PolicyPath.Member(path, "method");
                findings.Error(RuleIds.WrongPhase, methodPath, methodPath + " is " + Describe.Enum(method) + ", which phase 2 does not accept; allowed in phase 2: Anonymous, UserKerberos, UserNtlm, UserCertificate, MachineHealthCertificate. Put computer methods in phase 1.");
            }

            if (proposal.ExcludeCertificateAuthorityName)
            {
                var excludePath = PolicyPath.Member(path, "excludeCertificateAuthorityName");
                findings.Error(RuleIds.WrongPhase, excludePath, excludePath + " is true; excluding the CA name is a phase-1 option only. Set it to false.");
            }
        }
    }
}
