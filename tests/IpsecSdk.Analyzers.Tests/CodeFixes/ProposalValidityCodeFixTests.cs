using System.Threading.Tasks;
using IpsecSdk.Catalogue;
using IpsecSdk.CodeFixes;
using Microsoft.CodeAnalysis;
using Xunit;
using static IpsecSdk.Analyzers.Tests.CodeFixes.FixVerifier;

namespace IpsecSdk.Analyzers.Tests.CodeFixes
{
    public class ProposalValidityCodeFixTests
    {
        [Fact]
        public Task Gcm_and_gmac_in_main_mode_become_aes_256_and_sha_384() =>
            VerifyAsync<ProposalValidityCodeFixProvider>(
                BaselinePack.Default,
                Policy("            .UseMainMode(m => m.AddProposal({|#0:Encryption.AesGcm256|}, {|#1:Integrity.AesGmac256|}, DiffieHellmanGroup.Dh20))"),
                Policy("            .UseMainMode(m => m.AddProposal(Encryption.Aes256, Integrity.Sha384, DiffieHellmanGroup.Dh20))"),
                new[] { At(0, RuleIds.GcmInMainMode, DiagnosticSeverity.Error), At(1, RuleIds.GcmInMainMode, DiagnosticSeverity.Error) });

        [Fact]
        public Task Sha384_in_quick_mode_becomes_Sha256_with_a_cbc_cipher() =>
            VerifyAsync<ProposalValidityCodeFixProvider>(
                BaselinePack.Default,
                Policy("            .UseQuickMode(q => q.AddEspProposal({|#0:Integrity.Sha384|}, Encryption.Aes256))"),
                Policy("            .UseQuickMode(q => q.AddEspProposal(Integrity.Sha256, Encryption.Aes256))"),
                new[] { At(0, RuleIds.Sha384InQuickMode, DiagnosticSeverity.Error) });

        [Fact]
        public Task Sha384_in_quick_mode_becomes_the_matching_gmac_with_a_gcm_cipher() =>
            VerifyAsync<ProposalValidityCodeFixProvider>(
                BaselinePack.Default,
                Policy("            .UseQuickMode(q => q.AddEspProposal({|#0:{|#1:Integrity.Sha384|}|}, Encryption.AesGcm192))"),
                Policy("            .UseQuickMode(q => q.AddEspProposal(Integrity.AesGmac192, Encryption.AesGcm192))"),
                new[] { At(0, RuleIds.Sha384InQuickMode, DiagnosticSeverity.Error), At(1, RuleIds.GcmPairing, DiagnosticSeverity.Error) });

        [Fact]
        public Task Gcm_with_sha256_integrity_gets_the_gmac_of_its_key_size() =>
            VerifyAsync<ProposalValidityCodeFixProvider>(
                BaselinePack.Default,
                Policy("            .UseQuickMode(q => q.AddEspProposal({|#0:Integrity.Sha256|}, Encryption.AesGcm256))"),
                Policy("            .UseQuickMode(q => q.AddEspProposal(Integrity.AesGmac256, Encryption.AesGcm256))"),
                new[] { At(0, RuleIds.GcmPairing, DiagnosticSeverity.Error) });

        [Fact]
        public Task Under_cnsa_a_gcm_pairing_fix_moves_both_halves_to_256_bits() =>
            VerifyAsync<ProposalValidityCodeFixProvider>(
                BaselinePack.Cnsa,
                Policy("            .UseQuickMode(q => q.AddEspProposal({|#0:{|#1:Integrity.Sha256|}|}, {|#2:Encryption.AesGcm128|}))"),
                Policy("            .UseQuickMode(q => q.AddEspProposal(Integrity.AesGmac256, Encryption.AesGcm256))"),
                new[] { At(0, RuleIds.GcmPairing, DiagnosticSeverity.Error), At(1, RuleIds.WeakIntegrity, DiagnosticSeverity.Error), At(2, RuleIds.WeakEncryption, DiagnosticSeverity.Error) });

        [Fact]
        public Task A_gcm_pairing_in_a_with_expression_is_fixed_in_place() =>
            VerifyAsync<ProposalValidityCodeFixProvider>(
                BaselinePack.Default,
                Tune("p with { Encapsulation = Encapsulation.Esp, EspIntegrity = {|#0:Integrity.Sha256|}, Encryption = Encryption.AesGcm256 }"),
                Tune("p with { Encapsulation = Encapsulation.Esp, EspIntegrity = Integrity.AesGmac256, Encryption = Encryption.AesGcm256 }"),
                new[] { At(0, RuleIds.GcmPairing, DiagnosticSeverity.Error) });

        [Fact]
        public Task Gmac_with_a_cbc_cipher_gets_the_gcm_cipher_of_its_key_size() =>
            VerifyAsync<ProposalValidityCodeFixProvider>(
                BaselinePack.Default,
                Policy("            .UseQuickMode(q => q.AddEspProposal(Integrity.AesGmac128, {|#0:Encryption.Aes128|}))"),
                Policy("            .UseQuickMode(q => q.AddEspProposal(Integrity.AesGmac128, Encryption.AesGcm128))"),
                new[] { At(0, RuleIds.GcmPairing, DiagnosticSeverity.Error) });

        [Fact]
        public Task Esp_with_neither_integrity_nor_encryption_gets_aes_gcm_256() =>
            VerifyAsync<ProposalValidityCodeFixProvider>(
                BaselinePack.Default,
                Policy("            .UseQuickMode(q => q.AddEspProposal(Integrity.None, {|#0:{|#1:Encryption.None|}|}))"),
                Policy("            .UseQuickMode(q => q.AddEspProposal(Integrity.AesGmac256, Encryption.AesGcm256))"),
                new[] { At(0, RuleIds.EspWithoutProtection, DiagnosticSeverity.Error), At(1, RuleIds.WeakEncryption, DiagnosticSeverity.Info) });

        [Fact]
        public Task Ah_integrity_takes_the_esp_integrity_of_the_same_proposal() =>
            VerifyAsync<ProposalValidityCodeFixProvider>(
                BaselinePack.Default,
                Policy("            .UseQuickMode(q => q.AddProposal(p => p.{|#1:UseAhAndEsp|}().WithEncryption(Encryption.Aes256).WithEspIntegrity(Integrity.Sha256).WithAhIntegrity({|#0:Integrity.Sha1|})))"),
                Policy("            .UseQuickMode(q => q.AddProposal(p => p.{|#1:UseAhAndEsp|}().WithEncryption(Encryption.Aes256).WithEspIntegrity(Integrity.Sha256).WithAhIntegrity(Integrity.Sha256)))"),
                new[] { At(0, RuleIds.AhEspIntegrityMismatch, DiagnosticSeverity.Error), At(0, RuleIds.WeakIntegrity, DiagnosticSeverity.Warning), At(1, RuleIds.AhEncapsulation, DiagnosticSeverity.Warning) },
                remaining: new[] { At(1, RuleIds.AhEncapsulation, DiagnosticSeverity.Warning) });

        private static string Tune(string expression) => "using IpsecSdk;\n\nclass Sample\n{\n    QuickModeProposal Tune(QuickModeProposal p) => " + expression + ";\n}\n";
    }
}
