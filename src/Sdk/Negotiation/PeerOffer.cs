using System;
using System.Collections.Generic;
using System.Linq;

namespace IpsecSdk.Negotiation
{
    /// <summary>
    /// What a peer offers: someone else's configuration, described for <see cref="ProposalNegotiator"/>. The analyzers
    /// judge only what configures a policy (the model and the builders), so a weak offer written here is what the program
    /// checks against, not what it configures, and raises no finding. Typed, or parsed from strongSwan's proposal syntax
    /// (<c>swanctl.conf</c>'s <c>proposals</c> and <c>esp_proposals</c>: <c>aes256-sha384-ecp384</c>, <c>aes256gcm16-ecp384</c>).
    /// </summary>
    public static class PeerOffer
    {
        private static readonly Dictionary<string, Encryption> s_ciphers = new Dictionary<string, Encryption>(StringComparer.OrdinalIgnoreCase)
        {
            ["des"] = Encryption.Des, ["3des"] = Encryption.Des3, ["aes128"] = Encryption.Aes128, ["aes192"] = Encryption.Aes192, ["aes256"] = Encryption.Aes256,
        };

        // AEAD: the cipher and the GMAC integrity Windows pairs with it (strongSwan names AES-GCM with a 16-byte ICV so).
        private static readonly Dictionary<string, (Encryption Cipher, Integrity Integrity)> s_aead = new Dictionary<string, (Encryption, Integrity)>(StringComparer.OrdinalIgnoreCase)
        {
            ["aes128gcm16"] = (Encryption.AesGcm128, Integrity.AesGmac128), ["aes192gcm16"] = (Encryption.AesGcm192, Integrity.AesGmac192), ["aes256gcm16"] = (Encryption.AesGcm256, Integrity.AesGmac256),
        };

        private static readonly Dictionary<string, Integrity> s_integrities = new Dictionary<string, Integrity>(StringComparer.OrdinalIgnoreCase)
        {
            ["md5"] = Integrity.Md5, ["sha1"] = Integrity.Sha1, ["sha256"] = Integrity.Sha256, ["sha2_256"] = Integrity.Sha256, ["sha384"] = Integrity.Sha384, ["sha2_384"] = Integrity.Sha384,
        };

        private static readonly Dictionary<string, DiffieHellmanGroup> s_groups = new Dictionary<string, DiffieHellmanGroup>(StringComparer.OrdinalIgnoreCase)
        {
            ["modp768"] = DiffieHellmanGroup.Dh1, ["modp1024"] = DiffieHellmanGroup.Dh2, ["modp2048"] = DiffieHellmanGroup.Dh14,
            ["ecp256"] = DiffieHellmanGroup.Dh19, ["ecp384"] = DiffieHellmanGroup.Dh20, ["modp2048s256"] = DiffieHellmanGroup.Dh24,
        };

        /// <summary>A main-mode (IKE) proposal the peer offers.</summary>
        public static MainModeProposal MainMode(Encryption encryption, Integrity integrity, DiffieHellmanGroup keyExchange) =>
            new MainModeProposal(encryption, integrity, keyExchange);

        /// <summary>A quick-mode (ESP) proposal the peer offers.</summary>
        public static QuickModeProposal QuickMode(Integrity espIntegrity, Encryption encryption) => new QuickModeProposal(espIntegrity, encryption);

        /// <summary>
        /// The main-mode proposals of a strongSwan IKE proposal list such as <c>aes256-sha384-ecp384,3des-sha1-modp1024</c>:
        /// each proposal names ciphers, integrity algorithms and groups, and offers every combination of them, in order.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="proposals"/> is null.</exception>
        /// <exception cref="FormatException">A proposal is empty or lacks a cipher, an integrity algorithm or a group, or a token is unknown (the message names it and what is allowed).</exception>
        public static IReadOnlyList<MainModeProposal> ParseIke(string proposals)
        {
            var offers = new List<MainModeProposal>();
            foreach (var proposal in Split(proposals, nameof(proposals)))
            {
                var ciphers = new List<Encryption>();
                var integrities = new List<Integrity>();
                var groups = new List<DiffieHellmanGroup>();
                foreach (var token in Tokens(proposal))
                {
                    if (s_ciphers.TryGetValue(token, out var cipher))
                    {
                        ciphers.Add(cipher);
                    }
                    else if (s_integrities.TryGetValue(token, out var integrity))
                    {
                        integrities.Add(integrity);
                    }
                    else if (s_groups.TryGetValue(token, out var group))
                    {
                        groups.Add(group);
                    }
                    else if (!token.StartsWith("prf", StringComparison.OrdinalIgnoreCase))
                    {
                        throw Unknown(token, proposal, s_ciphers.Keys.Concat(s_integrities.Keys).Concat(s_groups.Keys));
                    }
                }

                Require(ciphers.Count > 0 && integrities.Count > 0 && groups.Count > 0, proposal, "an IKE proposal needs a cipher, an integrity algorithm and a group, e.g. aes256-sha384-ecp384");
                offers.AddRange(from c in ciphers from i in integrities from g in groups select MainMode(c, i, g));
            }

            return offers;
        }

