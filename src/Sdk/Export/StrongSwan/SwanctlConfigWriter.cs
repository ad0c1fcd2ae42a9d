using System;
using IpsecSdk.Validation;
using System.Collections.Generic;
using System.Linq;

namespace IpsecSdk.Export.StrongSwan
{
    /// <summary>
    /// Exports a policy as strongSwan swanctl.conf connections for a non-Windows IKE peer (BSI M 5.90: prove
    /// interoperability with such peers in a practical test). One connection per rule, named after the rule ID, with
    /// exactly the Windows proposals (IKE from main mode, ESP from quick mode with the PFS group) and lifetimes that
    /// rekey before Windows' run out. Windows-only features (Kerberos, NTLM, AuthIP, phase-2 authentication) and
    /// anything else strongSwan cannot express are returned in <see cref="SwanctlConfig.Limitations"/>.
    /// </summary>
    /// <remarks>
    /// Windows-local conditions (profiles, interface types) have no peer counterpart and are not reported.
    /// The CA's name goes to <c>ca_id</c> as written in the policy: it must match the issuer DN as strongSwan prints it.
    /// </remarks>
    public static class SwanctlConfigWriter
    {
        /// <summary>Writes the configuration for every rule of <paramref name="policy"/>.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
        /// <exception cref="PolicyValidationException">The policy is one <c>Build()</c> would refuse (every problem is listed); nothing is written.</exception>
        /// <exception cref="ArgumentException">An option's text is not what swanctl.conf accepts there (the message names the option, the value and what is allowed).</exception>
        public static SwanctlConfig Write(IpsecPolicy policy, SwanctlExportOptions? options = null)
        {
            PolicyGate.EnsureValid(policy);
            var context = new SwanctlExportContext(SwanctlOptionsCheck.Checked(options ?? SwanctlExportOptions.Default));
            var text = new SwanctlText().Comment("IpsecSdk export of policy group '" + OneLine(policy.Group) + "' for the " + (context.Options.Perspective == SwanctlPerspective.Peer ? "non-Windows peer" : "Windows host (played by strongSwan)") + ".");
            text.Open("connections");
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var written = new List<string>();
            var secrets = new List<KeyValuePair<string, string>>();
            for (var i = 0; i < policy.Rules.Count; i++)
            {
                var rule = policy.Rules[i];
                var path = "rules[" + i + "]";
                var name = ExportNames.Unique(rule.Id.Length == 0 ? "rule" + i : rule.Id, "-_", names);
                if (name != rule.Id)
                {
                    context.Report(path + ".id", ExportLimitationKind.Approximated, "swanctl section names take [A-Za-z0-9_-] and must be unique; the connection is named '" + name + "'.");
                }
                var secret = rule.IsExemption ? WriteBypass(text, rule, name, path, context) : WriteConnection(text, rule, policy.Settings, name, path, context);
                if (secret == null)
                {
                    continue;
                }
                written.Add(name);
                if (secret.Length > 0)
                {
                    secrets.Add(new KeyValuePair<string, string>("ike-" + name, secret));
                }
            }
            text.Close();
            WriteSecrets(text, secrets);
            return new SwanctlConfig(text.ToString(), context.Limitations.ToList(), written);
        }

        // Returns null when the rule is omitted, "" when written without secret, else the secret.
        private static string? WriteConnection(SwanctlText text, ConnectionSecurityRule rule, GlobalIpsecSettings? settings, string name, string path, SwanctlExportContext context)
        {
            var version = SwanctlRuleChecks.Version(rule, path, context);
            SwanctlRuleChecks.ReportWindowsOnly(rule, path, context);
            var traffic = SwanctlTrafficWriter.Write(rule, path, context);
            var authentication = SwanctlAuthenticationWriter.Write(rule, settings, path, context);
            var ike = SwanctlProposalWriter.Ike(rule.MainMode, path + ".mainMode", context);
            var quickMode = rule.QuickMode;
            var mainModeGroup = rule.MainMode.Proposals.Count > 0 ? rule.MainMode.Proposals[0].KeyExchange : DiffieHellmanGroup.None;
            var child = quickMode == null ? null : SwanctlProposalWriter.Child(quickMode, mainModeGroup, path + ".quickMode", context);
            if (ike == null)
            {
                context.Report(path + ".mainMode", ExportLimitationKind.Omitted, "no main-mode proposal maps to an IKE proposal; rule not written.");
            }
            if (child == null)
            {
                context.Report(path + ".quickMode", ExportLimitationKind.Omitted, (quickMode == null ? "a protected rule needs quick-mode crypto" : "no quick-mode proposal maps to an ESP or AH proposal") + "; rule not written.");
            }
            if (version == null || traffic == null || authentication == null || ike == null || child == null || quickMode == null)
            {
                return null;
            }
            text.Comment(path + ": " + OneLine(rule.DisplayName)).Open(name);
            text.Value("version", version).Value("local_addrs", traffic.LocalAddrs).Value("remote_addrs", traffic.RemoteAddrs).Value("proposals", ike);
            text.Values(SwanctlProposalWriter.IkeLifetime(rule.MainMode, path + ".mainMode", context));
            if (context.Options.ForceUdpEncapsulation)
            {
                text.Value("encap", "yes");
            }
            text.Open("local").Values(authentication.Local).Close();
            text.Open("remote").Values(authentication.Remote).Close();
            text.Open("children").Open(name);
            text.Value("mode", traffic.Mode).Value("local_ts", traffic.LocalTs).Value("remote_ts", traffic.RemoteTs);
            text.Value(child.Value.Key, child.Value.Value);
            text.Values(SwanctlProposalWriter.ChildLifetime(quickMode, path + ".quickMode", context));
            text.Value("start_action", context.Options.StartAction);
            text.Close().Close().Close();
            return authentication.Secret ?? "";
        }

        // Exemption rules become pass (bypass) policies, installed at load time.
        private static string? WriteBypass(SwanctlText text, ConnectionSecurityRule rule, string name, string path, SwanctlExportContext context)
        {
            var traffic = SwanctlTrafficWriter.Write(rule, path, context);
            if (traffic == null)
            {
                return null;
            }
            text.Comment(path + ": " + OneLine(rule.DisplayName) + " (exempt from IPsec)").Open(name).Open("children").Open(name);
            text.Value("mode", traffic.Mode).Value("local_ts", traffic.LocalTs).Value("remote_ts", traffic.RemoteTs).Value("start_action", "trap");
            text.Close().Close().Close();
            return "";
        }

        private static void WriteSecrets(SwanctlText text, List<KeyValuePair<string, string>> secrets)
        {
            if (secrets.Count == 0)
            {
                return;
            }
            text.Open("secrets");
            foreach (var secret in secrets)
            {
                text.Open(secret.Key).Value("secret", secret.Value).Close();
            }
            text.Close();
        }

        private static string OneLine(string text) => SwanctlText.CanCarry(text) ? text : "(name with line breaks)";
    }
}
