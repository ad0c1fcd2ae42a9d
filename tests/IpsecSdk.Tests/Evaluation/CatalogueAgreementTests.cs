using System;
using System.Collections.Generic;
using System.Linq;
using IpsecSdk.Catalogue;
using IpsecSdk.Validation;
using Xunit;
using static IpsecSdk.Tests.Validation.TestPolicies;

namespace IpsecSdk.Tests.Evaluation
{
    /// <summary>
    /// For every catalogue row and every pack: a policy using the choice, evaluated, shows exactly the catalogue's
    /// verdict at the field's path (nothing when the verdict is Ok), with the row's message and source. Each value is
    /// put into the first context Windows accepts it in (e.g. GMAC integrity beside its GCM encryption, a user method in
    /// phase 2); a value Windows accepts in none is refused by the evaluator's gate, and only for problems at that field.
    /// </summary>
    public class CatalogueAgreementTests
    {
        public static readonly BaselinePack[] Packs = { BaselinePack.Default, BaselinePack.Bsi, BaselinePack.Nist, BaselinePack.Cnsa };

        public static IEnumerable<object[]> Cross<T>()
            where T : struct, Enum => Enum.GetValues(typeof(T)).Cast<T>().SelectMany(v => Packs.Select(p => new object[] { v, p }));

        public static IEnumerable<object[]> Integrities => Cross<Integrity>();

        public static IEnumerable<object[]> Encryptions => Cross<Encryption>();

        public static IEnumerable<object[]> Groups => Cross<DiffieHellmanGroup>();

        public static IEnumerable<object[]> PfsGroups => Cross<PfsGroup>().Where(row => (PfsGroup)row[0] != PfsGroup.SameAsMainMode);

        public static IEnumerable<object[]> Encapsulations => Cross<Encapsulation>();

        public static IEnumerable<object[]> Methods => Cross<AuthenticationMethod>();

        public static IEnumerable<object[]> Signings => Cross<CertificateSigning>();

        public static IEnumerable<object[]> Levels => Cross<CertValidationLevel>();

        public static IEnumerable<object[]> Requirements => Cross<ProtectionRequirement>();

        public static IEnumerable<object[]> KeyModules =>
            new[] { KeyModule.Default, KeyModule.IkeV1, KeyModule.AuthIP, KeyModule.IkeV2, KeyModule.IkeV1 | KeyModule.AuthIP, KeyModule.IkeV1 | KeyModule.IkeV2 }.SelectMany(k => Packs.Select(p => new object[] { k, p }));

        public static IEnumerable<object[]> MainModeLifetimes => new[] { 1, 1440, 1441, 2879 }.SelectMany(m => Packs.Select(p => new object[] { m, p }));

        public static IEnumerable<object[]> QuickModeLifetimes => new[] { 5, 240, 241, 480, 481, 2879 }.SelectMany(m => Packs.Select(p => new object[] { m, p }));

        [Theory]
        [MemberData(nameof(Integrities))]
        public void Main_mode_integrity(Integrity integrity, BaselinePack pack)
        {
            var rule = CertificateRule() with { MainMode = MainMode(MainModeProposal.Strongest with { Integrity = integrity }) };

            AssertVerdict(rule, "rules[0].mainMode.proposals[0].integrity", BaselineCatalogue.Integrity(integrity, CryptoPhase.MainMode), pack);
        }

        [Theory]
        [MemberData(nameof(Integrities))]
        public void Quick_mode_esp_integrity(Integrity integrity, BaselinePack pack)
        {
            var rule = FirstValid(new[] { Encryption.Aes256, Encryption.AesGcm128, Encryption.AesGcm192, Encryption.AesGcm256, Encryption.None }
                .Select(encryption => CertificateRule() with { QuickMode = QuickMode(new QuickModeProposal(integrity, encryption)) }));

            AssertVerdict(rule, "rules[0].quickMode.proposals[0].espIntegrity", BaselineCatalogue.Integrity(integrity, CryptoPhase.QuickMode), pack);
        }

