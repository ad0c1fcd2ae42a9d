using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace IpsecSdk.Export.Netsh
{
    /// <summary>
    /// Writes the machine-wide parts: <c>set global mainmode</c> (netsh consec rules have no main-mode
    /// parameter), <c>set global ipsec</c> and the <c>NoDefaultExempt</c> registry value (schema 3.2).
    /// </summary>
    internal static class NetshGlobalWriter
    {
        private const string SetMainMode = "netsh advfirewall set global mainmode ";
        private const string SetIpsec = "netsh advfirewall set global ipsec ";

        /// <summary>
        /// <c>set global mainmode</c> lines from the first protected rule; every rule whose main mode differs is
        /// reported, since one machine-wide set serves them all.
        /// </summary>
        internal static List<string> MainMode(IReadOnlyList<ConnectionSecurityRule> rules, NetshExportContext context)
        {
            var lines = new List<string>();
            var protectedRules = Enumerable.Range(0, rules.Count).Where(i => !rules[i].IsExemption).ToList();
            if (protectedRules.Count == 0)
            {
                return lines;
            }
            var first = protectedRules[0];
            var set = rules[first].MainMode;
            var path = "rules[" + first + "].mainMode";
            context.Report(path, ExportLimitationKind.Approximated, "netsh consec rules have no main-mode parameter; written machine-wide with set global mainmode, which also applies to every other rule on the host (per-peer main-mode rules need the PowerShell export).");
            foreach (var other in protectedRules.Skip(1).Where(i => !SameCrypto(rules[i].MainMode, set)))
            {
                context.Report("rules[" + other + "].mainMode", ExportLimitationKind.NotExpressed, "differs from " + path + ", but netsh has one machine-wide main mode; this rule gets " + path + "'s proposals and lifetime.");
            }
            var methods = new List<string>();
            for (var i = 0; i < set.Proposals.Count; i++)
            {
                var method = Method(set.Proposals[i]);
                if (method == null)
                {
                    context.Report(path + ".proposals[" + i + "]", ExportLimitationKind.NotExpressed, "main mode accepts DES/3DES/AES-CBC with MD5/SHA-1/SHA-256/SHA-384 only (IPSEC101); proposal left out of mmsecmethods.");
                }
                else
                {
                    methods.Add(method);
                }
            }
            if (methods.Count > 0)
            {
                lines.Add(SetMainMode + "mmsecmethods " + string.Join(",", methods) + " || exit /b 1");
            }
            else
            {
                context.Report(path + ".proposals", ExportLimitationKind.NotExpressed, "no main-mode proposal can be written; the host keeps its current main-mode methods.");
            }
            lines.Add(SetMainMode + "mmkeylifetime " + Number(set.LifetimeMinutes) + "min," + Number(set.MaxSessions) + "sess || exit /b 1");
            lines.Add(SetMainMode + "mmforcedh " + (set.ForceDiffieHellman ? "yes" : "no") + " || exit /b 1");
            return lines;
        }

        /// <summary><c>mmsecmethods</c> entry <c>keyexch:enc-integrity</c>, e.g. <c>ecdhp384:aes256-sha384</c>; null for GCM/GMAC/none.</summary>
        internal static string? Method(MainModeProposal proposal)
        {
            var keyExchange = NetshTokens.KeyExchange(proposal.KeyExchange);
            var encryption = GcmPairs.IsGcm(proposal.Encryption) ? null : NetshTokens.Encryption(proposal.Encryption);
            var integrity = proposal.Integrity switch
            {
                Integrity.Md5 or Integrity.Sha1 or Integrity.Sha256 or Integrity.Sha384 => NetshTokens.Integrity(proposal.Integrity),
                _ => null,
            };
            return keyExchange == null || encryption == null || integrity == null ? null : keyExchange + ":" + encryption + "-" + integrity;
        }

        /// <summary><c>set global ipsec</c> lines and the NoDefaultExempt registry value.</summary>
        internal static List<string> Settings(GlobalIpsecSettings settings, NetshExportContext context)
        {
            var lines = new List<string>
            {
                SetIpsec + "strongcrlcheck " + NetshTokens.StrongCrlCheck(settings.CertValidationLevel) + " || exit /b 1",
                SetIpsec + "saidletimemin " + IdleMinutes(settings.MaxSaIdleTimeSeconds, context) + " || exit /b 1",
            };
            var exemptions = NetshTokens.DefaultExemptions(settings.Exemptions);
            if (exemptions == null)
            {
                exemptions = NetshTokens.DefaultExemptions(settings.Exemptions & ~IpsecExemptions.RouterDiscovery)!;
                context.Report("settings.exemptions", ExportLimitationKind.Approximated, "netsh defaultexemptions has no router-discovery token; written without it (router discovery then needs IPsec).");
            }
            lines.Add(SetIpsec + "defaultexemptions " + exemptions + " || exit /b 1");
            lines.Add(SetIpsec + "ipsecthroughnat " + NetshTokens.IpsecThroughNat(settings.AllowIpsecThroughNat) + " || exit /b 1");
            AddAuthorization(lines, "authzcomputergrp", settings.RemoteMachineTunnelAuthorizationList, "settings.remoteMachineTunnelAuthorizationList", context);
            AddAuthorization(lines, "authzusergrp", settings.RemoteUserTunnelAuthorizationList, "settings.remoteUserTunnelAuthorizationList", context);
            if (settings.RemoteMachineTransportAuthorizationList != null)
            {
                context.Report("settings.remoteMachineTransportAuthorizationList", ExportLimitationKind.NotExpressed, "the netsh syntax for transport-mode authorization (authzcomputergrptransport) is unconfirmed; not written (PowerShell: Set-NetFirewallSetting -RemoteMachineTransportAuthorizationList).");
            }
            if (settings.RemoteUserTransportAuthorizationList != null)
            {
                context.Report("settings.remoteUserTransportAuthorizationList", ExportLimitationKind.NotExpressed, "the netsh syntax for transport-mode authorization (authzusergrptransport) is unconfirmed; not written (PowerShell: Set-NetFirewallSetting -RemoteUserTransportAuthorizationList).");
            }
            if (settings.KeyEncoding != PresharedKeyEncoding.NotConfigured)
            {
                context.Report("settings.keyEncoding", ExportLimitationKind.NotExpressed, "netsh cannot set the pre-shared-key encoding; not written (PowerShell: Set-NetFirewallSetting -KeyEncoding " + settings.KeyEncoding + "). Matters only for pre-shared keys.");
            }
            lines.Add("rem BSI M 5.90: NoDefaultExempt=1 protects Kerberos traffic with IPsec too; the IPsec Policy Agent reads it when it starts.");
            lines.Add("reg add HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent /v NoDefaultExempt /t REG_DWORD /d " + (settings.NoDefaultExempt ? "1" : "0") + " /f >nul || exit /b 1");
            return lines;
        }

        private static void AddAuthorization(List<string> lines, string parameter, string? sddl, string path, NetshExportContext context)
        {
            if (sddl == null)
            {
                return;
            }
            var value = NetshValue.FormatQuoted(sddl, out var problem);
            if (value == null)
            {
                context.Report(path, ExportLimitationKind.NotExpressed, "the SDDL " + problem + "; not written.");
                return;
            }
            lines.Add(SetIpsec + parameter + " " + value + " || exit /b 1");
        }

        // netsh counts whole minutes (5..60); the model counts seconds.
        private static string IdleMinutes(int seconds, NetshExportContext context)
        {
            var minutes = (int)Math.Round(seconds / 60.0, MidpointRounding.AwayFromZero);
            var clamped = Math.Min(60, Math.Max(5, minutes));
            if (clamped * 60 != seconds)
            {
                context.Report("settings.maxSaIdleTimeSeconds", ExportLimitationKind.Approximated, "netsh saidletimemin takes whole minutes 5..60; " + Number(seconds) + " s written as " + Number(clamped) + " min.");
            }
            return Number(clamped);
        }

        private static bool SameCrypto(MainModeCryptoSet a, MainModeCryptoSet b) =>
            a.Proposals == b.Proposals && a.LifetimeMinutes == b.LifetimeMinutes && a.MaxSessions == b.MaxSessions && a.ForceDiffieHellman == b.ForceDiffieHellman;

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
