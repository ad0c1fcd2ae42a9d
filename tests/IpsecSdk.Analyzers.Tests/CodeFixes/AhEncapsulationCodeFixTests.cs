using System.Threading.Tasks;
using IpsecSdk.Catalogue;
using IpsecSdk.CodeFixes;
using Microsoft.CodeAnalysis;
using Xunit;
using static IpsecSdk.Analyzers.Tests.CodeFixes.FixVerifier;

namespace IpsecSdk.Analyzers.Tests.CodeFixes
{
    public class AhEncapsulationCodeFixTests
    {
        [Fact]
        public Task A_chained_UseAhAndEsp_call_is_removed() =>
            VerifyAsync<AhEncapsulationCodeFixProvider>(
                BaselinePack.Default,
                Policy("            .UseQuickMode(q => q.AddProposal(p => p.{|#0:UseAhAndEsp|}().WithEncryption(Encryption.Aes256).WithIntegrity(Integrity.Sha256)))"),
                Policy("            .UseQuickMode(q => q.AddProposal(p => p.WithEncryption(Encryption.Aes256).WithIntegrity(Integrity.Sha256)))"),
                new[] { At(0, RuleIds.AhEncapsulation, DiagnosticSeverity.Warning) });

        [Fact]
        public Task A_lone_UseAh_call_becomes_an_explicit_esp_choice() =>
            VerifyAsync<AhEncapsulationCodeFixProvider>(
                BaselinePack.Bsi,
                Policy("            .UseQuickMode(q => q.AddProposal(p => p.{|#0:UseAh|}()))"),
                Policy("            .UseQuickMode(q => q.AddProposal(p => p.WithEncapsulation(Encapsulation.Esp)))"),
                new[] { At(0, RuleIds.AhEncapsulation, DiagnosticSeverity.Error) });

        [Fact]
        public Task Switching_to_esp_pairs_the_default_gcm_cipher_with_gmac_and_drops_ah_integrity() =>
            VerifyAsync<AhEncapsulationCodeFixProvider>(
                BaselinePack.Default,
                Policy("            .UseQuickMode(q => q.AddProposal(p => p\n                .{|#0:UseAh|}()\n                .WithAhIntegrity(Integrity.Sha256)\n                .WithIntegrity(Integrity.Sha256)))"),
                Policy("            .UseQuickMode(q => q.AddProposal(p => p\n                .WithIntegrity(Integrity.AesGmac256)))"),
                new[] { At(0, RuleIds.AhEncapsulation, DiagnosticSeverity.Warning) });

        [Fact]
        public Task Under_cnsa_the_newly_judged_esp_crypto_becomes_the_aes_gcm_256_suite() =>
            VerifyAsync<AhEncapsulationCodeFixProvider>(
                BaselinePack.Cnsa,
                Policy("            .UseQuickMode(q => q.AddProposal(p => p.WithEncapsulation({|#0:Encapsulation.Ah|}).WithIntegrity({|#1:Integrity.Sha256|}).WithEncryption(Encryption.Aes256)))"),
                Policy("            .UseQuickMode(q => q.AddProposal(p => p.WithEncapsulation(Encapsulation.Esp).WithIntegrity(Integrity.AesGmac256).WithEncryption(Encryption.AesGcm256)))"),
                new[] { At(0, RuleIds.AhEncapsulation, DiagnosticSeverity.Error), At(1, RuleIds.WeakIntegrity, DiagnosticSeverity.Error) });

        [Fact]
        public Task An_initializer_gets_esp_and_loses_its_ah_integrity() =>
            VerifyAsync<AhEncapsulationCodeFixProvider>(
                BaselinePack.Nist,
                Policy("            .UseQuickMode(q => q.AddProposal(new QuickModeProposal { Encapsulation = {|#0:Encapsulation.AhAndEsp|}, AhIntegrity = Integrity.AesGmac256, EspIntegrity = Integrity.AesGmac256 }))"),
                Policy("            .UseQuickMode(q => q.AddProposal(new QuickModeProposal { Encapsulation = Encapsulation.Esp, EspIntegrity = Integrity.AesGmac256 }))"),
                new[] { At(0, RuleIds.AhEncapsulation, DiagnosticSeverity.Warning) });

        [Fact]
        public Task UseAh_whose_only_other_call_is_its_ah_integrity_becomes_an_explicit_esp_choice_not_a_bare_parameter() =>
            VerifyAsync<AhEncapsulationCodeFixProvider>(
                BaselinePack.Bsi,
                Policy("            .UseQuickMode(q => q.AddProposal(p => p.{|#0:UseAh|}().WithAhIntegrity(Integrity.Sha256)))"),
                Policy("            .UseQuickMode(q => q.AddProposal(p => p.WithEncapsulation(Encapsulation.Esp)))"),
                new[] { At(0, RuleIds.AhEncapsulation, DiagnosticSeverity.Error) });
    }
}