        [Theory]
        [MemberData(nameof(Integrities))]
        public void Quick_mode_ah_integrity(Integrity integrity, BaselinePack pack)
        {
            // IKEv2 carries no AH in transport mode: AH is judged on an IKEv1 rule.
            var rule = CertificateRule() with { KeyModule = KeyModule.IkeV1, QuickMode = QuickMode(new QuickModeProposal { Encapsulation = Encapsulation.Ah, AhIntegrity = integrity }) };

            AssertVerdict(rule, "rules[0].quickMode.proposals[0].ahIntegrity", BaselineCatalogue.Integrity(integrity, CryptoPhase.QuickMode), pack);
        }

        [Theory]
        [MemberData(nameof(Encryptions))]
        public void Main_mode_encryption(Encryption encryption, BaselinePack pack)
        {
            var rule = CertificateRule() with { MainMode = MainMode(MainModeProposal.Strongest with { Encryption = encryption }) };

            AssertVerdict(rule, "rules[0].mainMode.proposals[0].encryption", BaselineCatalogue.Encryption(encryption, CryptoPhase.MainMode), pack);
        }

        [Theory]
        [MemberData(nameof(Encryptions))]
        public void Quick_mode_encryption_including_integrity_only(Encryption encryption, BaselinePack pack)
        {
            var rule = FirstValid(new[] { Integrity.Sha256, Integrity.AesGmac128, Integrity.AesGmac192, Integrity.AesGmac256 }
                .Select(integrity => CertificateRule() with { QuickMode = QuickMode(new QuickModeProposal(integrity, encryption)) }));

            AssertVerdict(rule, "rules[0].quickMode.proposals[0].encryption", BaselineCatalogue.Encryption(encryption, CryptoPhase.QuickMode), pack);
        }

        [Theory]
        [MemberData(nameof(Groups))]
        public void Main_mode_key_exchange(DiffieHellmanGroup group, BaselinePack pack)
        {
            var rule = CertificateRule() with { MainMode = MainMode(MainModeProposal.Strongest with { KeyExchange = group }) };

            AssertVerdict(rule, "rules[0].mainMode.proposals[0].keyExchange", BaselineCatalogue.KeyExchange(group), pack);
        }

        [Theory]
        [MemberData(nameof(PfsGroups))]
        public void Quick_mode_pfs_group(PfsGroup group, BaselinePack pack)
        {
            var rule = CertificateRule() with { QuickMode = CertificateRule().QuickMode! with { PfsGroup = group } };

            AssertVerdict(rule, "rules[0].quickMode.pfsGroup", BaselineCatalogue.Pfs(group), pack);
        }

        [Theory]
        [MemberData(nameof(Groups))]
        public void Pfs_same_as_main_mode_is_judged_through_the_main_mode_group(DiffieHellmanGroup group, BaselinePack pack)
        {
            var rule = CertificateRule() with
            {
                MainMode = MainMode(MainModeProposal.Strongest with { KeyExchange = group }),
                QuickMode = CertificateRule().QuickMode! with { PfsGroup = PfsGroup.SameAsMainMode },
            };

            AssertVerdict(rule, "rules[0].quickMode.pfsGroup", BaselineCatalogue.KeyExchange(group), pack);
        }

        [Theory]
        [MemberData(nameof(Encapsulations))]
        public void Quick_mode_encapsulation(Encapsulation encapsulation, BaselinePack pack)
        {
            var rule = FirstValid(new[]
            {
                new QuickModeProposal { Encapsulation = encapsulation, AhIntegrity = Integrity.AesGmac256 },
                new QuickModeProposal { Encapsulation = encapsulation, EspIntegrity = Integrity.AesGmac256, Encryption = Encryption.AesGcm256 },
                new QuickModeProposal { Encapsulation = encapsulation, AhIntegrity = Integrity.AesGmac256, EspIntegrity = Integrity.AesGmac256, Encryption = Encryption.AesGcm256 },
            }.SelectMany(proposal => new[] { CertificateRule().KeyModule, KeyModule.IkeV1 }.Select(keyModule => CertificateRule() with { KeyModule = keyModule, QuickMode = QuickMode(proposal) })));

            AssertVerdict(rule, "rules[0].quickMode.proposals[0].encapsulation", BaselineCatalogue.Encapsulation(encapsulation), pack);
        }

