extern alias analyzers;

using System.Threading.Tasks;
using IpsecSdk.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Verifier = IpsecSdk.Analyzers.Tests.Infrastructure.AnalyzerVerifier<analyzers::IpsecSdk.Analyzers.Rules.ProposalCombinationAnalyzer>;

namespace IpsecSdk.Analyzers.Tests.Rules
{
    public sealed class ProposalCombinationAnalyzerTests
    {
        private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

        private static string Quick(string configure) => Snippets.InMethod(
            "        return IpsecPolicy.Create(\"g\").AddRule(\"r\", r => r.AuthenticateWithCertificate(\"CN=ca\").UseQuickMode(q => q" + configure + "));");

        [Fact]
        public Task Gcm_with_a_non_gmac_integrity_in_AddEspProposal() =>
            Verifier.VerifyAsync(Quick(".AddEspProposal({|#0:Integrity.Sha256|}, Encryption.AesGcm256)"), null, Verifier.Diagnostic("IPSEC105", 0, Error));

        [Fact]
        public Task Gcm_with_gmac_of_another_size() =>
            Verifier.VerifyAsync(Quick(".AddEspProposal({|#0:Integrity.AesGmac128|}, Encryption.AesGcm256)"), null, Verifier.Diagnostic("IPSEC105", 0, Error));

        [Fact]
        public Task Gmac_with_cbc_encryption_is_reported_at_the_encryption() =>
            Verifier.VerifyAsync(Quick(".AddProposal(p => p.WithEncryption({|#0:Encryption.Aes256|}))"), null, Verifier.Diagnostic("IPSEC105", 0, Error));

        [Fact]
        public Task Record_defaults_count_a_sha1_initializer_keeps_aes_gcm_256() =>
            Verifier.VerifyAsync(Snippets.InMethod("        return new QuickModeProposal { EspIntegrity = {|#0:Integrity.Sha1|} };"), null, Verifier.Diagnostic("IPSEC105", 0, Error));

        [Fact]
        public Task Matching_pairs_and_gmac_without_encryption_are_valid() =>
            Verifier.VerifyAsync(Quick(".AddEspProposal(Integrity.AesGmac128, Encryption.AesGcm128).AddEspProposal(Integrity.AesGmac256, Encryption.None).AddEspProposal(Integrity.Sha256, Encryption.Aes128)"), null);

        [Fact]
        public Task Esp_with_neither_integrity_nor_encryption() =>
            Verifier.VerifyAsync(Quick(".AddEspProposal(Integrity.None, {|#0:Encryption.None|})"), null, Verifier.Diagnostic("IPSEC104", 0, Error));

        [Fact]
        public Task Ah_only_proposals_have_no_esp_members_to_check() =>
            Verifier.VerifyAsync(Quick(".AddProposal(p => p.UseAh().WithIntegrity(Integrity.Sha256))"), null);

        [Fact]
        public Task Ah_and_esp_with_different_integrity() =>
            Verifier.VerifyAsync(Quick(".AddProposal(p => p.UseAhAndEsp().WithEncryption(Encryption.Aes256).WithEspIntegrity(Integrity.Sha256).WithAhIntegrity({|#0:Integrity.Sha1|}))"), null,
                Verifier.Diagnostic("IPSEC103", 0, Error));

        [Fact]
        public Task Ah_and_esp_through_WithIntegrity_share_one_algorithm() =>
            Verifier.VerifyAsync(Quick(".AddProposal(p => p.UseAhAndEsp().WithEncryption(Encryption.Aes256).WithIntegrity(Integrity.Sha256))"), null);

