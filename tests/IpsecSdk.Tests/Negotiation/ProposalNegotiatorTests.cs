using IpsecSdk.Catalogue;
using IpsecSdk.Negotiation;
using Xunit;

namespace IpsecSdk.Tests.Negotiation
{
    public class ProposalNegotiatorTests
    {
        private static readonly MainModeProposal Strong = MainModeProposal.Strongest;
        private static readonly MainModeProposal Modern = new MainModeProposal(Encryption.Aes256, Integrity.Sha256, DiffieHellmanGroup.Dh19);
        private static readonly MainModeProposal Legacy = new MainModeProposal(Encryption.Des3, Integrity.Sha1, DiffieHellmanGroup.Dh2);

        [Fact]
        public void Main_mode_selects_the_first_initiator_proposal_the_responder_has()
        {
            var result = ProposalNegotiator.NegotiateMainMode(new[] { Strong, Modern }, new[] { Modern, Strong });

            Assert.True(result.Succeeded);
            Assert.Same(Strong, result.Selected);
            Assert.Null(result.Finding);
        }

        [Fact]
        public void Main_mode_skips_proposals_the_responder_lacks()
        {
            var result = ProposalNegotiator.NegotiateMainMode(new[] { Strong, Modern }, new[] { Legacy, Modern });

            Assert.Equal(Modern, result.Selected);
        }

        [Fact]
        public void No_main_mode_proposal_in_common_is_IPSEC017_naming_both_lists()
        {
            var result = ProposalNegotiator.NegotiateMainMode(new[] { Strong }, new[] { Legacy }, BaselinePack.Bsi);

            Assert.False(result.Succeeded);
            Assert.Null(result.Selected);
            var finding = result.Finding!;
            Assert.Equal((RuleIds.NoCommonProposal, Verdict.Error, "mainMode.proposals"), (finding.RuleId, finding.Severity, finding.Path));
            Assert.Contains("we offer [Dh20:Aes256-Sha384]", finding.Message, System.StringComparison.Ordinal);
            Assert.Contains("the peer offers [Dh2:Des3-Sha1]", finding.Message, System.StringComparison.Ordinal);
            Assert.Contains(BaselineCatalogue.NoCommonProposal.Message(BaselinePack.Bsi), finding.Message, System.StringComparison.Ordinal);
            Assert.Equal(BaselineCatalogue.NoCommonProposal.Source, finding.Source);
        }

