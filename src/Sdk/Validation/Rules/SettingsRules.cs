using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>The global IPsec settings: enum values (IPSEC114), the SA idle time 300..3600 s (IPSEC107) and the authorization lists (IPSEC115).</summary>
    internal static class SettingsRules
    {
        internal static void Check(FindingCollector findings, GlobalIpsecSettings? settings)
        {
            if (settings is null)
            {
                return; // null means: leave the machine's settings alone.
            }

            if (settings.Exemptions != IpsecExemptions.NotConfigured)
            {
                EnumRules.CheckFlags(findings, settings.Exemptions, 0xF, "settings.exemptions");
            }

            EnumRules.Check(findings, settings.CertValidationLevel, "settings.certValidationLevel");
            EnumRules.Check(findings, settings.AllowIpsecThroughNat, "settings.allowIpsecThroughNat");
            EnumRules.Check(findings, settings.KeyEncoding, "settings.keyEncoding");
            LifetimeRules.CheckSaIdleTime(findings, settings.MaxSaIdleTimeSeconds, "settings.maxSaIdleTimeSeconds");
            AuthorizationRules.Check(findings, settings);
        }
    }
}
