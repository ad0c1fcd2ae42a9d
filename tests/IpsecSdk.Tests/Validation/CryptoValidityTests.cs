using IpsecSdk.Catalogue;
using IpsecSdk.Validation;
using Xunit;
using static IpsecSdk.Tests.Validation.TestPolicies;

namespace IpsecSdk.Tests.Validation
{
    public class CryptoValidityTests
    {
        [Fact]
        public void The_default_certificate_rule_is_valid()
        {
            Assert.Empty(PolicyValidator.Validate(Policy(CertificateRule())));
        }

        [Theory]
        [InlineData(Encryption.AesGcm128)]
        [InlineData(Encryption.AesGcm192)]
        [InlineData(Encryption.AesGcm256)]
        [InlineData(Encryption.None)]
        public void IPSEC101_main_mode_encryption_that_main_mode_does_not_offer(Encryption encryption)
        {
            var findings = ValidateRule(r => r with { MainMode = MainMode(new MainModeProposal { Encryption = encryption }) });

            AssertOnly(findings, RuleIds.GcmInMainMode, "rules[0].mainMode.proposals[0].encryption", encryption.ToString(), "allowed in main mode", "Aes256");
        }

        [Theory]
        [InlineData(Integrity.AesGmac128)]
        [InlineData(Integrity.AesGmac256)]
        [InlineData(Integrity.None)]
        public void IPSEC101_main_mode_integrity_that_main_mode_does_not_offer(Integrity integrity)
        {
            var findings = ValidateRule(r => r with { MainMode = MainMode(MainModeProposal.Strongest, new MainModeProposal { Integrity = integrity }) });

            AssertOnly(findings, RuleIds.GcmInMainMode, "rules[0].mainMode.proposals[1].integrity", integrity.ToString(), "Sha384");
        }

        [Fact]
        public void IPSEC102_sha384_on_esp()
        {
            var findings = ValidateRule(r => r with { QuickMode = QuickMode(new QuickModeProposal(Integrity.Sha384, Encryption.Aes256)) });

            AssertOnly(findings, RuleIds.Sha384InQuickMode, "rules[0].quickMode.proposals[0].espIntegrity", "Sha384", "main mode only", "Sha256");
        }

        [Fact]
        public void IPSEC102_sha384_on_ah()
        {
            var findings = ValidateRule(r => r with { KeyModule = KeyModule.Default, QuickMode = QuickMode(new QuickModeProposal { Encapsulation = Encapsulation.Ah, AhIntegrity = Integrity.Sha384 }) });

            AssertOnly(findings, RuleIds.Sha384InQuickMode, "rules[0].quickMode.proposals[0].ahIntegrity", "Sha384");
        }

        [Fact]
        public void IPSEC103_ah_and_esp_with_different_integrity()
        {
            var proposal = new QuickModeProposal { Encapsulation = Encapsulation.AhAndEsp, AhIntegrity = Integrity.Sha256, EspIntegrity = Integrity.Sha1, Encryption = Encryption.Aes256 };
            var findings = ValidateRule(r => r with { KeyModule = KeyModule.Default, QuickMode = QuickMode(QuickModeProposal.Strongest, proposal) });

            AssertOnly(findings, RuleIds.AhEspIntegrityMismatch, "rules[0].quickMode.proposals[1].espIntegrity", "Sha1", "Sha256", "same integrity");
        }

        [Fact]
        public void AH_gmac_may_pair_with_esp_gcm_of_the_same_size()
        {
            var proposal = new QuickModeProposal { Encapsulation = Encapsulation.AhAndEsp, AhIntegrity = Integrity.AesGmac256, EspIntegrity = Integrity.AesGmac256, Encryption = Encryption.AesGcm256 };

            Assert.Empty(ValidateRule(r => r with { KeyModule = KeyModule.Default, QuickMode = QuickMode(proposal) }));
        }

        [Fact]
        public void IPSEC104_esp_with_neither_integrity_nor_encryption()
        {
            var findings = ValidateRule(r => r with { QuickMode = QuickMode(new QuickModeProposal(Integrity.None, Encryption.None)) });

            AssertOnly(findings, RuleIds.EspWithoutProtection, "rules[0].quickMode.proposals[0].espIntegrity", "both None", "integrity, encryption or both");
        }

        [Fact]
        public void IPSEC104_ah_without_integrity()
        {
            var findings = ValidateRule(r => r with { KeyModule = KeyModule.Default, QuickMode = QuickMode(new QuickModeProposal { Encapsulation = Encapsulation.Ah, AhIntegrity = Integrity.None }) });

            AssertOnly(findings, RuleIds.EspWithoutProtection, "rules[0].quickMode.proposals[0].ahIntegrity", "AH", "needs an integrity algorithm");
        }

        [Fact]
        public void Esp_integrity_only_and_encryption_only_are_valid()
        {
            Assert.Empty(ValidateRule(r => r with { QuickMode = QuickMode(new QuickModeProposal(Integrity.Sha256, Encryption.None), new QuickModeProposal(Integrity.None, Encryption.Aes256)) }));
        }

