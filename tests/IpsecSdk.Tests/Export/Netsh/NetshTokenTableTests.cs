using System;
using System.Collections.Generic;
using System.Linq;
using IpsecSdk.Export.Netsh;
using Xunit;

namespace IpsecSdk.Tests.Export.Netsh
{
    /// <summary>
    /// Every SDK enum value maps to the token the schema reference documents (windows-ipsec-schema.md 1.2.1,
    /// 1.7, 3.1, 3.2). The expected tables are transcribed from there; a new enum member without a row fails.
    /// </summary>
    public class NetshTokenTableTests
    {
        private static readonly string[] QuickModeEncryptionHelp = { "3des", "des", "aes128", "aes192", "aes256", "aesgcm128", "aesgcm192", "aesgcm256" };
        private static readonly string[] QuickModeIntegrityHelp = { "md5", "sha1", "sha256", "aesgmac128", "aesgmac192", "aesgmac256", "aesgcm128", "aesgcm192", "aesgcm256" };
        private static readonly string[] MainModeIntegrityHelp = { "md5", "sha1", "sha256", "sha384" };
        private static readonly string[] KeyExchangeHelp = { "dhgroup1", "dhgroup2", "dhgroup14", "dhgroup24", "ecdhp256", "ecdhp384" };
        private static readonly string[] QuickModePfsHelp = { "dhgroup1", "dhgroup2", "dhgroup14", "ecdhp256", "ecdhp384", "mainmode", "none" };
        private static readonly string[] Auth1Help = { "computerkerb", "computercert", "computercertecdsap256", "computercertecdsap384", "computerpsk", "computerntlm", "anonymous" };
        private static readonly string[] Auth2Help = { "computercert", "computercertecdsap256", "computercertecdsap384", "userkerb", "usercert", "usercertecdsap256", "usercertecdsap384", "userntlm", "anonymous" };

        private static void AssertTable<TEnum>(IReadOnlyDictionary<TEnum, string?> expected, Func<TEnum, string?> map)
            where TEnum : struct, Enum
        {
            Assert.Equal(Enum.GetValues<TEnum>().OrderBy(v => v), expected.Keys.OrderBy(v => v));
            foreach (var row in expected)
            {
                Assert.True(row.Value == map(row.Key), typeof(TEnum).Name + "." + row.Key + ": expected " + (row.Value ?? "null") + ", got " + (map(row.Key) ?? "null"));
            }
        }

        [Fact]
        public void Encryption_matches_table_1_7_and_the_quick_mode_help()
        {
            AssertTable(new Dictionary<Encryption, string?>
            {
                [Encryption.None] = null, [Encryption.Des] = "des", [Encryption.Des3] = "3des", [Encryption.Aes128] = "aes128", [Encryption.Aes192] = "aes192",
                [Encryption.Aes256] = "aes256", [Encryption.AesGcm128] = "aesgcm128", [Encryption.AesGcm192] = "aesgcm192", [Encryption.AesGcm256] = "aesgcm256",
            }, NetshTokens.Encryption);
            Assert.All(Enum.GetValues<Encryption>().Select(NetshTokens.Encryption).OfType<string>(), t => Assert.Contains(t, QuickModeEncryptionHelp));
        }

        [Fact]
        public void Integrity_matches_table_1_7_and_the_help_of_its_phase()
        {
            AssertTable(new Dictionary<Integrity, string?>
            {
                [Integrity.None] = null, [Integrity.Md5] = "md5", [Integrity.Sha1] = "sha1", [Integrity.Sha256] = "sha256", [Integrity.Sha384] = "sha384",
                [Integrity.AesGmac128] = "aesgmac128", [Integrity.AesGmac192] = "aesgmac192", [Integrity.AesGmac256] = "aesgmac256",
            }, NetshTokens.Integrity);
            Assert.All(Enum.GetValues<Integrity>().Select(NetshTokens.Integrity).OfType<string>(), t => Assert.True(QuickModeIntegrityHelp.Contains(t) || MainModeIntegrityHelp.Contains(t), t));
        }