        [Fact]
        public Task Quick_mode_combinations_in_a_with_expression_that_sets_the_encapsulation() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        var p = new QuickModeProposal();
                        var gcm = p with { Encapsulation = Encapsulation.Esp, EspIntegrity = {|#0:Integrity.Sha256|}, Encryption = Encryption.AesGcm256 };
                        var empty = p with { Encapsulation = Encapsulation.Esp, EspIntegrity = Integrity.None, Encryption = {|#1:Encryption.None|} };
                        var both = p with { Encapsulation = Encapsulation.AhAndEsp, AhIntegrity = {|#2:Integrity.Sha384|}, EspIntegrity = Integrity.Sha256, Encryption = Encryption.Aes256 };
                        return new[] { gcm, empty, both };
                """), null,
                Verifier.Diagnostic("IPSEC105", 0, Error), Verifier.Diagnostic("IPSEC104", 1, Error), Verifier.Diagnostic("IPSEC103", 2, Error));

        [Fact]
        public Task A_with_expression_that_leaves_members_to_its_base_is_not_judged() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        var p = new QuickModeProposal { Encapsulation = Encapsulation.Esp };
                        var integrity = p with { EspIntegrity = Integrity.Sha256 };
                        var encryption = p with { Encryption = Encryption.AesGcm256, EspIntegrity = Integrity.AesGmac256 };
                        var unknownBase = p with { Encapsulation = Encapsulation.Esp, EspIntegrity = Integrity.Sha256 };
                        var ah = p with { Encapsulation = Encapsulation.AhAndEsp, AhIntegrity = Integrity.Sha256 };
                        return new[] { integrity, encryption, unknownBase, ah };
                """), null);

        [Fact]
        public Task Mixed_key_exchange_groups_across_AddProposal_calls_of_one_main_mode_lambda() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        return IpsecPolicy.Create("g").AddRule("r", r => r.AuthenticateWithCertificate("CN=ca").UseMainMode(m => m
                            .AddProposal(Encryption.Aes256, Integrity.Sha384, DiffieHellmanGroup.Dh20)
                            .AddProposal(Encryption.Aes128, Integrity.Sha256, {|#0:DiffieHellmanGroup.Dh19|})
                            .AddProposal(p => p.WithKeyExchange(DiffieHellmanGroup.Dh20))
                            .AddProposal(p => p.WithIntegrity(Integrity.Sha256))));
                """), null, Verifier.Diagnostic("IPSEC106", 0, Error));

        [Fact]
        public Task Mixed_key_exchange_groups_in_a_MainModeCryptoSet_initializer_array() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        return new MainModeCryptoSet
                        {
                            Proposals = new[]
                            {
                                new MainModeProposal(Encryption.Aes256, Integrity.Sha384, DiffieHellmanGroup.Dh20),
                                new MainModeProposal(Encryption.Aes128, Integrity.Sha256, {|#0:DiffieHellmanGroup.Dh19|}),
                            },
                        };
                """), null, Verifier.Diagnostic("IPSEC106", 0, Error));

        [Fact]
        public Task Mixed_groups_through_ValueList_Of_count_initializers_and_the_records_default() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        return new MainModeCryptoSet
                        {
                            Proposals = ValueList.Of(new MainModeProposal { KeyExchange = DiffieHellmanGroup.Dh19 }, {|#0:new MainModeProposal()|}),
                        };
                """), null, Verifier.Diagnostic("IPSEC106", 0, Error));

        [Fact]
        public Task Mixed_groups_in_a_with_expression() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        var set = new MainModeCryptoSet();
                        return set with
                        {
                            Proposals = new[] { new MainModeProposal(), new MainModeProposal { KeyExchange = {|#0:DiffieHellmanGroup.Dh14|} } },
                        };
                """), null, Verifier.Diagnostic("IPSEC106", 0, Error));

        [Fact]
        public Task One_group_throughout_or_proposals_it_cannot_see_are_not_reported() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        var unknown = MainModeProposal.Strongest;
                        return new MainModeCryptoSet
                        {
                            Proposals = new[] { new MainModeProposal(), new MainModeProposal(Encryption.Aes128, Integrity.Sha256, DiffieHellmanGroup.Dh20), unknown },
                        };
                """), null);
    }
}
