extern alias analyzers;

using System.Threading.Tasks;
using IpsecSdk.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using Verifier = IpsecSdk.Analyzers.Tests.Infrastructure.AnalyzerVerifier<analyzers::IpsecSdk.Analyzers.Rules.LiteralAnalyzer>;

namespace IpsecSdk.Analyzers.Tests.Rules
{
    public sealed class LiteralAnalyzerTests
    {
        private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

        [Fact]
        public Task Invalid_names_and_ids() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        IpsecPolicy.Create({|#0:""|}).AddRule({|#1:"a|b"|}, r => r.AuthenticateWithCertificate("CN=ca")).AddRule({|#2:"ALL"|}, r => r.AuthenticateWithCertificate("CN=ca"));
                        return new ConnectionSecurityRule { Id = {|#3:" "|} };
                """), null, Verifier.Diagnostic("IPSEC113", 0, Error), Verifier.Diagnostic("IPSEC113", 1, Error), Verifier.Diagnostic("IPSEC113", 2, Error), Verifier.Diagnostic("IPSEC113", 3, Error));

        [Fact]
        public Task Valid_names_are_fine() =>
            Verifier.VerifyAsync(Snippets.InMethod("        return IpsecPolicy.Create(\"contoso-servers\").AddRule(\"web.https\", r => r.AuthenticateWithCertificate(\"CN=ca\"));"), null);

        [Fact]
        public Task Invalid_addresses_and_ports() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        return IpsecPolicy.Create("g").AddRule("r", r => r.AuthenticateWithCertificate("CN=ca").Tcp()
                            .WithRemoteAddresses({|#0:"10.0.0.300"|}, {|#1:"10.0.0.0/33"|}, {|#2:"10.0.0.9-10.0.0.1"|}, "10.0.0.0/255.255.255.0", "Internet", "fe80::/10")
                            .WithLocalAddresses({|#3:"Everywhere"|}, {|#4:"1.2.3"|})
                            .WithLocalPorts({|#5:70000|}, 443)
                            .WithRemotePorts({|#6:"80-"|}, "IPHTTPSOut", "8080"));
                """), null,
                Verifier.Diagnostic("IPSEC114", 0, Error), Verifier.Diagnostic("IPSEC114", 1, Error), Verifier.Diagnostic("IPSEC114", 2, Error),
                Verifier.Diagnostic("IPSEC114", 3, Error), Verifier.Diagnostic("IPSEC114", 4, Error), Verifier.Diagnostic("IPSEC114", 5, Error), Verifier.Diagnostic("IPSEC114", 6, Error));
    }
}
