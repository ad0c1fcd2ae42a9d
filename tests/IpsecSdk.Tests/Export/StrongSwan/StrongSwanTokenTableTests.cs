using System;
using System.Collections.Generic;
using System.Linq;
using IpsecSdk.Export.StrongSwan;
using Xunit;

namespace IpsecSdk.Tests.Export.StrongSwan
{
    /// <summary>Every Windows algorithm → its strongSwan proposal keyword (strongSwan's IKEv2 cipher suite names).</summary>
    public class StrongSwanTokenTableTests
    {
        [Fact]
        public void Every_encryption_has_exactly_one_cbc_or_gcm_keyword_except_none()
        {
            var expected = new Dictionary<Encryption, string?>
            {
                [Encryption.None] = null, [Encryption.Des] = "des", [Encryption.Des3] = "3des", [Encryption.Aes128] = "aes128", [Encryption.Aes192] = "aes192",
                [Encryption.Aes256] = "aes256", [Encryption.AesGcm128] = "aes128gcm16", [Encryption.AesGcm192] = "aes192gcm16", [Encryption.AesGcm256] = "aes256gcm16",
            };
            Assert.Equal(Enum.GetValues<Encryption>().OrderBy(e => e), expected.Keys.OrderBy(e => e));
            foreach (var row in expected)
            {
                var cbc = StrongSwanTokens.CbcEncryption(row.Key);
                var gcm = StrongSwanTokens.GcmEncryption(row.Key);
                Assert.False(cbc != null && gcm != null, row.Key + " maps twice");
                Assert.Equal(row.Value, cbc ?? gcm);
            }
        }

        [Fact]
        public void Every_integrity_has_an_hmac_or_gmac_keyword_except_none()
        {
            var expected = new Dictionary<Integrity, string?>
            {
                [Integrity.None] = null, [Integrity.Md5] = "md5", [Integrity.Sha1] = "sha1", [Integrity.Sha256] = "sha256", [Integrity.Sha384] = "sha384",
                [Integrity.AesGmac128] = "aes128gmac", [Integrity.AesGmac192] = "aes192gmac", [Integrity.AesGmac256] = "aes256gmac",
            };
            Assert.Equal(Enum.GetValues<Integrity>().OrderBy(e => e), expected.Keys.OrderBy(e => e));
            foreach (var row in expected)
            {
                Assert.Equal(row.Value, StrongSwanTokens.Hmac(row.Key) ?? StrongSwanTokens.Gmac(row.Key));
            }
        }

        [Fact]
        public void Every_group_maps_to_its_rfc_keyword()
        {
            var expected = new Dictionary<DiffieHellmanGroup, string?>
            {
                [DiffieHellmanGroup.None] = null, [DiffieHellmanGroup.Dh1] = "modp768", [DiffieHellmanGroup.Dh2] = "modp1024", [DiffieHellmanGroup.Dh14] = "modp2048",
                [DiffieHellmanGroup.Dh19] = "ecp256", [DiffieHellmanGroup.Dh20] = "ecp384", [DiffieHellmanGroup.Dh24] = "modp2048s256",
            };
            Assert.Equal(Enum.GetValues<DiffieHellmanGroup>().OrderBy(e => e), expected.Keys.OrderBy(e => e));
            foreach (var row in expected)
            {
                Assert.Equal(row.Value, StrongSwanTokens.Group(row.Key));
            }
        }

        [Fact]
        public void Pfs_groups_map_like_key_exchange_groups_with_none_absent_and_same_as_main_mode_resolved()
        {
            foreach (var pfs in Enum.GetValues<PfsGroup>())
            {
                var expected = pfs switch
                {
                    PfsGroup.None => null,
                    PfsGroup.SameAsMainMode => "ecp256",
                    _ => StrongSwanTokens.Group((DiffieHellmanGroup)(int)pfs),
                };
                Assert.Equal(expected, StrongSwanTokens.Pfs(pfs, DiffieHellmanGroup.Dh19));
                Assert.True(pfs == PfsGroup.None || expected != null, pfs + " has no keyword");
            }
        }

        [Theory]
        [InlineData(CertificateSigning.Rsa, "pubkey")]
        [InlineData(CertificateSigning.Ecdsa256, "ecdsa-256")]
        [InlineData(CertificateSigning.Ecdsa384, "ecdsa-384")]
        public void Certificate_signing_constrains_the_remote_auth(CertificateSigning signing, string auth)
        {
            Assert.Equal(auth, StrongSwanTokens.RemoteCertificateAuth(signing));
        }

        [Theory]
        [InlineData("des", true)]
        [InlineData("3des", true)]
        [InlineData("md5", true)]
        [InlineData("sha1", true)]
        [InlineData("modp768", true)]
        [InlineData("modp1024", true)]
        [InlineData("aes256", false)]
        [InlineData("sha256", false)]
        [InlineData("modp2048", false)]
        [InlineData("ecp384", false)]
        public void Broken_and_deprecated_keywords_are_flagged_weak(string keyword, bool weak)
        {
            Assert.Equal(weak, StrongSwanTokens.IsWeak(keyword));
        }
    }
}