        [Theory]
        [InlineData(Integrity.Sha256, Encryption.AesGcm256, "AesGmac256")]
        [InlineData(Integrity.AesGmac128, Encryption.AesGcm256, "AesGmac256")]
        [InlineData(Integrity.None, Encryption.AesGcm128, "AesGmac128")]
        public void IPSEC105_gcm_encryption_needs_the_matching_gmac(Integrity integrity, Encryption encryption, string expected)
        {
            var findings = ValidateRule(r => r with { QuickMode = QuickMode(new QuickModeProposal(integrity, encryption)) });

            AssertOnly(findings, RuleIds.GcmPairing, "rules[0].quickMode.proposals[0].espIntegrity", encryption.ToString(), expected);
        }

        [Theory]
        [InlineData(Integrity.AesGmac256, Encryption.Aes256, "AesGcm256")]
        [InlineData(Integrity.AesGmac192, Encryption.Des3, "AesGcm192")]
        public void IPSEC105_gmac_on_esp_needs_gcm_or_no_encryption(Integrity integrity, Encryption encryption, string expected)
        {
            var findings = ValidateRule(r => r with { QuickMode = QuickMode(new QuickModeProposal(integrity, encryption)) });

            AssertOnly(findings, RuleIds.GcmPairing, "rules[0].quickMode.proposals[0].encryption", integrity.ToString(), expected, "None");
        }

        [Fact]
        public void Gmac_without_encryption_is_valid()
        {
            Assert.Empty(ValidateRule(r => r with { QuickMode = QuickMode(new QuickModeProposal(Integrity.AesGmac128, Encryption.None)) }));
        }

        [Fact]
        public void IPSEC106_main_mode_set_mixing_key_exchange_groups()
        {
            var set = MainMode(new MainModeProposal(Encryption.Aes256, Integrity.Sha384, DiffieHellmanGroup.Dh20), new MainModeProposal(Encryption.Aes256, Integrity.Sha256, DiffieHellmanGroup.Dh14));
            var findings = ValidateRule(r => r with { MainMode = set });

            AssertOnly(findings, RuleIds.MixedKeyExchange, "rules[0].mainMode.proposals[1].keyExchange", "Dh14", "Dh20", "one key-exchange group");
        }

        [Theory]
        [InlineData(0)]
        [InlineData(2880)]
        [InlineData(-5)]
        public void IPSEC107_main_mode_lifetime_out_of_range(int minutes)
        {
            var findings = ValidateRule(r => r with { MainMode = r.MainMode with { LifetimeMinutes = minutes } });

            AssertOnly(findings, RuleIds.LifetimeOutOfRange, "rules[0].mainMode.lifetimeMinutes", minutes.ToString(System.Globalization.CultureInfo.InvariantCulture), "1..2879 minutes");
        }

        [Fact]
        public void IPSEC107_negative_max_sessions()
        {
            var findings = ValidateRule(r => r with { MainMode = r.MainMode with { MaxSessions = -1 } });

            AssertOnly(findings, RuleIds.LifetimeOutOfRange, "rules[0].mainMode.maxSessions", "-1", "0..2147483647");
        }

        [Theory]
        [InlineData(4, QuickModeProposal.DefaultLifetimeKilobytes, "lifetimeMinutes", "5..2879 minutes")]
        [InlineData(2880, QuickModeProposal.DefaultLifetimeKilobytes, "lifetimeMinutes", "5..2879 minutes")]
        [InlineData(60, 20479L, "lifetimeKilobytes", "20480..2147483647 KB")]
        [InlineData(60, 2147483648L, "lifetimeKilobytes", "20480..2147483647 KB")]
        public void IPSEC107_quick_mode_lifetime_out_of_range(int minutes, long kilobytes, string member, string allowed)
        {
            var findings = ValidateRule(r => r with { QuickMode = QuickMode(QuickModeProposal.Strongest with { LifetimeMinutes = minutes, LifetimeKilobytes = kilobytes }) });

            AssertOnly(findings, RuleIds.LifetimeOutOfRange, "rules[0].quickMode.proposals[0]." + member, allowed);
        }

        [Theory]
        [InlineData(299)]
        [InlineData(3601)]
        public void IPSEC107_sa_idle_time_out_of_range(int seconds)
        {
            var policy = Policy(CertificateRule()) with { Settings = new GlobalIpsecSettings { MaxSaIdleTimeSeconds = seconds } };

            AssertOnly(PolicyValidator.Validate(policy), RuleIds.LifetimeOutOfRange, "settings.maxSaIdleTimeSeconds", "300..3600 seconds");
        }

        [Fact]
        public void Empty_crypto_sets_are_reported()
        {
            var findings = ValidateRule(r => r with { MainMode = MainMode(), QuickMode = QuickMode() });

            AssertFinding(findings, RuleIds.MissingPart, "rules[0].mainMode.proposals", "at least one proposal");
            AssertFinding(findings, RuleIds.MissingPart, "rules[0].quickMode.proposals", "at least one proposal");
        }
    }
}
