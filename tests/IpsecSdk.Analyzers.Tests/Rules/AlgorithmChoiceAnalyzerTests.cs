using System.Threading.Tasks;
using IpsecSdk.Analyzers.Rules;
using IpsecSdk.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Verifier = IpsecSdk.Analyzers.Tests.Infrastructure.AnalyzerVerifier<IpsecSdk.Analyzers.Rules.AlgorithmChoiceAnalyzer>;

namespace IpsecSdk.Analyzers.Tests.Rules
{
    public sealed class AlgorithmChoiceAnalyzerTests
    {
        [Fact]
        public Task Sha1_in_AddEspProposal_is_a_warning_under_default()
        {
            var source = Snippets.InMethod("""
                return IpsecPolicy.Create("g").AddRule("r", r => r.AuthenticateWithCertificate("CN=ca")
                    .UseQuickMode(q => q.AddEspProposal({|#0:Integrity.Sha1|}, Encryption.Aes256)));
                """);
            return Verifier.VerifyAsync(source, null, Verifier.Diagnostic("IPSEC001", 0, DiagnosticSeverity.Warning));
        }
    }
}