        [Theory]
        [InlineData(Encryption.AesGcm128, "aesgcm128")]
        [InlineData(Encryption.AesGcm192, "aesgcm192")]
        [InlineData(Encryption.AesGcm256, "aesgcm256")]
        public void Gcm_esp_integrity_uses_the_gcm_token_as_the_help_requires(Encryption gcm, string token)
        {
            Assert.Equal(token, NetshTokens.EspIntegrity(IpsecSdk.Export.GcmPairs.GmacFor(gcm), gcm));
        }

        [Fact]
        public void Main_mode_key_exchange_matches_the_mmsecmethods_help()
        {
            AssertTable(new Dictionary<DiffieHellmanGroup, string?>
            {
                [DiffieHellmanGroup.None] = null, [DiffieHellmanGroup.Dh1] = "dhgroup1", [DiffieHellmanGroup.Dh2] = "dhgroup2", [DiffieHellmanGroup.Dh14] = "dhgroup14",
                [DiffieHellmanGroup.Dh19] = "ecdhp256", [DiffieHellmanGroup.Dh20] = "ecdhp384", [DiffieHellmanGroup.Dh24] = "dhgroup24",
            }, NetshTokens.KeyExchange);
            Assert.All(Enum.GetValues<DiffieHellmanGroup>().Select(NetshTokens.KeyExchange).OfType<string>(), t => Assert.Contains(t, KeyExchangeHelp));
        }

        [Fact]
        public void Quick_mode_pfs_matches_the_qmpfs_help_except_dh24_which_is_flagged()
        {
            AssertTable(new Dictionary<PfsGroup, string?>
            {
                [PfsGroup.None] = "none", [PfsGroup.Dh1] = "dhgroup1", [PfsGroup.Dh2] = "dhgroup2", [PfsGroup.Dh14] = "dhgroup14", [PfsGroup.Dh19] = "ecdhp256",
                [PfsGroup.Dh20] = "ecdhp384", [PfsGroup.Dh24] = "dhgroup24", [PfsGroup.SameAsMainMode] = "mainmode",
            }, NetshTokens.QuickModePfs);
            foreach (var group in Enum.GetValues<PfsGroup>())
            {
                Assert.Equal(QuickModePfsHelp.Contains(NetshTokens.QuickModePfs(group)), NetshTokens.IsDocumentedQuickModePfs(group));
            }
        }

        [Theory]
        [InlineData(SecurityAction.Require, SecurityAction.Request, IpsecMode.Transport, "requireinrequestout")]
        [InlineData(SecurityAction.Request, SecurityAction.Request, IpsecMode.Transport, "requestinrequestout")]
        [InlineData(SecurityAction.Require, SecurityAction.Require, IpsecMode.Transport, "requireinrequireout")]
        [InlineData(SecurityAction.None, SecurityAction.None, IpsecMode.Transport, "noauthentication")]
        [InlineData(SecurityAction.Require, SecurityAction.None, IpsecMode.Tunnel, "requireinclearout")]
        [InlineData(SecurityAction.Require, SecurityAction.None, IpsecMode.Transport, null)]
        [InlineData(SecurityAction.Request, SecurityAction.None, IpsecMode.Transport, null)]
        [InlineData(SecurityAction.Request, SecurityAction.Require, IpsecMode.Transport, null)]
        public void Actions_follow_table_1_2_1(SecurityAction inbound, SecurityAction outbound, IpsecMode mode, string? token)
        {
            Assert.Equal(token, NetshTokens.Action(inbound, outbound, mode));
        }

        [Fact]
        public void Every_authentication_method_and_signing_maps_to_a_token_of_its_phase()
        {
            var phase1 = new[] { AuthenticationMethod.Anonymous, AuthenticationMethod.MachineKerberos, AuthenticationMethod.MachineNtlm, AuthenticationMethod.PresharedKey, AuthenticationMethod.MachineCertificate };
            foreach (var method in Enum.GetValues<AuthenticationMethod>())
            {
                foreach (var signing in Enum.GetValues<CertificateSigning>())
                {
                    var token = NetshTokens.AuthenticationMethod(method, signing);
                    Assert.NotNull(token);
                    Assert.Contains(token, phase1.Contains(method) ? Auth1Help : Auth2Help);
                }
            }
            Assert.Equal("computercertecdsap384", NetshTokens.AuthenticationMethod(AuthenticationMethod.MachineCertificate, CertificateSigning.Ecdsa384));
            Assert.Equal("usercert", NetshTokens.AuthenticationMethod(AuthenticationMethod.UserCertificate, CertificateSigning.Rsa));
        }

