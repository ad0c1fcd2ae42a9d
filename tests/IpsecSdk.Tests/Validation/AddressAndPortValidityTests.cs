using IpsecSdk.Catalogue;
using IpsecSdk.Validation;
using Xunit;
using static IpsecSdk.Tests.Validation.TestPolicies;

namespace IpsecSdk.Tests.Validation
{
    public class AddressAndPortValidityTests
    {
        [Theory]
        [InlineData("10.0.0.1")]
        [InlineData("fe80::1")]
        [InlineData("2001:db8::/32")]
        [InlineData("10.0.0.0/24")]
        [InlineData("10.0.0.0/255.255.255.0")]
        [InlineData("10.0.0.1-10.0.0.9")]
        [InlineData("fd00::1-fd00::ff")]
        [InlineData("LocalSubnet")]
        [InlineData("internet")]
        [InlineData("IntranetRemoteAccess")]
        [InlineData("Any")]
        public void Valid_address_literals(string address)
        {
            Assert.Empty(ValidateRule(r => r with { RemoteAddresses = new[] { address } }));
        }

        [Theory]
        [InlineData("10.0.0", "not an IPv4 or IPv6 address")]
        [InlineData("10.0.0.256", "not an IPv4 or IPv6 address")]
        [InlineData("0x0a.0.0.1", "not an IPv4 or IPv6 address")]
        [InlineData("fe80::1%3", "not an IPv4 or IPv6 address")]
        [InlineData("10.0.0.0/33", "prefix length 0..32")]
        [InlineData("10.0.0.0/255.0.255.0", "contiguous mask")]
        [InlineData("fd00::/129", "prefix length 0..128")]
        [InlineData("10.0.0.9-10.0.0.1", "starts after it ends")]
        [InlineData("10.0.0.1-fd00::1", "mixes IPv4 and IPv6")]
        [InlineData("10.0.0.1-", "both ends")]
        [InlineData("224.0.0.1", "multicast")]
        [InlineData("ff02::1", "multicast")]
        [InlineData("Everywhere", "keyword (Any, LocalSubnet")]
        public void IPSEC114_invalid_address_literals(string address, string problem)
        {
            var findings = ValidateRule(r => r with { LocalAddresses = new[] { "10.1.1.1", address } });

            AssertOnly(findings, RuleIds.InvalidAddressOrPort, "rules[0].localAddresses[1]", "'" + address + "'", problem);
        }

        [Fact]
        public void IPSEC114_any_only_alone()
        {
            AssertOnly(ValidateRule(r => r with { RemoteAddresses = new[] { "10.0.0.1", "Any" } }), RuleIds.InvalidAddressOrPort, "rules[0].remoteAddresses[1]", "'Any' may only stand alone");
        }

        [Fact]
        public void IPSEC114_null_address_from_json()
        {
            AssertOnly(ValidateRule(r => r with { RemoteAddresses = new string[] { null! } }), RuleIds.MissingPart, "rules[0].remoteAddresses[0]", "is null");
        }

        [Theory]
        [InlineData("443")]
        [InlineData("0")]
        [InlineData("65535")]
        [InlineData("RPC")]
        [InlineData("rpc-epmap")]
        [InlineData("IPHTTPSIn")]
        [InlineData("PlayToDiscovery")]
        public void Valid_local_ports(string port)
        {
            Assert.Empty(ValidateRule(r => r with { Protocol = IpProtocols.Tcp, LocalPorts = new[] { port } }));
        }

        [Theory]
        [InlineData("65536", "0..65535")]
        [InlineData("-1", "0..65535")]
        [InlineData("http", "RPC, RPC-EPMap")]
        [InlineData("IPHTTPSOut", "IPHTTPSIn")]
        public void IPSEC114_invalid_local_ports(string port, string allowed)
        {
            var findings = ValidateRule(r => r with { Protocol = IpProtocols.Udp, LocalPorts = new[] { port } });

            AssertOnly(findings, RuleIds.InvalidAddressOrPort, "rules[0].localPorts[0]", "'" + port + "'", allowed);
        }

