using IpsecSdk;

namespace Quickstart;

/// <summary>
/// A realistic server-isolation policy for an application server: SQL Server and SMB only over IPsec,
/// authenticated with computer certificates from the company CA, plus a boundary rule for legacy hosts.
/// </summary>
internal static class ServerIsolationPolicy
{
    internal const string CompanyCa = "DC=com, DC=contoso, CN=Contoso Issuing CA 1";

    internal static IpsecPolicy Build() =>
        IpsecPolicy.Create("Contoso.AppServer.Isolation")
            .AddRule("contoso-sql", rule => rule
                .WithDisplayName("SQL Server (TCP 1433) requires IPsec")
                .WithDescription("Application servers reach the database only over authenticated, encrypted IPsec.")
                .Tcp().WithLocalPorts(1433)
                .WithRemoteAddresses("10.20.0.0/16")
                .WithProtectionRequirement(ProtectionRequirement.High)
                .RequireInboundAndOutbound()
                .AuthenticateWithCertificate(CompanyCa))
            .AddRule("contoso-smb", rule => rule
                .WithDisplayName("SMB (TCP 445) requires IPsec")
                .Tcp().WithLocalPorts(445)
                .WithRemoteAddresses("10.20.0.0/16")
                .WithProtectionRequirement(ProtectionRequirement.High)
                .AuthenticateWithCertificate(CompanyCa))
            .AddRule("contoso-legacy-boundary", rule => rule
                .WithDisplayName("Legacy monitoring hosts: IPsec when they can")
                .WithDescription("Boundary zone: the old monitoring appliances cannot do IPsec yet (migration ticket OPS-1234).")
                .WithRemoteAddresses("10.30.5.10-10.30.5.20")
                .AsBoundaryZone()                                  // request, declared: IPSEC007 stays a remark
                .AuthenticateWithCertificate(CompanyCa))
            .Build();
}
