using IpsecSdk;
using IpsecSdk.Building;

namespace WeakPolicy;

/// <summary>
/// The validity rules (IPSEC1xx): policies Windows would reject. They are errors by default, whatever
/// the baseline; this sample's .editorconfig lowers them to warnings so the project still builds and
/// shows every rule. Calling these methods throws PolicyValidationException from Build().
/// </summary>
public static class ValidityRules
{
    // ---- IPSEC101: GCM encryption or GMAC integrity in main mode ----
    public static IpsecPolicy Ipsec101GcmInMainMode() => IpsecPolicy.Create("Sample.Ipsec101")
        .AddRule("gcm", r => r
            .UseMainMode(m => m.AddProposal(Encryption.AesGcm256, Integrity.AesGmac256, DiffieHellmanGroup.Dh20))
            .AuthenticateWithCertificate("CN=Sample Root CA"))
        .Build();

    // ---- IPSEC102: SHA-384 in quick mode ----
    public static IpsecPolicy Ipsec102Sha384InQuickMode() => IpsecPolicy.Create("Sample.Ipsec102")
        .AddRule("sha384", r => r
            .UseQuickMode(q => q.AddEspProposal(Integrity.Sha384, Encryption.Aes256))
            .AuthenticateWithCertificate("CN=Sample Root CA"))
        .Build();

    // ---- IPSEC103: AH and ESP with different integrity algorithms ----
    public static IpsecPolicy Ipsec103AhEspMismatch() => IpsecPolicy.Create("Sample.Ipsec103")
        .AddRule("mismatch", r => r
            .UseQuickMode(q => q.AddProposal(p => p.UseAhAndEsp().WithEncryption(Encryption.Aes256).WithEspIntegrity(Integrity.Sha256).WithAhIntegrity(Integrity.Sha1)))
            .AuthenticateWithCertificate("CN=Sample Root CA"))
        .Build();

    // ---- IPSEC104: ESP with neither integrity nor encryption ----
    public static IpsecPolicy Ipsec104EspWithoutProtection() => IpsecPolicy.Create("Sample.Ipsec104")
        .AddRule("nothing", r => r
            .UseQuickMode(q => q.AddEspProposal(Integrity.None, Encryption.None))
            .AuthenticateWithCertificate("CN=Sample Root CA"))
        .Build();

    // ---- IPSEC105: AES-GCM encryption without the matching GMAC integrity ----
    public static IpsecPolicy Ipsec105GcmPairing() => IpsecPolicy.Create("Sample.Ipsec105")
        .AddRule("unpaired", r => r
            .UseQuickMode(q => q.AddEspProposal(Integrity.Sha256, Encryption.AesGcm256))
            .AuthenticateWithCertificate("CN=Sample Root CA"))
        .Build();

    // ---- IPSEC106: main-mode crypto set mixing key-exchange groups ----
    public static IpsecPolicy Ipsec106MixedKeyExchange() => IpsecPolicy.Create("Sample.Ipsec106")
        .AddRule("mixed", r => r
            .UseMainMode(m => m
                .AddProposal(Encryption.Aes256, Integrity.Sha384, DiffieHellmanGroup.Dh20)
                .AddProposal(Encryption.Aes128, Integrity.Sha256, DiffieHellmanGroup.Dh19))
            .AuthenticateWithCertificate("CN=Sample Root CA"))
        .Build();

    // ---- IPSEC107: lifetime out of range (quick mode: 5..2879 minutes) ----
    public static IpsecPolicy Ipsec107LifetimeOutOfRange() => IpsecPolicy.Create("Sample.Ipsec107")
        .AddRule("forever", r => r
            .UseQuickMode(q => q.AddProposal(p => p.WithLifetime(3000)))
            .AuthenticateWithCertificate("CN=Sample Root CA"))
        .Build();

