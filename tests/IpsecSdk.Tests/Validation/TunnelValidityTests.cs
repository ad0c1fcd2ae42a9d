using IpsecSdk.Catalogue;
using IpsecSdk.Validation;
using Xunit;
using static IpsecSdk.Tests.Validation.TestPolicies;

namespace IpsecSdk.Tests.Validation
{
    public class TunnelValidityTests
    {
        private static ConnectionSecurityRule Tunnel(string local = "192.0.2.1", params string[] remotes) =>
            CertificateRule() with { Mode = IpsecMode.Tunnel, LocalTunnelEndpoint = local, RemoteTunnelEndpoints = remotes.Length == 0 ? new[] { "198.51.100.1" } : remotes };

        [Fact]
        public void A_tunnel_with_both_endpoints_is_valid()
        {
            Assert.Empty(PolicyValidator.Validate(Policy(Tunnel())));
        }

        [Fact]
        public void IPSEC109_missing_local_endpoint()
        {
            AssertOnly(PolicyValidator.Validate(Policy(Tunnel() with { LocalTunnelEndpoint = null })), RuleIds.InvalidTunnel, "rules[0].localTunnelEndpoint", "needs both a local and a remote tunnel endpoint");
        }

        [Fact]
        public void IPSEC109_missing_remote_endpoints()
        {
            AssertOnly(PolicyValidator.Validate(Policy(Tunnel() with { RemoteTunnelEndpoints = ValueList<string>.Empty })), RuleIds.InvalidTunnel, "rules[0].remoteTunnelEndpoints", "at least one remote tunnel endpoint");
        }

        [Fact]
        public void IPSEC109_endpoints_of_different_ip_versions()
        {
            AssertOnly(PolicyValidator.Validate(Policy(Tunnel("192.0.2.1", "2001:db8::1"))), RuleIds.InvalidTunnel, "rules[0].remoteTunnelEndpoints[0]", "IPv6", "IPv4", "one IP version");
        }

        [Fact]
        public void IPSEC109_loopback_endpoint()
        {
            AssertOnly(PolicyValidator.Validate(Policy(Tunnel("127.0.0.1"))), RuleIds.InvalidTunnel, "rules[0].localTunnelEndpoint", "loopback");
        }

        [Fact]
        public void IPSEC109_protocol_and_ports_on_a_tunnel()
        {
            var findings = PolicyValidator.Validate(Policy(Tunnel() with { Protocol = IpProtocols.Tcp, LocalPorts = new[] { "443" } }));

            AssertFinding(findings, RuleIds.InvalidTunnel, "rules[0].protocol", "must be null");
            AssertFinding(findings, RuleIds.InvalidTunnel, "rules[0].localPorts", "must not restrict ports");
            Assert.Equal(2, findings.Count);
        }

        [Fact]
        public void IPSEC109_tunnel_not_require_both_ways()
        {
            AssertOnly(PolicyValidator.Validate(Policy(Tunnel() with { OutboundSecurity = SecurityAction.Request })), RuleIds.InvalidTunnel, "rules[0].outboundSecurity", "require IPsec both ways", "Request");
        }

        [Fact]
        public void IPSEC109_sddl_on_a_tunnel()
        {
            AssertOnly(PolicyValidator.Validate(Policy(Tunnel() with { AuthorizedMachinesSddl = "D:(A;;CC;;;S-1-5-21-1)" })), RuleIds.InvalidTunnel, "rules[0].authorizedMachinesSddl", "null on tunnel rules");
        }

        [Fact]
        public void IPSEC109_tunnel_endpoints_on_a_transport_rule()
        {
            AssertOnly(ValidateRule(r => r with { LocalTunnelEndpoint = "192.0.2.1" }), RuleIds.InvalidTunnel, "rules[0].localTunnelEndpoint", "transport mode");
        }

        [Fact]
        public void IPSEC114_tunnel_endpoint_that_is_not_an_address()
        {
            AssertOnly(PolicyValidator.Validate(Policy(Tunnel("10.0.0.0/8"))), RuleIds.InvalidAddressOrPort, "rules[0].localTunnelEndpoint", "single IPv4 or IPv6 address");
        }
    }
}