        [Fact]
        public void Empty_peer_list_has_nothing_in_common()
        {
            var result = ProposalNegotiator.NegotiateMainMode(new[] { Strong }, new MainModeProposal[0]);

            Assert.Contains("the peer offers [nothing]", result.Finding!.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Quick_mode_resolves_same_as_main_mode_to_the_negotiated_group()
        {
            var ours = new QuickModeCryptoSet { PfsGroup = PfsGroup.SameAsMainMode };
            var theirs = new QuickModeCryptoSet { PfsGroup = PfsGroup.Dh19 };

            var result = ProposalNegotiator.NegotiateQuickMode(ours, theirs, DiffieHellmanGroup.Dh19);

            Assert.True(result.Succeeded);
            Assert.Equal(new QuickModeAgreement(QuickModeProposal.Strongest, PfsGroup.Dh19), result.Selected);
        }

        [Fact]
        public void Quick_mode_pfs_mismatch_is_IPSEC017()
        {
            var ours = new QuickModeCryptoSet { PfsGroup = PfsGroup.SameAsMainMode };
            var theirs = new QuickModeCryptoSet { PfsGroup = PfsGroup.Dh20 };

            var result = ProposalNegotiator.NegotiateQuickMode(ours, theirs, DiffieHellmanGroup.Dh14);

            Assert.Equal((RuleIds.NoCommonProposal, "quickMode.pfsGroup"), (result.Finding!.RuleId, result.Finding.Path));
            Assert.Contains("SameAsMainMode (= Dh14)", result.Finding.Message, System.StringComparison.Ordinal);
            Assert.Contains("Dh20", result.Finding.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Quick_mode_picks_the_first_common_proposal_ignoring_lifetimes()
        {
            var cbc = new QuickModeProposal(Integrity.Sha256, Encryption.Aes256);
            var ours = new QuickModeCryptoSet { Proposals = new[] { QuickModeProposal.Strongest, cbc } };
            var theirs = new QuickModeCryptoSet { Proposals = new[] { cbc with { LifetimeMinutes = 30 } } };

            var result = ProposalNegotiator.NegotiateQuickMode(ours, theirs, DiffieHellmanGroup.Dh20);

            Assert.Same(cbc, result.Selected!.Proposal);
            Assert.Equal(PfsGroup.Dh20, result.Selected.PfsGroup);
        }

        [Fact]
        public void Quick_mode_ah_proposals_match_on_ah_integrity_only()
        {
            var ah = new QuickModeProposal { Encapsulation = Encapsulation.Ah, AhIntegrity = Integrity.Sha256 };
            var peerAh = ah with { EspIntegrity = Integrity.Sha1, Encryption = Encryption.Des3 };

            var result = ProposalNegotiator.NegotiateQuickMode(new QuickModeCryptoSet { Proposals = new[] { ah } }, new QuickModeCryptoSet { Proposals = new[] { peerAh } }, DiffieHellmanGroup.Dh20);

            Assert.Same(ah, result.Selected!.Proposal);
        }

        [Fact]
        public void No_quick_mode_proposal_in_common_names_both_lists()
        {
            var ours = new QuickModeCryptoSet();
            var theirs = new QuickModeCryptoSet { Proposals = new[] { new QuickModeProposal(Integrity.Sha1, Encryption.Des3) } };

            var result = ProposalNegotiator.NegotiateQuickMode(ours, theirs, DiffieHellmanGroup.Dh20);

            Assert.Equal("quickMode.proposals", result.Finding!.Path);
            Assert.Contains("[ESP:AesGmac256-AesGcm256]", result.Finding.Message, System.StringComparison.Ordinal);
            Assert.Contains("[ESP:Sha1-Des3]", result.Finding.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Rules_negotiate_main_mode_then_quick_mode()
        {
            var sha256 = Strong with { Integrity = Integrity.Sha256 };
            var ours = Built() with { MainMode = Built().MainMode with { Proposals = new[] { Strong, sha256 } }, QuickMode = Built().QuickMode! with { PfsGroup = PfsGroup.SameAsMainMode } };
            var peer = Built() with { MainMode = Built().MainMode with { Proposals = new[] { sha256 } }, QuickMode = Built().QuickMode! with { PfsGroup = PfsGroup.Dh20 } };

            var (mainMode, quickMode) = ProposalNegotiator.Negotiate(ours, peer);

            Assert.Equal(sha256, mainMode.Selected);
            Assert.Equal(PfsGroup.Dh20, quickMode!.Selected!.PfsGroup);
        }

        [Fact]
        public void Quick_mode_is_not_tried_when_main_mode_fails()
        {
            var peer = Built() with { MainMode = Built().MainMode with { Proposals = new[] { Legacy } } };

            var (mainMode, quickMode) = ProposalNegotiator.Negotiate(Built(), peer);

            Assert.False(mainMode.Succeeded);
            Assert.Null(quickMode);
        }

        [Fact]
        public void Rules_windows_would_refuse_are_refused_with_the_parameter_as_path_root()
        {
            // One main-mode set with two key-exchange groups (IPSEC106) cannot exist on Windows, so nothing is negotiated.
            var mixed = Built() with { MainMode = Built().MainMode with { Proposals = new[] { Strong, Modern } } };

            var refused = Assert.Throws<IpsecSdk.Validation.PolicyValidationException>(() => ProposalNegotiator.Negotiate(Built(), mixed));

            var finding = Assert.Single(refused.Findings);
            Assert.Equal((RuleIds.MixedKeyExchange, "responder.mainMode.proposals[1].keyExchange"), (finding.RuleId, finding.Path));
            Assert.StartsWith("responder.mainMode", finding.Message, System.StringComparison.Ordinal);
        }

        private static ConnectionSecurityRule Built() =>
            IpsecPolicy.Create("g").AddRule("r", r => r.AuthenticateWithCertificate("CN=Contoso Root CA")).Build().Rules[0];

        [Fact]
        public void Null_inputs_throw_argument_null()
        {
            Assert.Throws<System.ArgumentNullException>(() => ProposalNegotiator.NegotiateMainMode(null!, new[] { Strong }));
            Assert.Throws<System.ArgumentNullException>(() => ProposalNegotiator.NegotiateQuickMode(new QuickModeCryptoSet(), null!, DiffieHellmanGroup.Dh20));
        }
    }
}