    // ---- IPSEC108: ports without TCP or UDP ----
    public static IpsecPolicy Ipsec108PortsWithoutTcpUdp() => IpsecPolicy.Create("Sample.Ipsec108")
        .AddRule("ports", r => r
            .AuthenticateWithCertificate("CN=Sample Root CA")
            .WithLocalPorts(443))
        .Build();

    // ---- IPSEC109: invalid tunnel-mode rule (a tunnel carries whole subnets: no protocol or ports) ----
    public static IpsecPolicy Ipsec109InvalidTunnel() => IpsecPolicy.Create("Sample.Ipsec109")
        .AddRule("tunnel", r => r
            .WithLocalAddresses("10.1.0.0/24")
            .WithRemoteAddresses("10.2.0.0/24")
            .Tcp()
            .WithLocalPorts(443)
            .Tunnel("192.0.2.1", "198.51.100.1")
            .AuthenticateWithCertificate("CN=Sample Root CA"))
        .Build();

    // ---- IPSEC110: IKEv2 with Kerberos, PSK or NTLM ----
    public static IpsecPolicy Ipsec110IkeV2Authentication() => IpsecPolicy.Create("Sample.Ipsec110")
        .AddRule("ikev2kerberos", r => r
            .UseKeyModule(KeyModule.IkeV2)
            .AuthenticateWithKerberos())
        .Build();

    // ---- IPSEC111: phase-2 authentication with a key module other than AuthIP ----
    public static IpsecPolicy Ipsec111Phase2NeedsAuthIP() => IpsecPolicy.Create("Sample.Ipsec111")
        .AddRule("phase2", r => r
            .UseKeyModule(KeyModule.IkeV1)
            .AuthenticateWithKerberos()
            .AuthenticateUserWithKerberos())
        .Build();

    // ---- IPSEC112: PSK and NTLM together in phase 1 ----
    public static IpsecPolicy Ipsec112PskWithNtlm() => IpsecPolicy.Create("Sample.Ipsec112")
        .AddRule("pskntlm", r => r
            .UseKeyModule(KeyModule.AuthIP)
            .AuthenticateWithPresharedKey("correct horse battery staple")
            .AuthenticateWithNtlm())
        .Build();

    // ---- IPSEC113: invalid name or ID ('|' is the separator Windows uses) ----
    public static IpsecPolicy Ipsec113InvalidName() => IpsecPolicy.Create("Sample.Ipsec113")
        .AddRule("web|db", r => r
            .AuthenticateWithCertificate("CN=Sample Root CA"))
        .Build();

    // ---- IPSEC114: invalid address literal (a /33 prefix) ----
    public static IpsecPolicy Ipsec114InvalidAddress() => IpsecPolicy.Create("Sample.Ipsec114")
        .AddRule("badsubnet", r => r
            .WithLocalAddresses("10.0.0.0/33")
            .AuthenticateWithCertificate("CN=Sample Root CA"))
        .Build();

    // ---- IPSEC115: an authorization list that is an account name, not a security descriptor (SDDL) ----
    public static IpsecPolicy Ipsec115InvalidAuthorization() => IpsecPolicy.Create("Sample.Ipsec115")
        .AddRule("sql", r => r
            .AuthenticateWithCertificate("CN=Sample Root CA")
            .AuthorizeMachines("Domain Computers"))
        .Build();

    // ---- IPSEC116: a required part missing (a pre-shared key proposal without its key) ----
    public static IpsecPolicy Ipsec116MissingPart() => IpsecPolicy.Create("Sample.Ipsec116")
        .AddRule("nokey", r => r
            .UseKeyModule(KeyModule.IkeV1)
            .AuthenticateWithPresharedKey(""))
        .Build();

    // ---- IPSEC118: outbound stricter than inbound (no such Windows action) ----
    public static IpsecPolicy Ipsec118InvalidSecurityCombination() => IpsecPolicy.Create("Sample.Ipsec118")
        .AddRule("inverted", r => r
            .WithSecurity(SecurityAction.Request, SecurityAction.Require)
            .AuthenticateWithCertificate("CN=Sample Root CA"))
        .Build();
}