        [Theory]
        [MemberData(nameof(Methods))]
        public void Authentication_method(AuthenticationMethod method, BaselinePack pack)
        {
            // Phase 1 authenticates computers and phase 2 users; a health certificate is never mixed with a plain one (MS-FASP).
            var proposal = Certificate(method) with { PresharedKey = method == AuthenticationMethod.PresharedKey ? "secret" : null, CertificateAuthority = IsCertificate(method) ? Ca : null };
            var first = Certificate(method == AuthenticationMethod.MachineHealthCertificate ? method : AuthenticationMethod.MachineCertificate);
            var rule = IsUserMethod(method)
                ? CertificateRule() with { KeyModule = KeyModule.AuthIP, Phase2Authentication = Phase2(proposal) }
                : CertificateRule() with { KeyModule = KeyModule.AuthIP, Phase1Authentication = Phase1(first, proposal) };
            var path = IsUserMethod(method) ? "rules[0].phase2Authentication.proposals[0].method" : "rules[0].phase1Authentication.proposals[1].method";

            AssertVerdict(rule, path, BaselineCatalogue.Authentication(method), pack);
        }

        [Theory]
        [MemberData(nameof(Signings))]
        public void Certificate_signing(CertificateSigning signing, BaselinePack pack)
        {
            var rule = CertificateRule() with { Phase1Authentication = Phase1(Certificate() with { Signing = signing }) };

            AssertVerdict(rule, "rules[0].phase1Authentication.proposals[0].signing", BaselineCatalogue.Signing(signing), pack);
        }

        [Theory]
        [MemberData(nameof(Levels))]
        public void Revocation_checking_with_certificates(CertValidationLevel level, BaselinePack pack)
        {
            var policy = Policy(CertificateRule()) with { Settings = new GlobalIpsecSettings { CertValidationLevel = level } };

            AssertVerdict(policy, "settings.certValidationLevel", BaselineCatalogue.RevocationChecking(level), pack);
        }

        [Theory]
        [MemberData(nameof(Requirements))]
        public void Request_mode_by_protection_requirement(ProtectionRequirement requirement, BaselinePack pack)
        {
            var rule = CertificateRule() with { ProtectionRequirement = requirement, InboundSecurity = SecurityAction.Require, OutboundSecurity = SecurityAction.Request, MainMode = CertificateRule().MainMode with { MaxSessions = 1 } };

            AssertVerdict(rule, "rules[0].outboundSecurity", BaselineCatalogue.RequestMode(requirement), pack);
            Assert.DoesNotContain(BaselineEvaluator.Evaluate(Policy(rule), pack), f => f.Path == "rules[0].inboundSecurity");
        }

        [Theory]
        [MemberData(nameof(Requirements))]
        public void Master_key_pfs_off_by_effective_protection(ProtectionRequirement requirement, BaselinePack pack)
        {
            var rule = CertificateRule() with { MainMode = CertificateRule().MainMode with { MaxSessions = 0 } };
            var policy = Policy(rule) with { ProtectionRequirement = requirement };

            AssertVerdict(policy, "rules[0].mainMode.maxSessions", BaselineCatalogue.MasterKeyPfsOff(requirement), pack);
        }

        [Theory]
        [MemberData(nameof(KeyModules))]
        public void Key_module(KeyModule keyModule, BaselinePack pack)
        {
            AssertVerdict(CertificateRule() with { KeyModule = keyModule }, "rules[0].keyModule", BaselineCatalogue.KeyModuleChoice(keyModule), pack);
        }

        [Theory]
        [MemberData(nameof(MainModeLifetimes))]
        public void Main_mode_lifetime(int minutes, BaselinePack pack)
        {
            var rule = CertificateRule() with { MainMode = CertificateRule().MainMode with { LifetimeMinutes = minutes } };

            AssertVerdict(rule, "rules[0].mainMode.lifetimeMinutes", BaselineCatalogue.MainModeLifetime(minutes), pack);
        }

