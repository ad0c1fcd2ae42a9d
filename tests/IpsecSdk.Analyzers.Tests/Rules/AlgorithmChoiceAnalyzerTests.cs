extern alias analyzers;

using analyzers::IpsecSdk.Analyzers;
using System.Linq;
using System.Threading.Tasks;
using IpsecSdk.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Verifier = IpsecSdk.Analyzers.Tests.Infrastructure.AnalyzerVerifier<analyzers::IpsecSdk.Analyzers.Rules.AlgorithmChoiceAnalyzer>;

namespace IpsecSdk.Analyzers.Tests.Rules
{
    public sealed class AlgorithmChoiceAnalyzerTests
    {
        private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
        private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;
        private const DiagnosticSeverity Info = DiagnosticSeverity.Info;

        private static string Rule(string configure) => Snippets.InMethod(
            "        return IpsecPolicy.Create(\"g\").AddRule(\"r\", r => r.AuthenticateWithCertificate(\"CN=ca\")" + configure + ");");

        [Theory]
        [InlineData(null, Warning)]
        [InlineData("default", Warning)]
        [InlineData("bsi", Error)]
        [InlineData("nist", Error)]
        [InlineData("cnsa", Error)]
        public Task Sha1_in_AddEspProposal_takes_the_pack_verdict(string? pack, DiagnosticSeverity severity) =>
            Verifier.VerifyAsync(Rule(".UseQuickMode(q => q.AddEspProposal({|#0:Integrity.Sha1|}, Encryption.AesGcm256))"), pack, Verifier.Diagnostic("IPSEC001", 0, severity));

