using System.Threading.Tasks;
using IpsecSdk.Catalogue;
using IpsecSdk.CodeFixes;
using Microsoft.CodeAnalysis;
using Xunit;
using static IpsecSdk.Analyzers.Tests.CodeFixes.FixVerifier;

namespace IpsecSdk.Analyzers.Tests.CodeFixes
{
    public class RecommendedValueCodeFixTests
    {
        [Fact]
        public Task A_long_main_mode_lifetime_becomes_24_hours() =>
            VerifyAsync<RecommendedValueCodeFixProvider>(
                BaselinePack.Default,
                Policy("            .UseMainMode(m => m.WithLifetime({|#0:2000|}))"),
                Policy("            .UseMainMode(m => m.WithLifetime(1440))"),
                new[] { At(0, RuleIds.LongLifetime, DiagnosticSeverity.Warning) });

        [Fact]
        public Task A_quick_mode_lifetime_becomes_the_bsi_limit_of_4_hours() =>
            VerifyAsync<RecommendedValueCodeFixProvider>(
                BaselinePack.Bsi,
                Policy("            .UseQuickMode(q => q.AddProposal(p => p.WithLifetime({|#0:300|})))"),
                Policy("            .UseQuickMode(q => q.AddProposal(p => p.WithLifetime(240)))"),
                new[] { At(0, RuleIds.LongLifetime, DiagnosticSeverity.Warning) });

        [Fact]
        public Task A_lifetime_out_of_windows_range_becomes_the_pack_limit() =>
            VerifyAsync<RecommendedValueCodeFixProvider>(
                BaselinePack.Default,
                Policy("            .UseQuickMode(q => q.AddProposal(p => p.WithLifetime({|#0:3000|})))"),
                Policy("            .UseQuickMode(q => q.AddProposal(p => p.WithLifetime(480)))"),
                new[] { At(0, RuleIds.LifetimeOutOfRange, DiagnosticSeverity.Error) });

        [Fact]
        public Task A_high_protection_rule_gets_master_key_pfs() =>
            VerifyAsync<RecommendedValueCodeFixProvider>(
                BaselinePack.Bsi,
                Policy("            .WithProtectionRequirement(ProtectionRequirement.High)\n            .UseMainMode(m => m.WithMaxSessions({|#0:0|}))"),
                Policy("            .WithProtectionRequirement(ProtectionRequirement.High)\n            .UseMainMode(m => m.WithMaxSessions(1))"),
                new[] { At(0, RuleIds.MasterKeyPfsOff, DiagnosticSeverity.Warning) });

        [Fact]
        public Task Rsa_signing_becomes_ecdsa_384_under_cnsa() =>
            VerifyAsync<RecommendedValueCodeFixProvider>(
                BaselinePack.Cnsa,
                Policy("            .AuthenticateWithCertificate(\"CN=Partner CA\", c => c.WithSigning({|#0:CertificateSigning.Rsa|}))"),
                Policy("            .AuthenticateWithCertificate(\"CN=Partner CA\", c => c.WithSigning(CertificateSigning.Ecdsa384))"),
                new[] { At(0, RuleIds.WeakCertificateSigning, DiagnosticSeverity.Warning) });

        [Fact]
        public Task Crl_checking_off_becomes_required() =>
            VerifyAsync<RecommendedValueCodeFixProvider>(
                BaselinePack.Default,
                Settings("CertValidationLevel = {|#0:CertValidationLevel.None|}"),
                Settings("CertValidationLevel = CertValidationLevel.RequireCrlCheck"),
                new[] { At(0, RuleIds.NoRevocationCheck, DiagnosticSeverity.Warning) });

        [Fact]
        public Task Kerberos_exemption_is_turned_off() =>
            VerifyAsync<RecommendedValueCodeFixProvider>(
                BaselinePack.Bsi,
                Settings("NoDefaultExempt = {|#0:false|}", "AuthenticateWithKerberos()"),
                Settings("NoDefaultExempt = true", "AuthenticateWithKerberos()"),
                new[] { At(0, RuleIds.KerberosExempt, DiagnosticSeverity.Warning) });

        private static string Settings(string assignment, string authentication = "AuthenticateWithCertificate(\"CN=Contoso Root CA\")") => @"using IpsecSdk;
using IpsecSdk.Building;

class Sample
{
    IpsecPolicy Build() => IpsecPolicy.Create(""Contoso"")
        .WithSettings(s => s with { " + assignment + @" })
        .AddRule(""web"", r => r." + authentication + @")
        .Build();
}
";
    }
}
