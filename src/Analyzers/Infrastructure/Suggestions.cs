using System;
using IpsecSdk.Catalogue;
using IpsecSdk.Validation;

namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>
    /// The replacement a code fix should offer, chosen through the catalogue: among a short list of candidates in
    /// order of preference, the first one the active pack judges best. No table of verdicts of its own.
    /// </summary>
    internal static class Suggestions
    {
        /// <summary>The integrity to use instead; <paramref name="pairedEncryption"/> keeps GCM pairs consistent.</summary>
        public static string Integrity(CryptoPhase phase, BaselinePack pack, Encryption? pairedEncryption)
        {
            if (phase == CryptoPhase.MainMode)
            {
                return Best(pack, i => BaselineCatalogue.Integrity(i, phase), IpsecSdk.Integrity.Sha256, IpsecSdk.Integrity.Sha384).ToString();
            }

            var gmac = pairedEncryption is Encryption gcm && CryptoFacts.IsGcm(gcm) ? CryptoFacts.MatchingGmac(gcm) : (Integrity?)null;
            return gmac != null
                ? Best(pack, i => BaselineCatalogue.Integrity(i, phase), gmac.Value, IpsecSdk.Integrity.AesGmac256).ToString()
                : Best(pack, i => BaselineCatalogue.Integrity(i, phase), IpsecSdk.Integrity.Sha256, IpsecSdk.Integrity.AesGmac256).ToString();
        }

        /// <summary>The encryption to use instead; <paramref name="pairedIntegrity"/> keeps GCM pairs consistent.</summary>
        public static string Encryption(CryptoPhase phase, BaselinePack pack, Integrity? pairedIntegrity)
        {
            if (phase == CryptoPhase.MainMode)
            {
                return Best(pack, e => BaselineCatalogue.Encryption(e, phase), IpsecSdk.Encryption.Aes256, IpsecSdk.Encryption.Aes192, IpsecSdk.Encryption.Aes128).ToString();
            }

            var gcm = pairedIntegrity is Integrity gmac && CryptoFacts.IsGmac(gmac) ? CryptoFacts.MatchingGcm(gmac) : (Encryption?)null;
            return gcm != null
                ? Best(pack, e => BaselineCatalogue.Encryption(e, phase), gcm.Value, IpsecSdk.Encryption.AesGcm256).ToString()
                : Best(pack, e => BaselineCatalogue.Encryption(e, phase), IpsecSdk.Encryption.Aes256, IpsecSdk.Encryption.AesGcm256).ToString();
        }

        /// <summary>The main-mode key-exchange group to use instead.</summary>
        public static string KeyExchange(BaselinePack pack) =>
            Best(pack, BaselineCatalogue.KeyExchange, DiffieHellmanGroup.Dh20, DiffieHellmanGroup.Dh19, DiffieHellmanGroup.Dh14).ToString();

        /// <summary>The PFS group to use instead.</summary>
        public static string Pfs(BaselinePack pack) => Best(pack, BaselineCatalogue.Pfs, PfsGroup.Dh20, PfsGroup.Dh19, PfsGroup.Dh14).ToString();

        /// <summary>The encapsulation to use instead.</summary>
        public static string Encapsulation(BaselinePack pack) => Best(pack, BaselineCatalogue.Encapsulation, IpsecSdk.Encapsulation.Esp).ToString();

        /// <summary>The certificate signing to use instead.</summary>
        public static string Signing(BaselinePack pack) => Best(pack, BaselineCatalogue.Signing, CertificateSigning.Ecdsa384, CertificateSigning.Ecdsa256, CertificateSigning.Rsa).ToString();

        /// <summary>The CRL checking level to use instead.</summary>
        public static string RevocationChecking(BaselinePack pack) =>
            Best(pack, BaselineCatalogue.RevocationChecking, CertValidationLevel.RequireCrlCheck, CertValidationLevel.AttemptCrlCheck).ToString();

        /// <summary>The key module to use instead of one containing IKEv1 (AuthIP keeps Kerberos and PSK working).</summary>
        public static string KeyModule(BaselinePack pack) => Best(pack, BaselineCatalogue.KeyModuleChoice, IpsecSdk.KeyModule.AuthIP, IpsecSdk.KeyModule.IkeV2).ToString();

        private static T Best<T>(BaselinePack pack, Func<T, CatalogueEntry> row, params T[] candidates)
        {
            var best = candidates[0];
            var bestVerdict = row(best).For(pack);
            foreach (var candidate in candidates)
            {
                var verdict = row(candidate).For(pack);
                if (verdict < bestVerdict)
                {
                    best = candidate;
                    bestVerdict = verdict;
                }
            }

            return best;
        }
    }
}