        [Fact]
        public Task A_peer_offer_describes_someone_elses_configuration_and_is_never_judged() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        var legacy = IpsecSdk.Negotiation.PeerOffer.MainMode(Encryption.Des3, Integrity.Sha1, DiffieHellmanGroup.Dh2);
                        var parsed = IpsecSdk.Negotiation.PeerOffer.ParseIke("3des-sha1-modp1024");
                        return IpsecSdk.Negotiation.ProposalNegotiator.NegotiateMainMode(new MainModeCryptoSet().Proposals, System.Linq.Enumerable.ToList(System.Linq.Enumerable.Concat(new[] { legacy }, parsed)));
                """), "bsi");

        [Fact]
        public Task Catalogue_queries_are_never_judged_only_configuration_is() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        var pfs = IpsecSdk.Catalogue.BaselineCatalogue.Pfs(PfsGroup.None);
                        var md5 = IpsecSdk.Catalogue.BaselineCatalogue.Integrity(Integrity.Md5, CryptoPhase.MainMode);
                        return pfs.For(IpsecSdk.Catalogue.BaselinePack.Bsi) == md5.For(IpsecSdk.Catalogue.BaselinePack.Bsi);
                """), "bsi");

        [Theory]
        [InlineData("default")]
        [InlineData("bsi")]
        [InlineData("nist")]
        public Task Sha256_in_quick_mode_is_fine_outside_cnsa(string pack) =>
            Verifier.VerifyAsync(Rule(".UseQuickMode(q => q.AddEspProposal(Integrity.Sha256, Encryption.Aes256))"), pack);

        [Fact]
        public Task Sha256_and_aes_cbc_in_quick_mode_are_errors_under_cnsa() =>
            Verifier.VerifyAsync(Rule(".UseQuickMode(q => q.AddEspProposal({|#0:Integrity.Sha256|}, {|#1:Encryption.Aes256|}))"), "cnsa",
                Verifier.Diagnostic("IPSEC001", 0, Error), Verifier.Diagnostic("IPSEC002", 1, Error));

        [Fact]
        public Task Phase_comes_from_the_builder_type_main_mode_sha256_is_an_error_under_cnsa_only_there() =>
            Verifier.VerifyAsync(Rule(".UseMainMode(m => m.AddProposal(p => p.WithIntegrity({|#0:Integrity.Sha256|})))"), "cnsa", Verifier.Diagnostic("IPSEC001", 0, Error));

        [Fact]
        public Task WithIntegrity_on_the_quick_mode_builder_is_judged_as_quick_mode() =>
            Verifier.VerifyAsync(Rule(".UseQuickMode(q => q.AddProposal(p => p.WithIntegrity({|#0:Integrity.Md5|})))"), null, Verifier.Diagnostic("IPSEC001", 0, Error));

        [Fact]
        public Task Main_mode_AddProposal_judges_each_algorithm() =>
            Verifier.VerifyAsync(Rule(".UseMainMode(m => m.AddProposal({|#0:Encryption.Des|}, {|#1:Integrity.Sha1|}, {|#2:DiffieHellmanGroup.Dh2|}))"), null,
                Verifier.Diagnostic("IPSEC002", 0, Error), Verifier.Diagnostic("IPSEC001", 1, Warning), Verifier.Diagnostic("IPSEC003", 2, Warning));

        [Fact]
        public Task Gcm_and_gmac_in_main_mode_are_validity_errors() =>
            Verifier.VerifyAsync(Rule(".UseMainMode(m => m.AddProposal({|#0:Encryption.AesGcm256|}, {|#1:Integrity.AesGmac256|}, DiffieHellmanGroup.Dh20))"), null,
                Verifier.Diagnostic("IPSEC101", 0, Error), Verifier.Diagnostic("IPSEC101", 1, Error));

        [Fact]
        public Task Sha384_in_quick_mode_is_a_validity_error() =>
            Verifier.VerifyAsync(Rule(".UseQuickMode(q => q.AddProposal(p => p.WithEncryption(Encryption.Aes256).WithEspIntegrity({|#0:Integrity.Sha384|})))"), null,
                Verifier.Diagnostic("IPSEC102", 0, Error));

        [Theory]
        [InlineData("default", Warning)]
        [InlineData("bsi", Error)]
        [InlineData("nist", Error)]
        [InlineData("cnsa", Error)]
        public Task Pfs_off_takes_the_pack_verdict(string pack, DiagnosticSeverity severity) =>
            Verifier.VerifyAsync(Rule(".UseQuickMode(q => q.WithPfs({|#0:PfsGroup.None|}))"), pack, Verifier.Diagnostic("IPSEC004", 0, severity));

        [Fact]
        public Task Weak_pfs_group_is_a_key_exchange_finding() =>
            Verifier.VerifyAsync(Rule(".UseQuickMode(q => q.WithPfs({|#0:PfsGroup.Dh1|}))"), null, Verifier.Diagnostic("IPSEC003", 0, Error));

        [Theory]
        [InlineData("default", Warning)]
        [InlineData("bsi", Error)]
        [InlineData("nist", Warning)]
        [InlineData("cnsa", Error)]
        public Task UseAh_is_reported_at_the_method_name(string pack, DiagnosticSeverity severity) =>
            Verifier.VerifyAsync(Rule(".UseQuickMode(q => q.AddProposal(p => p.{|#0:UseAh|}()))"), pack, Verifier.Diagnostic("IPSEC005", 0, severity));

        [Fact]
        public Task WithEncapsulation_ah_is_reported_at_the_value() =>
            Verifier.VerifyAsync(Rule(".UseQuickMode(q => q.AddProposal(p => p.WithEncapsulation({|#0:Encapsulation.AhAndEsp|})))"), null, Verifier.Diagnostic("IPSEC005", 0, Warning));

        [Theory]
        [InlineData("default", Warning)]
        [InlineData("cnsa", Error)]
        public Task Psk_and_ntlm_are_reported_at_the_method_name(string pack, DiagnosticSeverity severity) =>
            Verifier.VerifyAsync(Snippets.InMethod("        return IpsecPolicy.Create(\"g\").AddRule(\"r\", r => r.{|#0:AuthenticateWithPresharedKey|}(\"secret\")).AddRule(\"s\", r => r.{|#1:AuthenticateWithNtlm|}());"), pack,
                Verifier.Diagnostic("IPSEC006", 0, severity), Verifier.Diagnostic("IPSEC012", 1, severity));

        [Theory]
        [InlineData("default", Info)]
        [InlineData("bsi", Warning)]
        [InlineData("nist", Info)]
        [InlineData("cnsa", Warning)]
        public Task IkeV1_key_module_takes_the_pack_verdict(string pack, DiagnosticSeverity severity) =>
            Verifier.VerifyAsync(Rule(".UseKeyModule({|#0:KeyModule.IkeV1|})"), pack, Verifier.Diagnostic("IPSEC013", 0, severity));

        [Fact]
        public Task Rsa_signing_is_a_warning_under_cnsa_only() =>
            Verifier.VerifyAsync(Snippets.InMethod("        return IpsecPolicy.Create(\"g\").AddRule(\"r\", r => r.AuthenticateWithCertificate(\"CN=ca\", c => c.WithSigning({|#0:CertificateSigning.Rsa|})));"), "cnsa",
                Verifier.Diagnostic("IPSEC015", 0, Warning));

        [Fact]
        public Task Rsa_signing_is_fine_under_default() =>
            Verifier.VerifyAsync(Snippets.InMethod("        return IpsecPolicy.Create(\"g\").AddRule(\"r\", r => r.AuthenticateWithCertificate(\"CN=ca\", c => c.WithSigning(CertificateSigning.Rsa)));"), "default");

        [Theory]
        [InlineData("default", "480", false)]
        [InlineData("default", "481", true)]
        [InlineData("bsi", "241", true)]
        [InlineData("bsi", "240", false)]
        [InlineData("cnsa", "300", true)]
        [InlineData("nist", "300", false)]
        public Task Quick_mode_lifetime_limit_depends_on_the_pack(string pack, string minutes, bool reported) =>
            Verifier.VerifyAsync(Rule(".UseQuickMode(q => q.AddProposal(p => p.WithLifetime({|#0:" + minutes + "|})))"), pack,
                reported ? new[] { Verifier.Diagnostic("IPSEC009", 0, Warning) } : new Microsoft.CodeAnalysis.Testing.DiagnosticResult[0]);

        [Fact]
        public Task Main_mode_lifetime_beyond_a_day_is_a_warning_and_beyond_2879_out_of_range() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        IpsecPolicy.Create("g").AddRule("r", r => r.AuthenticateWithCertificate("CN=ca").UseMainMode(m => m.WithLifetime({|#0:1500|})));
                        return IpsecPolicy.Create("g").AddRule("r", r => r.AuthenticateWithCertificate("CN=ca").UseMainMode(m => m.WithLifetime({|#1:3000|})));
                """), null, Verifier.Diagnostic("IPSEC009", 0, Warning), Verifier.Diagnostic("IPSEC107", 1, Error));

        [Fact]
        public Task Quick_mode_lifetime_and_kilobytes_out_of_range() =>
            Verifier.VerifyAsync(Rule(".UseQuickMode(q => q.AddProposal(p => p.WithLifetime({|#0:4|}, {|#1:100|})))"), null,
                Verifier.Diagnostic("IPSEC107", 0, Error), Verifier.Diagnostic("IPSEC107", 1, Error));

        [Fact]
        public Task Model_records_constructors_initializers_and_with_expressions_are_judged() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        var a = new QuickModeProposal { EspIntegrity = {|#0:Integrity.Sha1|}, Encryption = Encryption.Aes256 };
                        var b = new QuickModeProposal({|#1:Integrity.Md5|}, {|#2:Encryption.Des|});
                        var c = new MainModeProposal({|#3:Encryption.Des3|}, {|#4:Integrity.Sha1|}, {|#5:DiffieHellmanGroup.Dh1|});
                        var d = new QuickModeCryptoSet { PfsGroup = {|#6:PfsGroup.None|} };
                        var e = a with { Encryption = {|#7:Encryption.Des|} };
                        var f = new MainModeCryptoSet { LifetimeMinutes = {|#8:2000|} };
                        var g = new AuthenticationProposal { Method = {|#9:AuthenticationMethod.PresharedKey|} };
                        var h = new ConnectionSecurityRule { KeyModule = {|#10:KeyModule.IkeV1|} };
                        return new object[] { a, b, c, d, e, f, g, h };
                """), null,
                Verifier.Diagnostic("IPSEC001", 0, Warning), Verifier.Diagnostic("IPSEC001", 1, Error), Verifier.Diagnostic("IPSEC002", 2, Error),
                Verifier.Diagnostic("IPSEC002", 3, Warning), Verifier.Diagnostic("IPSEC001", 4, Warning), Verifier.Diagnostic("IPSEC003", 5, Error),
                Verifier.Diagnostic("IPSEC004", 6, Warning), Verifier.Diagnostic("IPSEC002", 7, Error), Verifier.Diagnostic("IPSEC009", 8, Warning),
                Verifier.Diagnostic("IPSEC006", 9, Warning), Verifier.Diagnostic("IPSEC013", 10, Info));

        [Fact]
        public Task Standalone_settings_without_crl_checking_are_reported() =>
            Verifier.VerifyAsync(Snippets.InMethod("        return new GlobalIpsecSettings { CertValidationLevel = {|#0:CertValidationLevel.None|} };"), null,
                Verifier.Diagnostic("IPSEC011", 0, Warning));

        [Fact]
        public Task Constants_are_followed_through_const_and_static_readonly_fields_and_single_assignment_locals()
        {
            var source = """
                using IpsecSdk;
                using IpsecSdk.Building;

                class Consumer
                {
                    const Integrity Weak = Integrity.Md5;
                    static readonly Encryption Legacy = {|#1:Encryption.Des3|};

                    object Run()
                    {
                        var integrity = {|#2:Integrity.Sha1|};
                        return IpsecPolicy.Create("g").AddRule("r", r => r.AuthenticateWithCertificate("CN=ca")
                            .UseQuickMode(q => q.AddEspProposal({|#0:Weak|}, Legacy).AddEspProposal(integrity, Encryption.Aes256)));
                    }
                }
                """;
            return Verifier.VerifyAsync(source, null, Verifier.Diagnostic("IPSEC001", 0, Error), Verifier.Diagnostic("IPSEC002", 1, Warning), Verifier.Diagnostic("IPSEC001", 2, Warning));
        }

        [Fact]
        public Task Values_the_compiler_cannot_see_stay_silent()
        {
            var source = """
                using IpsecSdk;
                using IpsecSdk.Building;

                class Consumer
                {
                    static Encryption mutable = Encryption.Des;

                    object Run(Integrity fromCaller)
                    {
                        var reassigned = Integrity.Sha1;
                        reassigned = Integrity.Sha256;
                        return IpsecPolicy.Create("g").AddRule("r", r => r.AuthenticateWithCertificate("CN=ca")
                            .UseQuickMode(q => q.AddEspProposal(fromCaller, mutable).AddEspProposal(reassigned, Pick()).WithPfs(Pfs())));
                    }

                    static Encryption Pick() => Encryption.Des;
                    static PfsGroup Pfs() => PfsGroup.None;
                }
                """;
            return Verifier.VerifyAsync(source, null);
        }

        [Fact]
        public Task Every_weak_arm_of_conditionals_and_switch_expressions_is_reported_at_the_arm() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        int level = flag ? 1 : 2;
                        return IpsecPolicy.Create("g").AddRule("r", r => r.AuthenticateWithCertificate("CN=ca")
                            .UseQuickMode(q => q.AddEspProposal(flag ? {|#0:Integrity.Sha1|} : Integrity.Sha256, level switch { 1 => {|#1:Encryption.Des|}, 2 => Encryption.Aes256, _ => {|#2:Encryption.Des3|} })));
                """), null, Verifier.Diagnostic("IPSEC001", 0, Warning), Verifier.Diagnostic("IPSEC002", 1, Error), Verifier.Diagnostic("IPSEC002", 2, Warning));

        [Fact]
        public Task Arrays_and_collection_expressions_of_proposals_are_judged_element_by_element() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        QuickModeProposal[] array = { new QuickModeProposal({|#0:Integrity.Md5|}, Encryption.Aes128) };
                        MainModeProposal[] collection = [new({|#1:Encryption.Des|}, Integrity.Sha256, DiffieHellmanGroup.Dh20)];
                        return new object[] { array, collection };
                """), null, Verifier.Diagnostic("IPSEC001", 0, Error), Verifier.Diagnostic("IPSEC002", 1, Error));

        [Fact]
        public Task The_strongest_choices_draw_only_the_cnsa_main_mode_remark() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        return IpsecPolicy.Create("g").AddRule("r", r => r.AuthenticateWithCertificate("CN=ca", c => c.WithSigning(CertificateSigning.Ecdsa384))
                            .UseMainMode(m => m.AddProposal({|#0:Encryption.Aes256|}, Integrity.Sha384, DiffieHellmanGroup.Dh20).WithLifetime(480))
                            .UseQuickMode(q => q.AddEspProposal(Integrity.AesGmac256, Encryption.AesGcm256).WithPfs(PfsGroup.Dh20)));
                """), "cnsa", Verifier.Diagnostic("IPSEC002", 0, Info));

        [Fact]
        public Task Code_without_an_IpsecSdk_reference_is_not_analyzed()
        {
            var test = Verifier.CreateTest("enum Integrity { Sha1 } class C { Integrity I = Integrity.Sha1; }", "bsi");
            test.TestState.AdditionalReferences.Remove(TestReferences.IpsecSdk);
            return test.RunAsync();
        }

        [Fact]
        public async Task Properties_tell_the_fixer_phase_pack_and_the_catalogue_suggestion()
        {
            var source = Snippets.InMethod("""
                        return IpsecPolicy.Create("g").AddRule("r", r => r.AuthenticateWithCertificate("CN=ca")
                            .UseMainMode(m => m.AddProposal(Encryption.Aes256, Integrity.Sha1, DiffieHellmanGroup.Dh20))
                            .UseQuickMode(q => q.AddEspProposal(Integrity.Sha1, Encryption.AesGcm128).AddEspProposal(Integrity.Md5, Encryption.Aes256)));
                """);
            var diagnostics = (await AnalyzerRunner.IpsecDiagnosticsAsync(source, "cnsa")).Where(d => d.Id == "IPSEC001").ToList();

            Assert.Equal(3, diagnostics.Count);
            Assert.Equal(new[] { "MainMode", "QuickMode", "QuickMode" }, diagnostics.Select(d => d.Properties[DiagnosticProperties.Phase]));
            Assert.All(diagnostics, d => Assert.Equal("cnsa", d.Properties[DiagnosticProperties.Pack]));
            // Main mode under CNSA needs SHA-384; a GCM-128 pair keeps its GMAC-128 partner when the pack allows it, else GMAC-256.
            Assert.Equal(new[] { "Sha384", "AesGmac256", "AesGmac256" }, diagnostics.Select(d => d.Properties[DiagnosticProperties.Suggested]));
            var defaults = (await AnalyzerRunner.IpsecDiagnosticsAsync(source, "default")).Where(d => d.Id == "IPSEC001").ToList();
            Assert.Equal(new[] { "Sha256", "AesGmac128", "Sha256" }, defaults.Select(d => d.Properties[DiagnosticProperties.Suggested]));
        }

        [Fact]
        public Task Members_the_encapsulation_leaves_unused_are_not_judged_as_the_evaluator_does() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        IpsecPolicy.Create("g").AddRule("r", r => r.AuthenticateWithCertificate("CN=ca").UseQuickMode(q => q
                            .AddProposal(p => p.WithEncapsulation(Encapsulation.Esp).WithAhIntegrity(Integrity.Md5))
                            .AddProposal(p => p.WithEncryption(Encryption.Des).{|#0:UseAh|}().WithIntegrity(Integrity.Sha256))));
                        var a = new QuickModeProposal { Encapsulation = {|#1:Encapsulation.Ah|}, AhIntegrity = Integrity.Sha256, Encryption = Encryption.Des };
                        var b = new QuickModeProposal { AhIntegrity = Integrity.Md5 };
                        var c = new QuickModeProposal { Encapsulation = {|#2:Encapsulation.AhAndEsp|}, AhIntegrity = {|#3:Integrity.Md5|}, EspIntegrity = {|#4:Integrity.Md5|}, Encryption = Encryption.Aes256 };
                        return new object[] { a, b, c };
                """), null,
                Verifier.Diagnostic("IPSEC005", 0, Warning), Verifier.Diagnostic("IPSEC005", 1, Warning), Verifier.Diagnostic("IPSEC005", 2, Warning),
                Verifier.Diagnostic("IPSEC001", 3, Error), Verifier.Diagnostic("IPSEC001", 4, Error));
    }
}