        [Fact]
        public void Certificate_parameters_follow_the_help_names()
        {
            Assert.Equal(new[] { "auth1ca", "auth1ecdsap256ca", "auth1ecdsap384ca", "auth2ca", "auth2ecdsap256ca", "auth2ecdsap384ca" },
                new[] { 1, 2 }.SelectMany(p => Enum.GetValues<CertificateSigning>().Select(s => NetshTokens.CertificateAuthorityParameter(p, s))));
            Assert.Equal(new[] { "auth1healthcert", "auth1ecdsap256healthcert", "auth1ecdsap384healthcert" }, Enum.GetValues<CertificateSigning>().Select(NetshTokens.HealthCertificateParameter));
            Assert.Equal(new[] { "root", "intermediate" }, Enum.GetValues<CertificateAuthorityType>().Select(NetshTokens.CertificateAuthorityType));
        }

        [Fact]
        public void Rule_conditions_map_to_the_add_rule_help()
        {
            AssertTable(new Dictionary<InterfaceTypes, string?> { [InterfaceTypes.Any] = "any", [InterfaceTypes.Wired] = "lan", [InterfaceTypes.Wireless] = "wireless", [InterfaceTypes.RemoteAccess] = "ras" }, NetshTokens.InterfaceType);
            Assert.Null(NetshTokens.InterfaceType(InterfaceTypes.Wired | InterfaceTypes.RemoteAccess));
            Assert.Equal("any", NetshTokens.Profiles(FirewallProfiles.Any));
            Assert.Equal("domain,private,public", NetshTokens.Profiles(FirewallProfiles.Domain | FirewallProfiles.Private | FirewallProfiles.Public));
            Assert.Equal(new[] { "any", "tcp", "udp", "icmpv4", "icmpv6", "47" }, new int?[] { null, 6, 17, 1, 58, 47 }.Select(NetshTokens.Protocol));
            Assert.Equal(new[] { "transport", "tunnel" }, Enum.GetValues<IpsecMode>().Select(NetshTokens.Mode));
        }

        [Fact]
        public void Global_settings_map_to_the_set_global_help()
        {
            AssertTable(new Dictionary<CertValidationLevel, string?> { [CertValidationLevel.None] = "0", [CertValidationLevel.AttemptCrlCheck] = "1", [CertValidationLevel.RequireCrlCheck] = "2", [CertValidationLevel.NotConfigured] = "notconfigured" }, NetshTokens.StrongCrlCheck);
            AssertTable(new Dictionary<IpsecThroughNat, string?> { [IpsecThroughNat.None] = "never", [IpsecThroughNat.Server] = "serverbehindnat", [IpsecThroughNat.Both] = "serverandclientbehindnat", [IpsecThroughNat.NotConfigured] = "notconfigured" }, NetshTokens.IpsecThroughNat);
            AssertTable(new Dictionary<IpsecExemptions, string?>
            {
                [IpsecExemptions.None] = "none", [IpsecExemptions.NeighborDiscovery] = "neighbordiscovery", [IpsecExemptions.Icmp] = "icmp",
                [IpsecExemptions.RouterDiscovery] = null, [IpsecExemptions.Dhcp] = "dhcp", [IpsecExemptions.NotConfigured] = "notconfigured",
            }, NetshTokens.DefaultExemptions);
        }

        [Theory]
        [InlineData("Any", "any")]
        [InlineData("localsubnet", "localsubnet")]
        [InlineData("DNS", "dns")]
        [InlineData("DHCP", "dhcp")]
        [InlineData("WINS", "wins")]
        [InlineData("DefaultGateway", "defaultgateway")]
        [InlineData("Internet", null)]
        [InlineData("Intranet", null)]
        [InlineData("10.0.0.1", null)]
        public void Address_keywords_map_to_the_endpoint_help(string keyword, string? token)
        {
            Assert.Equal(token, NetshTokens.AddressKeyword(keyword));
        }
    }
}
