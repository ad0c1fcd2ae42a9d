extern alias analyzers;

using System.Threading.Tasks;
using IpsecSdk.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using ChoiceVerifier = IpsecSdk.Analyzers.Tests.Infrastructure.AnalyzerVerifier<analyzers::IpsecSdk.Analyzers.Rules.AlgorithmChoiceAnalyzer>;
using Verifier = IpsecSdk.Analyzers.Tests.Infrastructure.AnalyzerVerifier<analyzers::IpsecSdk.Analyzers.Rules.BaselineConfigurationAnalyzer>;

namespace IpsecSdk.Analyzers.Tests.Rules
{
    /// <summary>Where the pack comes from (editorconfig key over MSBuild property over default) and IPSEC202 for unknown names.</summary>
    public sealed class BaselineConfigurationAnalyzerTests
    {
        private static readonly string Sha1 = Snippets.InMethod("        return new QuickModeProposal { EspIntegrity = {|#0:Integrity.Sha1|}, Encryption = Encryption.Aes256 };");

        // The same code without markup, for the configuration analyzer (which reports nothing in source).
        private static readonly string Plain = Snippets.InMethod("        return new QuickModeProposal { EspIntegrity = Integrity.Sha1, Encryption = Encryption.Aes256 };");

        [Fact]
        public Task Unknown_pack_in_editorconfig_is_reported_once_without_location() =>
            Verifier.VerifyAsync(Plain, "bsii", new DiagnosticResult("IPSEC202", DiagnosticSeverity.Warning));

        [Fact]
        public Task Unknown_msbuild_property_is_reported()
        {
            var test = Verifier.CreateTest(Plain, null);
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", Verifier.GlobalConfig("build_property.IpsecSdkBaseline = fips")));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("IPSEC202", DiagnosticSeverity.Warning));
            return test.RunAsync();
        }

        [Theory]
        [InlineData("bsi")]
        [InlineData(" CNSA ")]
        [InlineData("Default")]
        public Task Known_packs_in_any_case_are_accepted(string pack) =>
            Verifier.VerifyAsync(Plain, pack);

        [Fact]
        public Task Unknown_pack_falls_back_to_default() =>
            ChoiceVerifier.VerifyAsync(Sha1, "strict", ChoiceVerifier.Diagnostic("IPSEC001", 0, DiagnosticSeverity.Warning));

        [Fact]
        public Task Msbuild_property_selects_the_pack()
        {
            var test = ChoiceVerifier.CreateTest(Sha1, null);
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", ChoiceVerifier.GlobalConfig("build_property.IpsecSdkBaseline = bsi")));
            test.ExpectedDiagnostics.Add(ChoiceVerifier.Diagnostic("IPSEC001", 0, DiagnosticSeverity.Error));
            return test.RunAsync();
        }

        [Fact]
        public Task Editorconfig_key_wins_over_the_msbuild_property()
        {
            var test = ChoiceVerifier.CreateTest(Sha1, null);
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", ChoiceVerifier.GlobalConfig("build_property.IpsecSdkBaseline = bsi")));
            test.TestState.AnalyzerConfigFiles.Add(("/0/.editorconfig", "root = true\n[*.cs]\nipsec_sdk.baseline = default\n"));
            test.ExpectedDiagnostics.Add(ChoiceVerifier.Diagnostic("IPSEC001", 0, DiagnosticSeverity.Warning));
            return test.RunAsync();
        }

        [Fact]
        public Task Severity_configuration_still_overrides_the_pack_verdict()
        {
            var test = ChoiceVerifier.CreateTest(Sha1, "bsi");
            test.TestState.AnalyzerConfigFiles.Add(("/0/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.IPSEC001.severity = suggestion\n"));
            test.ExpectedDiagnostics.Add(ChoiceVerifier.Diagnostic("IPSEC001", 0, DiagnosticSeverity.Info));
            return test.RunAsync();
        }
    }
}
