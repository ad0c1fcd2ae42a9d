using IpsecSdk.Building;

namespace IpsecSdk.Tests.Windows
{
    /// <summary>Realistic policies for the Windows mapping, planner and applier tests.</summary>
    internal static class WindowsTestPolicies
    {
        public const string Group = "Contoso.ServerIsolation";

        /// <summary>Certificate/IKEv2 server rule, Kerberos + user Kerberos (AuthIP) rule, PSK rule to a legacy peer, a tunnel and an exemption.</summary>
        public static IpsecPolicy Realistic(string group = Group, bool withExemption = true)
        {
            var builder = IpsecPolicy.Create(group)
                .AddRule("web", r => r
                    .WithDisplayName("Web servers")
                    .WithDescription("HTTPS to the web farm")
                    .RequireInboundAndOutbound()
                    .WithRemoteAddresses("10.1.0.0/16", "fd00:1::/48")
                    .Tcp().WithLocalPorts(443)
                    .AuthenticateWithCertificate("DC=com, DC=contoso, CN=Contoso Root CA", c => c
                        .WithSigning(CertificateSigning.Ecdsa384)
                        .WithCriteria(k => k with { SubjectName = "web.contoso.com", SubjectNameType = CertificateNameType.DomainName, ExtendedKeyUsages = ValueList.Of("1.3.6.1.5.5.7.3.1") })))
                .AddRule("admin", r => r
                    .WithDisplayName("Admin workstations")
                    .RequireInboundRequestOutbound()
                    .ForProfiles(FirewallProfiles.Domain)
                    .WithRemoteAddresses("10.9.0.0/24")
                    .OnInterfaceTypes(InterfaceTypes.Wired)
                    .AuthenticateWithKerberos()
                    .AuthenticateUserWithKerberos()
                    .UseMainMode(m => m.AddProposal(Encryption.Aes256, Integrity.Sha256, DiffieHellmanGroup.Dh14).WithLifetime(240))
                    .UseQuickMode(q => q.AddEspProposal(Integrity.Sha256, Encryption.Aes256).WithPfs(PfsGroup.Dh14)))
                .AddRule("legacy", r => r
                    .WithDisplayName("Legacy scanner")
                    .RequestInboundAndOutbound()
                    .WithRemoteAddresses("192.0.2.10")
                    .Udp().WithRemotePorts(161)
                    .AuthenticateWithPresharedKey("correct horse battery staple"))
                .AddRule("site", r => r
                    .WithDisplayName("Branch tunnel")
                    .Tunnel("198.51.100.1", "203.0.113.1")
                    .WithLocalAddresses("10.0.0.0/16")
                    .WithRemoteAddresses("10.50.0.0/16")
                    .AuthenticateWithCertificate("DC=com, DC=contoso, CN=Contoso Root CA"));
            if (withExemption)
            {
                builder = builder.AddRule("dhcp-exempt", r => r.WithDisplayName("DHCP servers").DoNotSecure().WithRemoteAddresses("10.0.0.2", "10.0.0.3"));
            }

            return builder.WithSettings(s => s with { RemoteMachineTransportAuthorizationList = "O:LSD:(A;;CC;;;DC)" }).Build();
        }
    }
}
