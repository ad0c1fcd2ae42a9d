using IpsecSdk.Building;

namespace IpsecSdk.Tests.Support
{
    /// <summary>Hand-written policies that together use every feature the exporters write.</summary>
    public static class SamplePolicies
    {
        public const string PresharedKey = "Pr3-shared 'key' $(calc)";

        /// <summary>Every authentication method, a tunnel, an exemption, ports, shared sets and full settings.</summary>
        public static IpsecPolicy KitchenSink()
        {
            var sharedQuickMode = new QuickModeCryptoSet
            {
                Id = "shared.qmcrypto",
                DisplayName = "Shared quick mode",
                Description = "AES-GCM first, AES-CBC fallback",
                Proposals = ValueList.Of(
                    QuickModeProposal.Strongest,
                    new QuickModeProposal(Integrity.Sha256, Encryption.Aes256) { LifetimeMinutes = 30, LifetimeKilobytes = 50_000 }),
                PfsGroup = PfsGroup.SameAsMainMode,
            };

            return IpsecPolicy.Create("Contoso.ServerIsolation")
                .WithProtectionRequirement(ProtectionRequirement.High)
                .AddRule("cert-ikev2", r => r
                    .WithDisplayName("Servers: certificate, IKEv2")
                    .WithDescription("Require IPsec between the servers")
                    .ForProfiles(FirewallProfiles.Domain | FirewallProfiles.Private)
                    .WithLocalAddresses("10.0.0.0/24", "2001:db8::/64")
                    .WithRemoteAddresses("10.0.1.1-10.0.1.9", "LocalSubnet")
                    .Tcp().WithLocalPorts(443, 8443).WithRemotePorts("1024")
                    .UseMainMode(m => m.AddProposal(Encryption.Aes256, Integrity.Sha384, DiffieHellmanGroup.Dh20)
                        .AddProposal(Encryption.Aes128, Integrity.Sha256, DiffieHellmanGroup.Dh20).WithLifetime(240))
                    .UseQuickMode(sharedQuickMode)
                    .AuthenticateWithCertificate("CN=Contoso Root CA, O=Contoso", c => c
                        .WithSigning(CertificateSigning.Ecdsa384)
                        .MapToAccount()
                        .ExcludeAuthorityName()
                        .WithCriteria(k => k with
                        {
                            SubjectName = "server.contoso.com",
                            SubjectNameType = CertificateNameType.DomainName,
                            ExtendedKeyUsages = ValueList.Of("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"),
                            Validation = false,
                        })))
                .AddRule("kerberos-authip", r => r
                    .WithDisplayName("Clients: Kerberos with user authentication")
                    .RequireInboundRequestOutbound()
                    .UseKeyModule(KeyModule.AuthIP)
                    .OnInterfaceTypes(InterfaceTypes.Wired | InterfaceTypes.Wireless)
                    .WithRemoteAddresses("Intranet")
                    .AuthorizeMachines("D:(A;;CC;;;DC)")
                    .AuthorizeUsers("D:(A;;CC;;;DU)")
                    .UseQuickMode(sharedQuickMode)
                    .AuthenticateWithKerberos("kdcproxy.contoso.com")
                    .AuthenticateWithCertificate("CN=Contoso Issuing CA", c => c.IssuedByIntermediateCa().WithSigning(CertificateSigning.Rsa)
                        .WithCriteria(k => k with { Thumbprint = "0123456789abcdef0123456789abcdef01234567", FollowRenewal = true, Selection = false }))
                    .AllowAnonymous()
                    .AuthenticateUserWithKerberos()
                    .AuthenticateUserWithCertificate("CN=Contoso User CA")
                    .AuthenticateUserWithNtlm())
                .AddRule("health-authip", r => r
                    .UseKeyModule(KeyModule.AuthIP)
                    .AuthenticateWithKerberos()
                    .AuthenticateWithHealthCertificate("CN=Contoso Health CA"))
                .AddRule("psk-ikev1", r => r
                    .RequestInboundAndOutbound()
                    .UseKeyModule(KeyModule.IkeV1)
                    .Udp().WithRemotePorts(500)
                    .UseMainMode(m => m.AddProposal(Encryption.Aes256, Integrity.Sha256, DiffieHellmanGroup.Dh14).AllowSkippingDiffieHellman().WithMaxSessions(0))
                    .UseQuickMode(q => q.AddProposal(p => p.UseAhAndEsp().WithIntegrity(Integrity.Sha256).WithEncryption(Encryption.Aes128))
                        .AddProposal(p => p.UseAh().WithIntegrity(Integrity.Sha1))
                        .WithPfs(PfsGroup.Dh14))
                    .AuthenticateWithPresharedKey(PresharedKey))
                .AddRule("ntlm", r => r
                    .UseKeyModule(KeyModule.IkeV1 | KeyModule.AuthIP)
                    .WithProtocol(IpProtocols.IcmpV6)
                    .AuthenticateWithNtlm())
                .AddRule("tunnel", r => r
                    .Tunnel("192.0.2.1", "198.51.100.1")
                    .WithLocalAddresses("10.1.0.0/16")
                    .WithRemoteAddresses("10.2.0.0/16")
                    .Disabled()
                    .AuthenticateWithCertificate("CN=Contoso Root CA, O=Contoso"))
                .AddRule("dhcp-exempt", r => r
                    .WithDisplayName("No IPsec for DHCP")
                    .DoNotSecure()
                    .Udp().WithLocalPorts(68).WithRemotePorts(67))
                .WithSettings(s => s with
                {
                    Exemptions = IpsecExemptions.NeighborDiscovery | IpsecExemptions.Dhcp | IpsecExemptions.Icmp,
                    AllowIpsecThroughNat = IpsecThroughNat.Server,
                    MaxSaIdleTimeSeconds = 600,
                    RemoteMachineTunnelAuthorizationList = "D:(A;;CC;;;DC)",
                    RemoteUserTunnelAuthorizationList = "D:(A;;CC;;;DU)",
                    RemoteMachineTransportAuthorizationList = "D:(A;;CC;;;DC)",
                    RemoteUserTransportAuthorizationList = "D:(A;;CC;;;DU)",
                })
                .Build();
        }

        /// <summary>One certificate rule with the defaults.</summary>
        public static IpsecPolicy Minimal(string group = "Contoso.Minimal") =>
            IpsecPolicy.Create(group)
                .AddRule("servers", r => r.WithRemoteAddresses("10.0.0.0/8").AuthenticateWithCertificate("CN=Contoso Root CA"))
                .Build();
    }
}