        [Fact]
        public void IPSEC114_remote_port_keyword_of_the_local_side()
        {
            AssertOnly(ValidateRule(r => r with { Protocol = IpProtocols.Tcp, RemotePorts = new[] { "RPC" } }), RuleIds.InvalidAddressOrPort, "rules[0].remotePorts[0]", "IPHTTPSOut");
        }

        [Fact]
        public void IPSEC114_port_range_on_a_protected_rule()
        {
            var findings = ValidateRule(r => r with { Protocol = IpProtocols.Tcp, LocalPorts = new[] { "1000-2000" } });

            AssertOnly(findings, RuleIds.InvalidAddressOrPort, "rules[0].localPorts[0]", "'1000-2000'", "only when inbound and outbound security are both None");
        }

        [Fact]
        public void Port_ranges_are_valid_on_exemption_rules()
        {
            var rule = IpsecPolicy.Create("Test").AddRule("dns", r => r.DoNotSecure().Udp().WithRemotePorts("50-60")).Build().Rules[0];

            Assert.Empty(PolicyValidator.Validate(Policy(rule)));
        }

        [Fact]
        public void IPSEC114_reversed_port_range()
        {
            var findings = PolicyValidator.Validate(Policy(new ConnectionSecurityRule { Id = "x", DisplayName = "x", InboundSecurity = SecurityAction.None, OutboundSecurity = SecurityAction.None, Protocol = 6, LocalPorts = new[] { "2000-1000" } }));

            AssertOnly(findings, RuleIds.InvalidAddressOrPort, "rules[0].localPorts[0]", "starts after it ends");
        }

        [Theory]
        [InlineData(null)]
        [InlineData(IpProtocols.IcmpV4)]
        [InlineData(50)]
        public void IPSEC108_ports_without_tcp_or_udp(int? protocol)
        {
            var findings = ValidateRule(r => r with { Protocol = protocol, LocalPorts = new[] { "443" } });

            AssertOnly(findings, RuleIds.PortsWithoutTcpUdp, "rules[0].protocol", "only allowed with TCP (6) or UDP (17)");
        }

        [Theory]
        [InlineData(-1)]
        [InlineData(256)]
        public void IPSEC114_protocol_out_of_range(int protocol)
        {
            AssertOnly(ValidateRule(r => r with { Protocol = protocol }), RuleIds.InvalidAddressOrPort, "rules[0].protocol", protocol.ToString(System.Globalization.CultureInfo.InvariantCulture), "0..255");
        }

        [Theory]
        [InlineData(" 10.0.0.1 ", "rules[0].remoteAddresses[0]", "blank at position 0")]
        [InlineData("10.0.0.1 - 10.0.0.9", "rules[0].remoteAddresses[0]", "blank at position 8")]
        [InlineData("Any\t", "rules[0].remoteAddresses[0]", "blank at position 3")]
        public void Addresses_with_blanks_are_refused_so_every_writer_writes_the_same_text(string address, string path, string fragment)
        {
            // PowerShell would have received ' 10.0.0.1 ' verbatim while netsh trimmed it: one literal form for all.
            AssertOnly(ValidateRule(r => r with { RemoteAddresses = new[] { address } }), RuleIds.InvalidAddressOrPort, path, fragment);
        }

        [Fact]
        public void Ports_and_tunnel_endpoints_with_blanks_are_refused_too()
        {
            AssertOnly(ValidateRule(r => r with { Protocol = IpProtocols.Tcp, LocalPorts = new[] { "443 " } }), RuleIds.InvalidAddressOrPort, "rules[0].localPorts[0]", "blank at position 3");
            var built = IpsecPolicy.Create("g").AddRule("t", r => r.AuthenticateWithCertificate(Ca).Tunnel("192.0.2.1", "198.51.100.1")).Build();
            var tunnel = PolicyValidator.Validate(built with { Rules = ValueList.Of(built.Rules[0] with { LocalTunnelEndpoint = " 192.0.2.1" }) });
            AssertOnly(tunnel, RuleIds.InvalidAddressOrPort, "rules[0].localTunnelEndpoint", "blank at position 0");
        }
    }
}
