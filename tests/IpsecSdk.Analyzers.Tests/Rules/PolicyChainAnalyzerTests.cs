extern alias analyzers;

using System.Threading.Tasks;
using IpsecSdk.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verifier = IpsecSdk.Analyzers.Tests.Infrastructure.AnalyzerVerifier<analyzers::IpsecSdk.Analyzers.Rules.PolicyChainAnalyzer>;

namespace IpsecSdk.Analyzers.Tests.Rules
{
    public sealed class PolicyChainAnalyzerTests
    {
        private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
        private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;
        private const DiagnosticSeverity Info = DiagnosticSeverity.Info;

        private static string Policy(string chain) => Snippets.InMethod("        return IpsecPolicy.Create(\"g\")" + chain + ";");

        // Request mode nobody declared is a warning at least, so a command-line build and -warnaserror show it; a declared
        // boundary zone keeps the remark M 5.90 gives request mode where it is the design.
        [Theory]
        [InlineData("default", "Normal", "RequestInboundAndOutbound", Warning)]
        [InlineData("bsi", "Normal", "RequestInboundAndOutbound", Warning)]
        [InlineData("bsi", "High", "RequestInboundAndOutbound", Warning)]
        [InlineData("nist", "High", "RequestInboundAndOutbound", Warning)]
        [InlineData("cnsa", "Normal", "RequestInboundAndOutbound", Error)]
        [InlineData("default", "VeryHigh", "RequestInboundAndOutbound", Error)]
        [InlineData("default", "Normal", "AsBoundaryZone", Info)]
        [InlineData("bsi", "Normal", "AsBoundaryZone", Info)]
        [InlineData("bsi", "High", "AsBoundaryZone", Warning)]
        [InlineData("nist", "High", "AsBoundaryZone", Info)]
        [InlineData("cnsa", "Normal", "AsBoundaryZone", Error)]
        [InlineData("default", "VeryHigh", "AsBoundaryZone", Error)]
        public Task Request_mode_is_judged_by_the_policy_protection_requirement_and_a_declared_boundary_zone(string pack, string requirement, string call, DiagnosticSeverity severity) =>
            Verifier.VerifyAsync(Policy(".WithProtectionRequirement(ProtectionRequirement." + requirement + ").AddRule(\"r\", r => r.AuthenticateWithCertificate(\"CN=ca\").{|#0:" + call + "|}())"), pack,
                Verifier.Diagnostic("IPSEC007", 0, severity));

