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
        public Task Name_and_id_lengths_by_what_they_name() =>
            Verifier.VerifyAsync(Snippets.InMethod($$"""
                        var mm = new MainModeCryptoSet { Id = {|#0:"{{new string('m', 255)}}"|}, DisplayName = "main mode" };
                        var qm = new QuickModeCryptoSet { Id = "{{new string('q', 255)}}", DisplayName = {|#1:" "|}, Description = "" };
                        var rule = new ConnectionSecurityRule { Id = "web", DisplayName = "web", Description = {|#2:"a|b"|} };
                        var help = IpsecSdk.Catalogue.RuleCatalogue.HelpUri("");
                        return IpsecPolicy.Create("g").AddRule({|#3:"{{new string('r', 250)}}"|}, r => r.AuthenticateWithCertificate("CN=ca"));
                """), null,
                Verifier.Diagnostic("IPSEC113", 0, Error).WithMessage("The name or ID '" + new string('m', 40) + "…' is invalid: it has 255 characters; at most 254 are allowed."),
                Verifier.Diagnostic("IPSEC113", 1, Error).WithMessage("The name or ID ' ' is invalid: it must be 1..9999 characters and not blank."),
                Verifier.Diagnostic("IPSEC113", 2, Error),
                Verifier.Diagnostic("IPSEC113", 3, Error).WithMessage("The name or ID '" + new string('r', 40) + "…' is invalid: the rule's main-mode set ID derived from it ('" + new string('r', 40) + "…') has 259 characters; at most 254 are allowed."));

        [Fact]
        public Task Invalid_authorization_lists() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        var settings = new GlobalIpsecSettings { RemoteUserTransportAuthorizationList = {|#0:"garbage"|}, RemoteMachineTunnelAuthorizationList = "D:(A;;CC;;;DC)" };
                        var rule = new ConnectionSecurityRule { Id = "r", DisplayName = "r", AuthorizedMachinesSddl = {|#1:"O:LS"|}, AuthorizedUsersSddl = "D:(A;;CC;;;DU)" };
                        return IpsecPolicy.Create("g").AddRule("r", r => r.AuthenticateWithCertificate("CN=ca").AuthorizeMachines({|#2:"Domain Computers"|}).AuthorizeUsers("O:LSD:(A;;CC;;;DU)"));
                """), null,
                Verifier.Diagnostic("IPSEC115", 0, Error).WithMessage("The authorization list 'garbage' is invalid: 'garbage' at position 0 does not start a component (O:, G:, D: or S:)."),
                Verifier.Diagnostic("IPSEC115", 1, Error),
                Verifier.Diagnostic("IPSEC115", 2, Error));

        [Fact]
        public Task Ca_names_that_are_not_x500_names() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        var proposal = new AuthenticationProposal { Method = AuthenticationMethod.MachineCertificate, CertificateAuthority = {|#0:"Contoso Root CA"|} };
                        var kerberos = new AuthenticationProposal { Method = AuthenticationMethod.MachineKerberos, KerberosProxy = "kdcproxy.contoso.com" };
                        var p1 = IpsecPolicy.Create("g").AddRule("k", r => r.UseKeyModule(KeyModule.AuthIP).AuthenticateWithKerberos({|#2:"https://kdc"|}));
                        return IpsecPolicy.Create("g").AddRule("r", r => r.AuthenticateWithCertificate({|#1:"CN=A|CN=B"|}).AuthenticateUserWithCertificate("DC=com, DC=contoso, CN=Users CA"));
                """), null,
                Verifier.Diagnostic("IPSEC113", 0, Error).WithMessage("The CA name 'Contoso Root CA' is not an X.500 name Windows accepts: 'Contoso' at position 0 is not an attribute type; write type=value parts such as 'CN=Contoso Root CA, DC=contoso, DC=com'."),
                Verifier.Diagnostic("IPSEC113", 1, Error),
                Verifier.Diagnostic("IPSEC113", 2, Error).WithMessage("The Kerberos proxy 'https://kdc' is not the proxy's FQDN: ':' at position 5 is not a letter, digit, '-' or '.'; write the proxy's FQDN, e.g. 'kdcproxy.contoso.com'."));

        [Fact]
        public Task Missing_parts_and_inverted_security_pairs() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        var a = IpsecPolicy.Create("g").AddRule("a", r => r.UseKeyModule(KeyModule.IkeV1).AuthenticateWithPresharedKey({|#0:""|}));
                        var b = IpsecPolicy.Create("g").AddRule("b", r => r.AuthenticateWithCertificate({|#1:" "|}));
                        var c = IpsecPolicy.Create("g").AddRule("c", r => {|#2:r.WithSecurity(SecurityAction.Request, SecurityAction.Require)|}.AuthenticateWithCertificate("CN=ca"));
                        return IpsecPolicy.Create("g").AddRule("d", r => r.WithSecurity(SecurityAction.Require, SecurityAction.Request).AuthenticateWithCertificate("CN=ca"));
                """), null,
                Verifier.Diagnostic("IPSEC116", 0, Error), Verifier.Diagnostic("IPSEC116", 1, Error),
                Verifier.Diagnostic("IPSEC118", 2, Error).WithMessage("Inbound Request with outbound Require is not a combination Windows accepts; outbound may never demand more than inbound."));

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

        [Fact]
        public Task Tunnel_endpoints_the_validator_rejects() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        const string Loopback = "::1";
                        var local = flag ? "192.0.2.1" : {|#0:""|};
                        return IpsecPolicy.Create("g")
                            .AddRule("a", r => r.AuthenticateWithCertificate("CN=ca").Tunnel(local, "198.51.100.7"))
                            .AddRule("b", r => r.AuthenticateWithCertificate("CN=ca").Tunnel("192.0.2.1", {|#1:Loopback|}, {|#2:"2001:db8::7"|}))
                            .AddRule("c", r => r.AuthenticateWithCertificate("CN=ca").{|#3:Tunnel|}("192.0.2.1"))
                            .AddRule("d", r => r.AuthenticateWithCertificate("CN=ca").Tunnel({|#4:"10.1"|}, new[] { {|#5:"224.0.0.9"|} }))
                            .AddRule("e", r => r.AuthenticateWithCertificate("CN=ca").Tunnel("Any", "2001:db8::7", "any"))
                            .AddRule("f", r => r.AuthenticateWithCertificate("CN=ca").Tunnel("2001:db8::1", "2001:db8::7", "2001:db8::8"));
                """), null,
                Verifier.Diagnostic("IPSEC109", 0, Error).WithMessage("The local tunnel endpoint '' is invalid: a tunnel rule needs both a local and a remote tunnel endpoint (an IPv4 or IPv6 address)."),
                Verifier.Diagnostic("IPSEC109", 1, Error),
                Verifier.Diagnostic("IPSEC109", 2, Error).WithMessage("The remote tunnel endpoint '2001:db8::7' is IPv6 but the local tunnel endpoint is IPv4; both tunnel endpoints must be of one IP version."),
                Verifier.Diagnostic("IPSEC109", 3, Error).WithMessage("The tunnel rule lists no remote tunnel endpoint: a tunnel rule needs at least one remote tunnel endpoint."),
                Verifier.Diagnostic("IPSEC114", 4, Error),
                Verifier.Diagnostic("IPSEC109", 5, Error));

        [Fact]
        public Task What_a_rule_record_writes_next_to_tunnel_mode() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        var a = new ConnectionSecurityRule { Mode = IpsecMode.Tunnel, LocalTunnelEndpoint = "192.0.2.1", RemoteTunnelEndpoints = new[] { {|#0:"2001:db8::7"|} } };
                        var b = new ConnectionSecurityRule { Mode = IpsecMode.Tunnel, LocalTunnelEndpoint = {|#1:"127.0.0.1"|}, RemoteTunnelEndpoints = ValueList.Of("198.51.100.7") };
                        var c = new ConnectionSecurityRule { Mode = IpsecMode.Tunnel, LocalTunnelEndpoint = "192.0.2.1", RemoteTunnelEndpoints = {|#2:new string[] { }|} };
                        var d = new ConnectionSecurityRule { Mode = IpsecMode.Tunnel, LocalTunnelEndpoint = "192.0.2.1", RemoteTunnelEndpoints = new[] { "198.51.100.7" } };
                        var e = new ConnectionSecurityRule { Mode = IpsecMode.Tunnel, Protocol = {|#3:6|}, RemotePorts = {|#4:new[] { "443" }|}, OutboundSecurity = {|#5:SecurityAction.Request|}, AuthorizedUsersSddl = {|#6:"D:(A;;CC;;;S-1-5-21-1)"|} };
                        var f = new ConnectionSecurityRule { Mode = IpsecMode.Tunnel, Protocol = null, LocalPorts = ValueList<string>.Empty, InboundSecurity = SecurityAction.Require };
                        return new[] { a, b, c, d, e, f };
                """), null,
                Verifier.Diagnostic("IPSEC109", 0, Error), Verifier.Diagnostic("IPSEC109", 1, Error), Verifier.Diagnostic("IPSEC109", 2, Error),
                Verifier.Diagnostic("IPSEC109", 3, Error).WithMessage("The tunnel rule has protocol 6: a tunnel rule carries every protocol, so the protocol must be null (any)."),
                Verifier.Diagnostic("IPSEC109", 4, Error), Verifier.Diagnostic("IPSEC109", 5, Error), Verifier.Diagnostic("IPSEC109", 6, Error));

        [Fact]
        public Task Tunnel_endpoints_the_compiler_cannot_see_or_that_a_later_with_may_set_stay_silent() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        string[] remotes = System.Environment.GetCommandLineArgs();
                        var local = System.Environment.MachineName;
                        var template = new ConnectionSecurityRule { Mode = IpsecMode.Tunnel };
                        var transport = new ConnectionSecurityRule { LocalTunnelEndpoint = "127.0.0.1", Protocol = 6 };
                        return IpsecPolicy.Create("g")
                            .AddRule("a", r => r.AuthenticateWithCertificate("CN=ca").Tunnel("192.0.2.1", remotes))
                            .AddRule("b", r => r.AuthenticateWithCertificate("CN=ca").Tunnel(local, "2001:db8::7"));
                """), null);
    }
}
