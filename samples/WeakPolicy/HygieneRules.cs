using System.Diagnostics.CodeAnalysis;
using IpsecSdk;
using IpsecSdk.Building;

namespace WeakPolicy;

/// <summary>The hygiene rules (IPSEC2xx): how findings are handled.</summary>
public static class HygieneRules
{
    // ---- IPSEC201: an IPSEC finding suppressed without a justification ----
    [SuppressMessage("IpsecSdk", "IPSEC006")]
    public static IpsecPolicy Ipsec201SuppressionWithoutJustification() => IpsecPolicy.Create("Sample.Ipsec201")
        .AddRule("lab", r => r
            .UseKeyModule(KeyModule.AuthIP)
            .AuthenticateWithPresharedKey("lab-only-key"))
        .Build();

    // ---- IPSEC202: unknown baseline pack name: a configuration typo (e.g. `ipsec_sdk.baseline = bsii`
    //      or <IpsecSdkBaseline>bsii</IpsecSdkBaseline>), reported once per compilation. Not shown here,
    //      since one typo would switch this whole sample to the default pack anyway. ----
}