        [Fact]
        public Task A_record_declared_a_boundary_zone_is_a_remark_and_an_unseen_zone_reports_nothing() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        var declared = new ConnectionSecurityRule { Id = "a", Zone = IsolationZone.Boundary, InboundSecurity = {|#0:SecurityAction.Request|} };
                        var undeclared = new ConnectionSecurityRule { Id = "b", OutboundSecurity = {|#1:SecurityAction.Request|} };
                        var unseen = new ConnectionSecurityRule { Id = "c", Zone = flag ? IsolationZone.Boundary : (IsolationZone)System.Environment.TickCount, InboundSecurity = SecurityAction.Request };
                        return new[] { declared, undeclared, unseen };
                """), "default", Verifier.Diagnostic("IPSEC007", 0, Info), Verifier.Diagnostic("IPSEC007", 1, Warning));

        [Fact]
        public Task Rule_requirement_raises_the_policy_one_and_WithSecurity_is_reported_at_the_value() =>
            Verifier.VerifyAsync(Policy(".AddRule(\"r\", r => r.AuthenticateWithCertificate(\"CN=ca\").WithProtectionRequirement(ProtectionRequirement.High).WithSecurity(SecurityAction.Require, {|#0:SecurityAction.Request|}).{|#1:RequireInboundRequestOutbound|}())"), "bsi",
                Verifier.Diagnostic("IPSEC007", 0, Warning), Verifier.Diagnostic("IPSEC007", 1, Warning));

        [Fact]
        public Task Unknown_requirement_keeps_request_mode_silent() =>
            Verifier.VerifyAsync(Snippets.InMethod("        var level = flag ? ProtectionRequirement.High : ProtectionRequirement.Normal; level = ProtectionRequirement.VeryHigh;\n        return IpsecPolicy.Create(\"g\").WithProtectionRequirement(level).AddRule(\"r\", r => r.AuthenticateWithCertificate(\"CN=ca\").RequestInboundAndOutbound());"), "bsi");

        [Fact]
        public Task Request_in_a_rule_record_uses_the_records_requirement() =>
            Verifier.VerifyAsync(Snippets.InMethod("        return new ConnectionSecurityRule { InboundSecurity = {|#0:SecurityAction.Request|}, ProtectionRequirement = ProtectionRequirement.High };"), "bsi",
                Verifier.Diagnostic("IPSEC007", 0, Warning));

        [Theory]
        [InlineData("bsi", "High", Warning)]
        [InlineData("default", "High", Info)]
        [InlineData("default", "VeryHigh", Error)]
        public Task Master_key_pfs_off_on_high_protection(string pack, string requirement, DiagnosticSeverity severity) =>
            Verifier.VerifyAsync(Policy(".WithProtectionRequirement(ProtectionRequirement." + requirement + ").AddRule(\"r\", r => r.AuthenticateWithCertificate(\"CN=ca\").UseMainMode(m => m.WithMaxSessions({|#0:0|})))"), pack,
                Verifier.Diagnostic("IPSEC010", 0, severity));

        [Fact]
        public Task Master_key_pfs_off_on_normal_protection_is_fine() =>
            Verifier.VerifyAsync(Policy(".AddRule(\"r\", r => r.AuthenticateWithCertificate(\"CN=ca\").UseMainMode(m => m.WithMaxSessions(0)))"), "bsi");

        [Theory]
        [InlineData("\"Internet\"", "default", Warning)]
        [InlineData("\"203.0.113.7\"", "default", Warning)]
        [InlineData("\"2001:db8::/32\"", "cnsa", Error)]
        public Task Kerberos_towards_the_internet_or_public_addresses(string address, string pack, DiagnosticSeverity severity) =>
            Verifier.VerifyAsync(Policy(".AddRule(\"r\", r => r.{|#0:AuthenticateWithKerberos|}().WithRemoteAddresses(" + address + "))"), pack, Verifier.Diagnostic("IPSEC008", 0, severity));

        [Fact]
        public Task Kerberos_in_a_tunnel_is_judged_by_the_remote_tunnel_endpoints() =>
            Verifier.VerifyAsync(Policy(".AddRule(\"t\", r => r.{|#0:AuthenticateWithKerberos|}().Tunnel(\"10.0.0.1\", \"198.51.100.7\").WithRemoteAddresses(\"10.1.0.0/16\")).AddRule(\"u\", r => r.AuthenticateWithKerberos().Tunnel(\"10.0.0.1\", \"10.9.9.9\").WithRemoteAddresses(\"Internet\"))"), null,
                Verifier.Diagnostic("IPSEC008", 0, Warning));

        [Fact]
        public Task Kerberos_towards_private_addresses_is_fine() =>
            Verifier.VerifyAsync(Policy(".AddRule(\"r\", r => r.AuthenticateWithKerberos().WithRemoteAddresses(\"10.0.0.0/8\", \"LocalSubnet\", \"fd00::1\"))"), "cnsa");

        [Theory]
        [InlineData("default", Warning)]
        [InlineData("cnsa", Error)]
        public Task Certificates_with_crl_checking_off_in_the_same_policy(string pack, DiagnosticSeverity severity) =>
            Verifier.VerifyAsync(Policy(".AddRule(\"r\", r => r.AuthenticateWithCertificate(\"CN=ca\")).WithSettings(s => s with { CertValidationLevel = {|#0:CertValidationLevel.None|} })"), pack,
                Verifier.Diagnostic("IPSEC011", 0, severity));

        [Fact]
        public Task Crl_checking_off_without_certificates_is_not_this_chains_problem() =>
            Verifier.VerifyAsync(Policy(".AddRule(\"r\", r => r.AuthenticateWithKerberos()).WithSettings(s => s with { CertValidationLevel = CertValidationLevel.None })"), "default");

        [Theory]
        [InlineData("default", Info)]
        [InlineData("bsi", Warning)]
        public Task Kerberos_with_NoDefaultExempt_false(string pack, DiagnosticSeverity severity) =>
            Verifier.VerifyAsync(Policy(".AddRule(\"r\", r => r.AuthenticateWithKerberos()).WithSettings(s => s with { NoDefaultExempt = {|#0:false|} })"), pack,
                Verifier.Diagnostic("IPSEC016", 0, severity));

        [Fact]
        public Task NoDefaultExempt_false_without_kerberos_is_fine() =>
            Verifier.VerifyAsync(Policy(".AddRule(\"r\", r => r.AuthenticateWithCertificate(\"CN=ca\")).WithSettings(s => s with { NoDefaultExempt = false })"), "bsi");

        [Fact]
        public Task Anonymous_as_the_only_method_is_an_error_anonymous_beside_certificates_is_not() =>
            Verifier.VerifyAsync(Policy(".AddRule(\"a\", r => r.{|#0:AllowAnonymous|}()).AddRule(\"b\", r => r.AuthenticateWithCertificate(\"CN=ca\").AllowAnonymous())"), null,
                Verifier.Diagnostic("IPSEC014", 0, Error));

        [Fact]
        public Task Exemptions_need_no_authentication() =>
            Verifier.VerifyAsync(Policy(".AddRule(\"dns\", r => r.DoNotSecure().AllowAnonymous().WithRemoteAddresses(\"Internet\").AuthenticateWithKerberos())"), null);

        [Fact]
        public Task Ports_without_tcp_or_udp() =>
            Verifier.VerifyAsync(Policy(".AddRule(\"a\", r => r.AuthenticateWithCertificate(\"CN=ca\").{|#0:WithLocalPorts|}(443)).AddRule(\"b\", r => r.AuthenticateWithCertificate(\"CN=ca\").WithProtocol(1).{|#1:WithRemotePorts|}(\"80\")).AddRule(\"c\", r => r.AuthenticateWithCertificate(\"CN=ca\").Tcp().WithLocalPorts(443))"), null,
                Verifier.Diagnostic("IPSEC108", 0, Error), Verifier.Diagnostic("IPSEC108", 1, Error));

        [Fact]
        public Task Tunnel_with_protocol_or_request_mode() =>
            Verifier.VerifyAsync(Policy(".AddRule(\"t\", r => r.AuthenticateWithCertificate(\"CN=ca\").{|#0:Tunnel|}(\"192.0.2.1\", \"192.0.2.2\").Udp()).AddRule(\"u\", r => r.AuthenticateWithCertificate(\"CN=ca\").Tunnel(\"192.0.2.1\", \"192.0.2.2\"))"), null,
                Verifier.Diagnostic("IPSEC109", 0, Error));

        [Fact]
        public Task IkeV2_alone_with_kerberos_psk_or_ntlm() =>
            Verifier.VerifyAsync(Policy(".AddRule(\"a\", r => r.AuthenticateWithKerberos().UseKeyModule({|#0:KeyModule.IkeV2|})).AddRule(\"b\", r => r.AuthenticateWithCertificate(\"CN=ca\").UseKeyModule(KeyModule.IkeV2)).AddRule(\"c\", r => r.AuthenticateWithNtlm().UseKeyModule(KeyModule.IkeV2 | KeyModule.AuthIP))"), null,
                Verifier.Diagnostic("IPSEC110", 0, Error));

        [Fact]
        public Task Phase2_authentication_needs_AuthIP() =>
            Verifier.VerifyAsync(Policy(".AddRule(\"a\", r => r.AuthenticateWithCertificate(\"CN=ca\").AuthenticateUserWithCertificate(\"CN=ca\").UseKeyModule({|#0:KeyModule.IkeV1|})).AddRule(\"b\", r => r.AuthenticateWithCertificate(\"CN=ca\").AuthenticateUserWithKerberos().UseKeyModule(KeyModule.AuthIP)).AddRule(\"c\", r => r.AuthenticateWithCertificate(\"CN=ca\").AuthenticateUserWithNtlm().UseKeyModule(KeyModule.Default))"), null,
                Verifier.Diagnostic("IPSEC111", 0, Error));

        [Fact]
        public Task Psk_and_ntlm_in_one_chain_is_reported_at_the_second() =>
            Verifier.VerifyAsync(Policy(".AddRule(\"a\", r => r.AuthenticateWithPresharedKey(\"k\").{|#0:AuthenticateWithNtlm|}())"), null,
                Verifier.Diagnostic("IPSEC112", 0, Error));

        [Fact]
        public Task Rule_lambdas_with_statement_bodies_are_read_too() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        return IpsecPolicy.Create("g").AddRule("r", r =>
                        {
                            r.AuthenticateWithPresharedKey("k");
                            r.{|#0:AuthenticateWithNtlm|}();
                        });
                """), null, Verifier.Diagnostic("IPSEC112", 0, Error));

        [Fact]
        public Task A_fully_visible_rule_without_authentication_is_reported_at_AddRule() =>
            Verifier.VerifyAsync(Policy(".{|#0:AddRule|}(\"r\", r => r.Tcp().WithLocalPorts(443)).AddRule(\"dns\", r => r.DoNotSecure().Udp().WithRemotePorts(53))"), "nist",
                Verifier.Diagnostic("IPSEC014", 0, Error));

        [Fact]
        public Task A_rule_builder_handed_to_other_code_may_be_authenticated_there() =>
            Verifier.VerifyAsync(Snippets.InMethod("""
                        return IpsecPolicy.Create("g").AddRule("r", r => Authenticate(r.Tcp())).AddRule("s", r => { r.Tcp(); Authenticate(r); });
                    }

                    static ConnectionSecurityRuleBuilder Authenticate(ConnectionSecurityRuleBuilder r) => r.AuthenticateWithCertificate("CN=ca");
                    void Unused()
                    {
                """), null);

        [Fact]
        public Task Port_ranges_only_on_exemptions() =>
            Verifier.VerifyAsync(Policy(".AddRule(\"r\", r => r.AuthenticateWithCertificate(\"CN=ca\").Tcp().WithLocalPorts({|#0:\"5000-5010\"|}, \"443\")).AddRule(\"x\", r => r.DoNotSecure().Tcp().WithLocalPorts(\"5000-5010\"))"), null,
                Verifier.Diagnostic("IPSEC114", 0, Error));
    }
}
