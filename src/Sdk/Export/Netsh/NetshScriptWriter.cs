using System;
using IpsecSdk.Validation;
using System.Collections.Generic;
using System.Linq;

namespace IpsecSdk.Export.Netsh
{
    /// <summary>
    /// Exports a policy as a .cmd script of <c>netsh advfirewall</c> commands, for hosts without PowerShell
    /// remoting. Each rule is replaced by name (delete, then add), so running the script twice converges.
    /// Whatever netsh cannot express is returned in <see cref="NetshScript.Limitations"/>, never dropped silently.
    /// </summary>
    public static class NetshScriptWriter
    {
        /// <summary>Writes the script for <paramref name="policy"/>.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
        /// <exception cref="PolicyValidationException">The policy is one <c>Build()</c> would refuse (every problem is listed); nothing is written.</exception>
        public static NetshScript Write(IpsecPolicy policy, NetshExportOptions? options = null)
        {
            PolicyGate.EnsureValid(policy);
            var context = new NetshExportContext(options ?? NetshExportOptions.Default);
            context.Report("group", ExportLimitationKind.NotExpressed, "netsh cannot tag rules with the policy group; rules are replaced by display name, so a rule of another owner with the same name is replaced too.");
            var body = new List<string>();
            body.AddRange(NetshGlobalWriter.MainMode(policy.Rules, context));
            if (policy.Settings != null)
            {
                body.AddRange(NetshGlobalWriter.Settings(policy.Settings, context));
            }
            var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < policy.Rules.Count; i++)
            {
                var rule = policy.Rules[i];
                var path = "rules[" + i + "]";
                if (names.TryGetValue(rule.DisplayName, out var earlier))
                {
                    context.Report(path + ".displayName", ExportLimitationKind.Omitted, "rules[" + earlier + "] has the same display name, and netsh deletes and adds rules by name; rule not written.");
                    continue;
                }
                names[rule.DisplayName] = i;
                body.AddRange(NetshRuleWriter.Write(rule, path, context) ?? Array.Empty<string>());
            }
            var script = Header(policy, context).Concat(body).Concat(new[] { "exit /b 0" });
            return new NetshScript(
                string.Join("\r\n", script) + "\r\n",
                context.Limitations.ToList(),
                context.KeyVariables.Select(v => v.Key).ToList());
        }

        private static IEnumerable<string> Header(IpsecPolicy policy, NetshExportContext context)
        {
            var group = NetshValue.Format(policy.Group, out _) ?? "(a group name a .cmd comment cannot carry)";
            var lines = new List<string> { "@echo off" };
            var everything = policy.Group + string.Concat(policy.Rules.Select(r => r.DisplayName + r.Description));
            if (!NetshValue.IsAscii(everything))
            {
                lines.Add("rem Non-ASCII names: this file must be saved as UTF-8 without byte-order mark.");
                lines.Add("chcp 65001 >nul");
            }
            lines.Add("rem IpsecSdk netsh export of policy group " + group + ". Run elevated; any failing command stops the script.");
            lines.Add("rem " + context.Limitations.Count + " setting(s) netsh cannot express were reported with the export.");
            lines.Add("setlocal");
            foreach (var variable in context.KeyVariables)
            {
                lines.Add("rem Pre-shared key of " + variable.Value + " is read from %%" + variable.Key + "%%, not stored in this file.");
                lines.Add("if not defined " + variable.Key + " (");
                lines.Add("  echo Set " + variable.Key + " to the pre-shared key of " + variable.Value + " first. 1>&2");
                lines.Add("  exit /b 1");
                lines.Add(")");
            }
            return lines;
        }
    }
}
