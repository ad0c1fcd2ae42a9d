using System.Collections.Generic;

namespace IpsecSdk.Export.PowerShell
{
    /// <summary>
    /// Writes the machine-wide settings: <c>Set-NetFirewallSetting</c> (into the target store) and the
    /// <c>NoDefaultExempt</c> registry value.
    /// </summary>
    /// <remarks>
    /// NoDefaultExempt is a registry value of a computer, not part of any policy store, and the NetSecurity
    /// cmdlets cannot put it into a GPO. Decision: the script writes it only when the target is a store of the
    /// computer running the script (no <c>domain\GPO</c> name). For a domain GPO it writes nothing to the local
    /// registry (that would change the wrong computer) and warns, naming the GPO registry preference to deploy.
    /// </remarks>
    internal static class GlobalSettingsSection
    {
        internal const string PolicyAgentKey = @"HKLM:\SYSTEM\CurrentControlSet\Services\PolicyAgent";

        private const string GpoPreferenceHint =
            @"NoDefaultExempt was not written: it is a registry value of each computer, not part of a GPO's IPsec policy. " +
            @"Deploy it with a GPO registry preference: Computer Configuration > Preferences > Windows Settings > Registry, " +
            @"Update HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\PolicyAgent, value NoDefaultExempt, REG_DWORD, 1.";

        internal static void Write(PowerShellScriptText script, GlobalIpsecSettings? settings, KeyValuePair<string, PowerShellValue> target, bool gpoSession)
        {
            script.Comment("---- Global IPsec settings (machine-wide, not owned by the group) ----");
            if (settings == null)
            {
                script.Comment("The policy leaves the global IPsec settings and NoDefaultExempt unchanged.");
                return;
            }

            var command = new PowerShellCommand("Set-NetFirewallSetting")
                .With("Exemptions", PowerShellValue.Names(NetSecurityValues.Exemptions(settings.Exemptions)))
                .With("CertValidationLevel", PowerShellValue.Name(NetSecurityValues.CertValidationLevel(settings.CertValidationLevel)))
                .With("AllowIPsecThroughNAT", PowerShellValue.Name(NetSecurityValues.IpsecThroughNat(settings.AllowIpsecThroughNat)))
                .With("KeyEncoding", PowerShellValue.Name(NetSecurityValues.KeyEncoding(settings.KeyEncoding)))
                .With("MaxSAIdleTimeSeconds", PowerShellValue.Number(settings.MaxSaIdleTimeSeconds))
                .With("RemoteMachineTunnelAuthorizationList", settings.RemoteMachineTunnelAuthorizationList)
                .With("RemoteUserTunnelAuthorizationList", settings.RemoteUserTunnelAuthorizationList)
                .With("RemoteMachineTransportAuthorizationList", settings.RemoteMachineTransportAuthorizationList)
                .With("RemoteUserTransportAuthorizationList", settings.RemoteUserTransportAuthorizationList)
                .With(target.Key, target.Value);
            script.Splatted(command).Line();

            script.Comment("NoDefaultExempt = 1 makes IPsec protect Kerberos traffic too (BSI M 5.90). It is a registry value of the")
                .Comment("computer, not part of a policy store: it is written only when the target store is on this computer.");
            if (!settings.NoDefaultExempt)
            {
                script.Comment("The policy does not ask for it, so the value is left as it is.");
                return;
            }

            var registryWrite = "New-ItemProperty -Path " + PowerShellQuoting.Literal(PolicyAgentKey) +
                " -Name 'NoDefaultExempt' -PropertyType DWord -Value 1 -Force | Out-Null";
            var warning = "Write-Warning " + PowerShellQuoting.Literal(GpoPreferenceHint);
            if (gpoSession)
            {
                script.Line(warning);
                return;
            }

            script.Line(@"if ($PolicyStore.Contains('\')) {")
                .Line("    " + warning)
                .Line("}")
                .Line("else {")
                .Line("    " + registryWrite)
                .Line("}");
        }
    }
}
