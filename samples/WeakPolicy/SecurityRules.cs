using System.Diagnostics.CodeAnalysis;
using IpsecSdk;
using IpsecSdk.Building;

namespace WeakPolicy;

/// <summary>
/// The security rules (IPSEC0xx): choices a baseline judges weak. Severities follow the project's
/// baseline (here: default); this sample's .editorconfig shows them all as warnings.
/// </summary>
public static class SecurityRules
{
    // ---- IPSEC001: weak integrity algorithm (SHA-1 in main mode, MD5 in quick mode) ----
    public static IpsecPolicy Ipsec001WeakIntegrity() => IpsecPolicy.Create("Sample.Ipsec001")
        .AddRule("sha1", r => r
            .UseMainMode(m => m.AddProposal(Encryption.Aes256, Integrity.Sha1, DiffieHellmanGroup.Dh20))
            .UseQuickMode(q => q.AddEspProposal(Integrity.Md5, Encryption.Aes256))
            .AuthenticateWithCertificate("CN=Sample Root CA"))
        .Build();

    // ---- IPSEC002: weak or missing encryption (DES in main mode, 3DES in quick mode) ----
    public static IpsecPolicy Ipsec002WeakEncryption() => IpsecPolicy.Create("Sample.Ipsec002")
        .AddRule("des", r => r
            .UseMainMode(m => m.AddProposal(Encryption.Des, Integrity.Sha384, DiffieHellmanGroup.Dh20))
            .UseQuickMode(q => q.AddEspProposal(Integrity.Sha256, Encryption.Des3))
            .AuthenticateWithCertificate("CN=Sample Root CA"))
        .Build();

    // ---- IPSEC003: weak Diffie-Hellman group (DH 2 in main mode, DH 24 for PFS) ----
    public static IpsecPolicy Ipsec003WeakKeyExchange() => IpsecPolicy.Create("Sample.Ipsec003")
        .AddRule("modp1024", r => r
            .UseMainMode(m => m.AddProposal(Encryption.Aes256, Integrity.Sha384, DiffieHellmanGroup.Dh2))
            .UseQuickMode(q => q.WithPfs(PfsGroup.Dh24))
            .AuthenticateWithCertificate("CN=Sample Root CA"))
        .Build();

    // ---- IPSEC004: perfect forward secrecy off for session keys ----
    public static IpsecPolicy Ipsec004PfsOff() => IpsecPolicy.Create("Sample.Ipsec004")
        .AddRule("nopfs", r => r
            .UseQuickMode(q => q.WithPfs(PfsGroup.None))
            .AuthenticateWithCertificate("CN=Sample Root CA"))
        .Build();

    // ---- IPSEC005: AH encapsulation (AH gives no confidentiality and cannot cross NAT) ----
    public static IpsecPolicy Ipsec005Ah() => IpsecPolicy.Create("Sample.Ipsec005")
        .AddRule("ah", r => r
            .UseQuickMode(q => q.AddProposal(p => p.UseAhAndEsp().WithEncryption(Encryption.Aes256).WithIntegrity(Integrity.Sha256)))
            .AuthenticateWithCertificate("CN=Sample Root CA"))
        .Build();

    // ---- IPSEC006: pre-shared key authentication (stored in clear text by Windows) ----
    public static IpsecPolicy Ipsec006PresharedKey() => IpsecPolicy.Create("Sample.Ipsec006")
        .AddRule("psk", r => r
            .UseKeyModule(KeyModule.AuthIP)
            .AuthenticateWithPresharedKey("correct horse battery staple"))
        .Build();

    // ---- IPSEC007: clear-text fallback (request mode) ----
    public static IpsecPolicy Ipsec007RequestMode() => IpsecPolicy.Create("Sample.Ipsec007")
        .AddRule("request", r => r
            .RequestInboundAndOutbound()
            .AuthenticateWithCertificate("CN=Sample Root CA"))
        .Build();

    // ---- IPSEC008: Kerberos for peers outside the domain ----
    public static IpsecPolicy Ipsec008KerberosOutsideDomain() => IpsecPolicy.Create("Sample.Ipsec008")
        .AddRule("partner", r => r
            .WithRemoteAddresses("Internet")
            .AuthenticateWithKerberos())
        .Build();

    // ---- IPSEC009: key lifetime beyond the baseline (main mode > 24 h, quick mode > 8 h) ----
    public static IpsecPolicy Ipsec009LongLifetime() => IpsecPolicy.Create("Sample.Ipsec009")
        .AddRule("longlived", r => r
            .UseMainMode(m => m.WithLifetime(2000))
            .UseQuickMode(q => q.AddProposal(p => p.WithLifetime(600)))
            .AuthenticateWithCertificate("CN=Sample Root CA"))
        .Build();

    // ---- IPSEC010: master-key PFS off on a high-protection rule ----
    public static IpsecPolicy Ipsec010MasterKeyPfsOff() => IpsecPolicy.Create("Sample.Ipsec010")
        .AddRule("high", r => r
            .WithProtectionRequirement(ProtectionRequirement.High)
            .AuthenticateWithCertificate("CN=Sample Root CA")
            .UseMainMode(m => m.WithMaxSessions(0)))
        .Build();

    // ---- IPSEC011: certificate authentication without revocation checking ----
    public static IpsecPolicy Ipsec011NoRevocationCheck() => IpsecPolicy.Create("Sample.Ipsec011")
        .WithSettings(s => s with { CertValidationLevel = CertValidationLevel.None })
        .AddRule("nocrl", r => r
            .AuthenticateWithCertificate("CN=Sample Root CA"))
        .Build();

    // ---- IPSEC012: NTLM authentication ----
    public static IpsecPolicy Ipsec012Ntlm() => IpsecPolicy.Create("Sample.Ipsec012")
        .AddRule("ntlm", r => r
            .UseKeyModule(KeyModule.AuthIP)
            .AuthenticateWithNtlm())
        .Build();

    // ---- IPSEC013: IKEv1 key module (deprecated by RFC 9395) ----
    public static IpsecPolicy Ipsec013IkeV1() => IpsecPolicy.Create("Sample.Ipsec013")
        .AddRule("ikev1", r => r
            .AuthenticateWithCertificate("CN=Sample Root CA")
            .UseKeyModule(KeyModule.IkeV1))
        .Build();

    // ---- IPSEC014: no mutual authentication (anonymous only; an error in every baseline) ----
    public static IpsecPolicy Ipsec014Anonymous() => IpsecPolicy.Create("Sample.Ipsec014")
        .AddRule("anonymous", r => r
            .AllowAnonymous())
        .Build();

    // ---- IPSEC015: certificate signing below the baseline: see CnsaSigning.cs (reported under CNSA only) ----

    // ---- IPSEC016: Kerberos traffic left unprotected (NoDefaultExempt off) ----
    public static IpsecPolicy Ipsec016KerberosExempt() => IpsecPolicy.Create("Sample.Ipsec016")
        .WithSettings(s => s with { NoDefaultExempt = false })
        .AddRule("kerberos", r => r
            .AuthenticateWithKerberos())
        .Build();

    // ---- IPSEC017: no proposal in common with the peer: a run-time check against a peer's
    //      proposals (there is no peer at compile time), so no analyzer reports it. ----
}
