using System;
using System.Collections.Generic;
using System.Linq;
using IpsecSdk.Catalogue;
using IpsecSdk.Validation;

namespace IpsecSdk.Negotiation
{
    /// <summary>
    /// Predicts what IKE selects between us (the initiator) and a peer (the responder): the first of the
    /// initiator's proposals that the responder also offers. When there is none, the result carries an IPSEC017
    /// finding naming both lists (BSI M 5.90: at least one method must be supported by both partners).
    /// </summary>
    /// <remarks>
    /// Proposals match on their algorithms: main mode on encryption, integrity and key-exchange group; quick mode on
    /// encapsulation and the integrity/encryption of the encapsulations used (ESP fields of an AH-only proposal and
    /// the AH field of an ESP-only proposal play no part). Lifetimes are not matched: each side enforces its own.
    /// In quick mode the PFS groups must agree too, with <see cref="PfsGroup.SameAsMainMode"/> resolved to the
    /// negotiated main-mode group.
    /// </remarks>
    public static class ProposalNegotiator
    {
        /// <summary>Selects the main-mode proposal, or reports that there is none in common.</summary>
        /// <exception cref="ArgumentNullException">A list is null.</exception>
        public static NegotiationResult<MainModeProposal> NegotiateMainMode(IReadOnlyList<MainModeProposal> initiator, IReadOnlyList<MainModeProposal> responder, BaselinePack pack = BaselinePack.Default)
        {
            Require(initiator, nameof(initiator));
            Require(responder, nameof(responder));
            var selected = initiator.FirstOrDefault(ours => ours != null && responder.Any(theirs => theirs != null && MainModeMatch(ours, theirs)));
            return selected != null
                ? NegotiationResult<MainModeProposal>.Agreed(selected)
                : NegotiationResult<MainModeProposal>.Failed(NoCommonProposal("mainMode.proposals", "main-mode", ProposalText.List(initiator, ProposalText.Of), ProposalText.List(responder, ProposalText.Of), pack));
        }

        /// <summary>
        /// Selects the quick-mode proposal and PFS group, given the key-exchange group main mode settled on
        /// (needed to resolve <see cref="PfsGroup.SameAsMainMode"/>).
        /// </summary>
        /// <exception cref="ArgumentNullException">A set or its proposal list is null.</exception>
        public static NegotiationResult<QuickModeAgreement> NegotiateQuickMode(QuickModeCryptoSet initiator, QuickModeCryptoSet responder, DiffieHellmanGroup mainModeGroup, BaselinePack pack = BaselinePack.Default)
        {
            Require(initiator, nameof(initiator));
            Require(responder, nameof(responder));
            Require(initiator.Proposals, nameof(initiator) + ".Proposals");
            Require(responder.Proposals, nameof(responder) + ".Proposals");
            var ours = Resolve(initiator.PfsGroup, mainModeGroup);
            var theirs = Resolve(responder.PfsGroup, mainModeGroup);
            if (ours != theirs)
            {
                var message = "The quick-mode PFS groups differ: we use " + Show(initiator.PfsGroup, ours) + ", the peer uses " + Show(responder.PfsGroup, theirs) + ". " + BaselineCatalogue.NoCommonProposal.Message(pack);
                return NegotiationResult<QuickModeAgreement>.Failed(Finding("quickMode.pfsGroup", message, pack));
            }

            var selected = initiator.Proposals.FirstOrDefault(o => o != null && responder.Proposals.Any(t => t != null && QuickModeMatch(o, t)));
            return selected != null
                ? NegotiationResult<QuickModeAgreement>.Agreed(new QuickModeAgreement(selected, ours))
                : NegotiationResult<QuickModeAgreement>.Failed(NoCommonProposal("quickMode.proposals", "quick-mode", ProposalText.List(initiator.Proposals, ProposalText.Of), ProposalText.List(responder.Proposals, ProposalText.Of), pack));
        }

        /// <summary>
        /// Negotiates main mode and then quick mode between two rules (ours initiating). The quick-mode step runs only
        /// when main mode succeeded; its result is null otherwise, or when either rule has no quick-mode set.
        /// </summary>
        /// <exception cref="ArgumentNullException">A rule is null.</exception>
        /// <exception cref="Validation.PolicyValidationException">A rule is one <c>Build()</c> would refuse; every problem is listed, its path starting with <c>initiator</c> or <c>responder</c>.</exception>
        public static (NegotiationResult<MainModeProposal> MainMode, NegotiationResult<QuickModeAgreement>? QuickMode) Negotiate(ConnectionSecurityRule initiator, ConnectionSecurityRule responder, BaselinePack pack = BaselinePack.Default)
        {
            Validation.PolicyGate.EnsureValid(initiator, nameof(initiator));
            Validation.PolicyGate.EnsureValid(responder, nameof(responder));
            var mainMode = NegotiateMainMode(initiator.MainMode.Proposals, responder.MainMode.Proposals, pack);
            if (!mainMode.Succeeded || initiator.QuickMode is null || responder.QuickMode is null)
            {
                return (mainMode, null);
            }

            return (mainMode, NegotiateQuickMode(initiator.QuickMode, responder.QuickMode, mainMode.Selected!.KeyExchange, pack));
        }

        private static bool MainModeMatch(MainModeProposal a, MainModeProposal b) =>
            a.Encryption == b.Encryption && a.Integrity == b.Integrity && a.KeyExchange == b.KeyExchange;

        private static bool QuickModeMatch(QuickModeProposal a, QuickModeProposal b)
        {
            if (a.Encapsulation != b.Encapsulation)
            {
                return false;
            }

            var ahMatches = !CryptoFacts.UsesAh(a.Encapsulation) || a.AhIntegrity == b.AhIntegrity;
            var espMatches = !CryptoFacts.UsesEsp(a.Encapsulation) || (a.EspIntegrity == b.EspIntegrity && a.Encryption == b.Encryption);
            return ahMatches && espMatches;
        }

        private static PfsGroup Resolve(PfsGroup group, DiffieHellmanGroup mainModeGroup) =>
            group == PfsGroup.SameAsMainMode ? (PfsGroup)(int)mainModeGroup : group;

        private static string Show(PfsGroup configured, PfsGroup resolved) =>
            configured == resolved ? configured.ToString() : configured + " (= " + resolved + ")";

        private static Finding NoCommonProposal(string path, string phase, string ours, string theirs, BaselinePack pack) =>
            Finding(path, "No " + phase + " proposal in common: we offer " + ours + ", the peer offers " + theirs + ". " + BaselineCatalogue.NoCommonProposal.Message(pack), pack);

        private static Finding Finding(string path, string message, BaselinePack pack)
        {
            var entry = BaselineCatalogue.NoCommonProposal;
            return new Finding(entry.RuleId, entry.For(pack), path, message, entry.Source);
        }

        private static void Require(object? value, string name)
        {
            if (value is null)
            {
                throw new ArgumentNullException(name);
            }
        }
    }
}
