using System;
using System.Collections.Generic;
using System.Linq;

namespace IpsecSdk.Export.Netsh
{
    /// <summary>
    /// Writes one connection security rule as <c>consec delete rule</c> + <c>consec add rule</c>.
    /// What netsh cannot say about which traffic a rule matches (address keywords, port keywords, several
    /// interface types or remote tunnel endpoints) omits the rule: a wider or narrower rule would protect
    /// different traffic. Authentication and crypto extras it cannot say are reported and the rule is written
    /// without them.
    /// </summary>
    internal static class NetshRuleWriter
    {
        /// <summary>The lines for the rule, or null when it is omitted (the reason is reported).</summary>
        internal static string[]? Write(ConnectionSecurityRule rule, string path, NetshExportContext context)
        {
            var name = Name(rule, path, context);
            var action = NetshTokens.Action(rule.InboundSecurity, rule.OutboundSecurity, rule.Mode);
            if (action == null)
            {
                context.Report(path + ".inboundSecurity", ExportLimitationKind.Omitted, "netsh has no action for inbound " + rule.InboundSecurity + " / outbound " + rule.OutboundSecurity + " in " + rule.Mode + " mode (requireinclearout is tunnel-only); rule not written.");
            }
            else if (action == "requireinclearout")
            {
                context.Report(path + ".outboundSecurity", ExportLimitationKind.Unconfirmed, "require inbound / none outbound is written as requireinclearout; the reference derives that mapping from FASP's OUTBOUND_CLEAR flag, no source states it.");
            }
            var scope = Scope(rule, path, context);
            if (name == null || action == null || scope == null)
            {
                return null;
            }
            var add = new NetshCommand("netsh advfirewall consec add rule").Add("name", name);
            add.Add("endpoint1", scope[0].Value).Add("endpoint2", scope[1].Value).Add("action", action);
            Description(rule, path, add, context);
            add.Add("mode", NetshTokens.Mode(rule.Mode));
            if (!rule.Enabled)
            {
                add.Add("enable", "no");
            }
            if (rule.Profiles != FirewallProfiles.Any)
            {
                add.Add("profile", NetshTokens.Profiles(rule.Profiles));
            }
            add.AddAll(scope.Skip(2));
            if (!rule.IsExemption && !Security(rule, path, add, context))
            {
                return null;
            }
            Authorization(rule, path, context);
            return new[]
            {
                "rem Replace rule " + name + ": delete any rule of that name (none is fine), then add it.",
                new NetshCommand("netsh advfirewall consec delete rule").Add("name", name).ToLine(stopOnFailure: false) + " >nul 2>&1",
                add.ToLine(),
            };
        }

        private static string? Name(ConnectionSecurityRule rule, string path, NetshExportContext context)
        {
            string? problem;
            var name = NetshValue.Format(rule.DisplayName, out problem);
            if (rule.DisplayName.Trim().Length == 0)
            {
                problem = "is empty; netsh identifies rules by name";
            }
            else if (string.Equals(rule.DisplayName.Trim(), "all", StringComparison.OrdinalIgnoreCase))
            {
                problem = "is 'all', which netsh reserves for every rule";
            }
            else if (NetshValue.Has(rule.DisplayName, '|'))
            {
                problem = "contains '|', which Windows forbids in rule names";
            }
            if (problem != null)
            {
                context.Report(path + ".displayName", ExportLimitationKind.Omitted, "the display name " + problem + "; rule not written.");
                return null;
            }
            return name;
        }

        private static void Description(ConnectionSecurityRule rule, string path, NetshCommand add, NetshExportContext context)
        {
            if (rule.Description == null)
            {
                return;
            }
            var description = NetshValue.Format(rule.Description, out var problem);
            if (description == null)
            {
                context.Report(path + ".description", ExportLimitationKind.NotExpressed, "the description " + problem + "; written without it.");
                return;
            }
            add.Add("description", description);
        }

        // endpoint1, endpoint2 first, then tunnel endpoints, protocol, ports and interface type; null when any is not expressible.
        private static List<KeyValuePair<string, string>>? Scope(ConnectionSecurityRule rule, string path, NetshExportContext context)
        {
            var scope = new List<KeyValuePair<string, string?>>
            {
                Pair("endpoint1", NetshAddressWriter.Addresses(rule.LocalAddresses, path + ".localAddresses", context)),
                Pair("endpoint2", NetshAddressWriter.Addresses(rule.RemoteAddresses, path + ".remoteAddresses", context)),
            };
            if (rule.Mode == IpsecMode.Tunnel)
            {
                scope.Add(Pair("localtunnelendpoint", NetshAddressWriter.TunnelEndpoint(rule.LocalTunnelEndpoint, path + ".localTunnelEndpoint", context)));
                scope.Add(Pair("remotetunnelendpoint", RemoteTunnelEndpoint(rule, path, context)));
            }
            if (rule.Protocol != null)
            {
                scope.Add(Pair("protocol", NetshTokens.Protocol(rule.Protocol)));
            }
            if (rule.LocalPorts.Count > 0)
            {
                scope.Add(Pair("port1", NetshAddressWriter.Ports(rule.LocalPorts, true, path + ".localPorts", context)));
            }
            if (rule.RemotePorts.Count > 0)
            {
                scope.Add(Pair("port2", NetshAddressWriter.Ports(rule.RemotePorts, false, path + ".remotePorts", context)));
            }
            if (rule.InterfaceTypes != InterfaceTypes.Any)
            {
                var type = NetshTokens.InterfaceType(rule.InterfaceTypes);
                if (type == null)
                {
                    context.Report(path + ".interfaceTypes", ExportLimitationKind.Omitted, "netsh interfacetype takes one of lan, wireless, ras; " + rule.InterfaceTypes + " needs one rule per type or the PowerShell export; rule not written.");
                }
                scope.Add(Pair("interfacetype", type));
            }
            return scope.Any(p => p.Value == null) ? null : scope.Select(p => new KeyValuePair<string, string>(p.Key, p.Value!)).ToList();
        }