        [Theory]
        [MemberData(nameof(QuickModeLifetimes))]
        public void Quick_mode_lifetime_uses_the_pack_limit(int minutes, BaselinePack pack)
        {
            var rule = CertificateRule() with { QuickMode = QuickMode(QuickModeProposal.Strongest with { LifetimeMinutes = minutes }) };
            var findings = At(BaselineEvaluator.Evaluate(Policy(rule), pack), "rules[0].quickMode.proposals[0].lifetimeMinutes");
            var verdict = BaselineCatalogue.QuickModeLifetime(minutes, pack);

            Assert.Equal(verdict == Verdict.Ok ? 0 : 1, findings.Count);
            Assert.All(findings, f => Assert.Equal((RuleIds.LongLifetime, verdict, BaselineCatalogue.QuickModeLifetimeTooLong.Message(pack)), (f.RuleId, f.Severity, f.Message)));
        }

        [Theory]
        [MemberData(nameof(Packs1))]
        public void Anonymous_computer_authentication_with_only_user_authentication(BaselinePack pack)
        {
            var rule = CertificateRule() with { KeyModule = KeyModule.AuthIP, Phase1Authentication = Phase1(Method(AuthenticationMethod.Anonymous)), Phase2Authentication = Phase2(Method(AuthenticationMethod.UserKerberos)) };

            AssertVerdict(rule, "rules[0].phase1Authentication.proposals", BaselineCatalogue.AnonymousOnly, pack);
        }

        public static IEnumerable<object[]> Packs1 => Packs.Select(p => new object[] { p });

        internal static void AssertVerdict(ConnectionSecurityRule rule, string path, CatalogueEntry entry, BaselinePack pack) => AssertVerdict(Policy(rule), path, entry, pack);

        internal static void AssertVerdict(IpsecPolicy policy, string path, CatalogueEntry entry, BaselinePack pack)
        {
            var problems = PolicyValidator.Validate(policy);
            if (problems.Count > 0)
            {
                var refused = Assert.Throws<PolicyValidationException>(() => BaselineEvaluator.Evaluate(policy, pack));
                Assert.Equal(problems, refused.Findings);
                Assert.All(problems, p => Assert.True(path.StartsWith(p.Path, StringComparison.Ordinal) || p.Path.StartsWith(path, StringComparison.Ordinal), "The value at " + path + " is refused for a problem elsewhere: " + p));
                return;
            }

            var findings = At(BaselineEvaluator.Evaluate(policy, pack), path);
            var verdict = entry.For(pack);
            Assert.True(findings.Count == (verdict == Verdict.Ok ? 0 : 1), "Expected " + verdict + " for " + entry + " at " + path + " under " + pack + "; got: " + string.Join("; ", findings));
            Assert.All(findings, f => Assert.Equal((entry.RuleId, verdict, entry.Message(pack), entry.Source), (f.RuleId, f.Severity, f.Message, f.Source)));
        }

        /// <summary>The first candidate Windows accepts, else the first (whose value then no context makes valid).</summary>
        private static ConnectionSecurityRule FirstValid(IEnumerable<ConnectionSecurityRule> candidates)
        {
            var all = candidates.ToList();
            return all.FirstOrDefault(rule => PolicyValidator.Validate(Policy(rule)).Count == 0) ?? all[0];
        }

        private static bool IsUserMethod(AuthenticationMethod method) =>
            method is AuthenticationMethod.UserKerberos or AuthenticationMethod.UserNtlm or AuthenticationMethod.UserCertificate;

        private static bool IsCertificate(AuthenticationMethod method) =>
            method is AuthenticationMethod.MachineCertificate or AuthenticationMethod.MachineHealthCertificate or AuthenticationMethod.UserCertificate;

        private static List<Finding> At(IReadOnlyList<Finding> findings, string path) => findings.Where(f => f.Path == path).ToList();
    }
}