        /// <summary>
        /// The quick-mode offer of a strongSwan ESP proposal list such as <c>aes256gcm16-ecp384,aes256-sha256-ecp384</c>:
        /// AES-GCM with the matching GMAC integrity, or a cipher with an integrity algorithm; a group turns on PFS with it.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="proposals"/> is null.</exception>
        /// <exception cref="FormatException">A proposal lacks a cipher or an integrity algorithm, the proposals name different PFS groups, or a token is unknown.</exception>
        public static QuickModeCryptoSet ParseEsp(string proposals)
        {
            var offers = new List<QuickModeProposal>();
            var pfs = new HashSet<PfsGroup>();
            foreach (var proposal in Split(proposals, nameof(proposals)))
            {
                var ciphers = new List<(Encryption Cipher, Integrity? Integrity)>();
                var integrities = new List<Integrity>();
                var group = PfsGroup.None;
                foreach (var token in Tokens(proposal))
                {
                    if (s_aead.TryGetValue(token, out var aead))
                    {
                        ciphers.Add((aead.Cipher, aead.Integrity));
                    }
                    else if (s_ciphers.TryGetValue(token, out var cipher))
                    {
                        ciphers.Add((cipher, null));
                    }
                    else if (s_integrities.TryGetValue(token, out var integrity))
                    {
                        integrities.Add(integrity);
                    }
                    else if (s_groups.TryGetValue(token, out var dh))
                    {
                        group = (PfsGroup)(int)dh;
                    }
                    else
                    {
                        throw Unknown(token, proposal, s_aead.Keys.Concat(s_ciphers.Keys).Concat(s_integrities.Keys).Concat(s_groups.Keys));
                    }
                }

                Require(ciphers.Count > 0 && (integrities.Count > 0 || ciphers.All(c => c.Integrity != null)), proposal, "an ESP proposal needs AES-GCM or a cipher and an integrity algorithm, e.g. aes256gcm16-ecp384 or aes256-sha256");
                foreach (var (cipher, paired) in ciphers)
                {
                    offers.AddRange(paired != null ? new[] { QuickMode(paired.Value, cipher) } : integrities.Select(i => QuickMode(i, cipher)));
                }

                pfs.Add(group);
            }

            Require(pfs.Count == 1, proposals, "the proposals name different PFS groups; Windows negotiates one per quick-mode set");
            return new QuickModeCryptoSet { Id = "peer.qmcrypto", DisplayName = "Peer offer", Proposals = new ValueList<QuickModeProposal>(offers), PfsGroup = pfs.Single() };
        }

        private static IEnumerable<string> Split(string proposals, string parameter)
        {
            if (proposals == null)
            {
                throw new ArgumentNullException(parameter);
            }

            var list = proposals.Split(',').Select(p => p.Trim()).ToList();
            Require(list.All(p => p.Length > 0), proposals, "an empty proposal; separate proposals with ',' and algorithms with '-'");
            return list;
        }

        private static IEnumerable<string> Tokens(string proposal) => proposal.Split('-').Select(t => t.Trim());

        private static void Require(bool condition, string proposal, string what)
        {
            if (!condition)
            {
                throw new FormatException("'" + proposal + "' is not a proposal: " + what + ".");
            }
        }

        private static FormatException Unknown(string token, string proposal, IEnumerable<string> allowed) =>
            new FormatException("'" + token + "' in '" + proposal + "' is not an algorithm Windows offers; allowed: " + string.Join(", ", allowed.Distinct(StringComparer.OrdinalIgnoreCase)) + ".");
    }
}