        private static string? RemoteTunnelEndpoint(ConnectionSecurityRule rule, string path, NetshExportContext context)
        {
            if (rule.RemoteTunnelEndpoints.Count > 1)
            {
                context.Report(path + ".remoteTunnelEndpoints", ExportLimitationKind.Omitted, "netsh remotetunnelendpoint takes one address, the rule has " + rule.RemoteTunnelEndpoints.Count + "; rule not written (use one rule per gateway or the PowerShell export).");
                return null;
            }
            return NetshAddressWriter.TunnelEndpoint(rule.RemoteTunnelEndpoints.Count == 0 ? null : rule.RemoteTunnelEndpoints[0], path + ".remoteTunnelEndpoints", context);
        }

        private static bool Security(ConnectionSecurityRule rule, string path, NetshCommand add, NetshExportContext context)
        {
            if (rule.KeyModule != KeyModule.Default)
            {
                context.Report(path + ".keyModule", ExportLimitationKind.NotExpressed, "netsh consec add rule has no key-module parameter: Windows uses its Default (IKEv1 and IKEv2 since Windows 11 24H2 / Server 2025, AuthIP only when the authentication needs it; IKEv1 and AuthIP before, per New-NetIPsecRule -KeyModule); " + rule.KeyModule + " needs the PowerShell export (New-NetIPsecRule -KeyModule).");
            }
            var phase1 = rule.Phase1Authentication == null ? null : NetshAuthenticationWriter.Write(rule.Phase1Authentication.Proposals, 1, path + ".phase1Authentication", rule.Id, context);
            if (phase1 == null)
            {
                context.Report(path + ".phase1Authentication", ExportLimitationKind.Omitted, "no phase-1 authentication netsh can express; netsh needs at least one, rule not written.");
                return false;
            }
            if (rule.QuickMode == null)
            {
                context.Report(path + ".quickMode", ExportLimitationKind.Omitted, "a protected rule needs quick-mode crypto, and netsh would fall back to its weak default; rule not written.");
                return false;
            }
            var quickMode = NetshQuickModeWriter.Write(rule.QuickMode, path + ".quickMode", context);
            if (quickMode == null)
            {
                return false;
            }
            add.AddAll(phase1);
            if (rule.Phase2Authentication != null)
            {
                var phase2 = NetshAuthenticationWriter.Write(rule.Phase2Authentication.Proposals, 2, path + ".phase2Authentication", rule.Id, context);
                if (phase2 == null)
                {
                    context.Report(path + ".phase2Authentication", ExportLimitationKind.Omitted, "no phase-2 authentication netsh can express; writing the rule without it would drop user authentication, rule not written.");
                    return false;
                }
                add.AddAll(phase2);
            }
            add.AddAll(quickMode);
            return true;
        }

        private static void Authorization(ConnectionSecurityRule rule, string path, NetshExportContext context)
        {
            if (rule.RequireAuthorization)
            {
                context.Report(path + ".requireAuthorization", ExportLimitationKind.NotExpressed, rule.Mode == IpsecMode.Tunnel
                    ? "netsh documents applyauthz for tunnel rules only (\"applyauthz can only be specified for tunnel mode rules\", netsh advfirewall reference, 2025) but not its value syntax; written without it until a Windows run settles it (scripts/windows/open-questions.ps1). Use the PowerShell export (New-NetIPsecRule -RequireAuthorization)."
                    : "netsh consec add rule has no authorization switch for transport rules (applyauthz is documented for tunnel rules only); written without it. Use the PowerShell export (New-NetIPsecRule -RequireAuthorization).");
            }
            if (rule.AuthorizedMachinesSddl != null)
            {
                context.Report(path + ".authorizedMachinesSddl", ExportLimitationKind.NotExpressed, "netsh has no per-rule computer authorization list; written without it (PowerShell: New-NetIPsecRule -Machine).");
            }
            if (rule.AuthorizedUsersSddl != null)
            {
                context.Report(path + ".authorizedUsersSddl", ExportLimitationKind.NotExpressed, "netsh has no per-rule user authorization list; written without it (PowerShell: New-NetIPsecRule -User).");
            }
        }

        private static KeyValuePair<string, string?> Pair(string key, string? value) => new KeyValuePair<string, string?>(key, value);
    }
}
