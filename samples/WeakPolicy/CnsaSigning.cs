using IpsecSdk;
using IpsecSdk.Building;

namespace WeakPolicy;

/// <summary>This file is judged under the CNSA baseline (see .editorconfig).</summary>
public static class CnsaSigning
{
    // ---- IPSEC015: certificate signing below the baseline (CNSA wants ECDSA P-384) ----
    public static IpsecPolicy Ipsec015WeakSigning() => IpsecPolicy.Create("Sample.Ipsec015")
        .AddRule("ecdsa256", r => r
            .AuthenticateWithCertificate("CN=Sample Root CA", c => c.WithSigning(CertificateSigning.Ecdsa256)))
        .Build();
}
