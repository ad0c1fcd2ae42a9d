using System;
using System.Linq;
using IpsecSdk.Catalogue;
using IpsecSdk.Negotiation;
using Xunit;

namespace IpsecSdk.Tests.Negotiation
{
    /// <summary>A peer's offer, typed or in strongSwan's proposal syntax, as ProposalNegotiator's input.</summary>
    public sealed class PeerOfferTests
    {
        [Fact]
        public void An_ike_proposal_list_offers_every_combination_in_order()
        {
            var offer = PeerOffer.ParseIke("aes256-sha384-ecp384, 3des-aes128-sha1-modp1024-prfsha1");

            Assert.Equal(new[]
            {
                PeerOffer.MainMode(Encryption.Aes256, Integrity.Sha384, DiffieHellmanGroup.Dh20),
                PeerOffer.MainMode(Encryption.Des3, Integrity.Sha1, DiffieHellmanGroup.Dh2),
                PeerOffer.MainMode(Encryption.Aes128, Integrity.Sha1, DiffieHellmanGroup.Dh2),
            }, offer);
        }

        [Fact]
        public void An_esp_proposal_list_pairs_aes_gcm_with_its_gmac_and_turns_pfs_on_with_its_group()
        {
            var offer = PeerOffer.ParseEsp("aes256gcm16-ecp384,aes256-sha256-ecp384");

            Assert.Equal(new[] { PeerOffer.QuickMode(Integrity.AesGmac256, Encryption.AesGcm256), PeerOffer.QuickMode(Integrity.Sha256, Encryption.Aes256) }, offer.Proposals);
            Assert.Equal(PfsGroup.Dh20, offer.PfsGroup);
            Assert.Equal(PfsGroup.None, PeerOffer.ParseEsp("aes128-sha1").PfsGroup);
        }

        [Theory]
        [InlineData("aes256-sha384-curve25519", "'curve25519'")]
        [InlineData("aes256-sha384", "needs a cipher, an integrity algorithm and a group")]
        [InlineData("aes256-sha384-ecp384,", "an empty proposal")]
        public void A_proposal_windows_cannot_offer_is_refused_naming_the_token(string proposals, string message)
        {
            var error = Assert.Throws<FormatException>(() => PeerOffer.ParseIke(proposals));
            Assert.Contains(message, error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Esp_proposals_with_different_pfs_groups_are_refused() =>
            Assert.Throws<FormatException>(() => PeerOffer.ParseEsp("aes256gcm16-ecp384,aes256gcm16-modp2048"));

        [Fact]
        public void A_legacy_peer_leaves_no_proposal_in_common_with_the_strongest_defaults()
        {
            var result = ProposalNegotiator.NegotiateMainMode(new MainModeCryptoSet().Proposals, PeerOffer.ParseIke("3des-sha1-modp1024"), BaselinePack.Bsi);

            Assert.False(result.Succeeded);
            Assert.Equal(RuleIds.NoCommonProposal, result.Finding!.RuleId);
        }
    }
}
