using IpsecSdk;

namespace ApplyToHost
{
    /// <summary>A realistic server-isolation policy: certificate-authenticated HTTPS, Kerberos admin access, a DHCP exemption.</summary>
    internal static class SamplePolicy
    {
        public const string Group = "Contoso.ServerIsolation";

        public static IpsecPolicy Build() =>
            IpsecPolicy.Create(Group)
                .WithProtectionRequirement(ProtectionRequirement.High)
                .AddRule("web-https", r => r
                    .WithDisplayName("Web farm HTTPS")
                    .RequireInboundAndOutbound()
                    .WithRemoteAddresses("10.1.0.0/16")
                    .Tcp().WithLocalPorts(443)
                    .AuthenticateWithCertificate("DC=com, DC=contoso, CN=Contoso Root CA", c => c.WithSigning(CertificateSigning.Ecdsa384)))
                .AddRule("admin", r => r
                    .WithDisplayName("Admin workstations")
                    .RequireInboundRequestOutbound()
                    .ForProfiles(FirewallProfiles.Domain)
                    .WithRemoteAddresses("10.9.0.0/24")
                    .AuthenticateWithKerberos()
                    .AuthenticateUserWithKerberos())
                .AddRule("dhcp-exempt", r => r
                    .WithDisplayName("DHCP servers (exempt)")
                    .DoNotSecure()
                    .WithRemoteAddresses("10.0.0.2", "10.0.0.3"))
                .Build();
    }
}
