using System;
using IpsecSdk.Validation;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace IpsecSdk.Export.PowerShell
{
    /// <summary>
    /// Writes a PowerShell script that applies an <see cref="IpsecPolicy"/> with the Windows NetSecurity cmdlets
    /// (<c>New-NetIPsecRule</c>, <c>New-NetIPsecMainModeRule</c>, the crypto and authentication sets,
    /// <c>Set-NetFirewallSetting</c>) to a policy store or, through a GPO session, to a domain GPO.
    /// </summary>
    /// <remarks>
    /// <para>Re-running the script converges: it first removes the IPsec objects of the policy's group, and only
    /// those (rules before the sets they reference), then creates them again.</para>
    /// <para>Every piece of policy text is a single-quoted literal, so names such as <c>$(...)</c> or <c>';</c>
    /// stay text. Pre-shared keys are script parameters (<c>SecureString</c>) unless
    /// <see cref="PowerShellExportOptions.IncludeSecrets"/> is set.</para>
    /// <para><c>NoDefaultExempt</c> is a registry value of a computer, not part of any policy store: the script writes it
    /// only for stores of the computer it runs on and, for a domain GPO, warns that a GPO registry preference must deploy it.</para>
    /// <para>The script runs on Windows only (the NetSecurity module); producing it works anywhere.</para>
    /// </remarks>
    public static class PowerShellScriptWriter
    {
        /// <summary>Characters that would make the group a wildcard pattern in the <c>-Group</c> removal filters.</summary>
        private static readonly char[] WildcardCharacters = { '*', '?', '[', ']', '`' };

        /// <summary>The stores Windows documents as read-only.</summary>
        private static readonly string[] ReadOnlyStores = { "RSOP", "SystemDefaults", "StaticServiceStore" };

        /// <summary>Writes the script for <paramref name="policy"/>.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
        /// <exception cref="PolicyValidationException">The policy is one <c>Build()</c> would refuse (every problem is listed); nothing is written.</exception>
        /// <exception cref="ArgumentException">The options or the policy cannot be written (the message names the field, the value and what is allowed).</exception>
        public static string Write(IpsecPolicy policy, PowerShellExportOptions? options = null)
        {
            using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            Write(policy, text, options);
            return text.ToString();
        }

        /// <summary>
        /// Streams the script for <paramref name="policy"/> to <paramref name="output"/>, so large policies never need the
        /// whole script in memory. The options and the group are checked before anything is written; a conflict found
        /// later (two different sets with one ID) throws with part of the script written.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="output"/> is null.</exception>
        /// <exception cref="PolicyValidationException">The policy is one <c>Build()</c> would refuse (every problem is listed); nothing is written.</exception>
        /// <exception cref="ArgumentException">The options or the policy cannot be written (the message names the field, the value and what is allowed).</exception>
        public static void Write(IpsecPolicy policy, TextWriter output, PowerShellExportOptions? options = null)
        {
            PolicyGate.EnsureValid(policy);
            if (output == null)
            {
                throw new ArgumentNullException(nameof(output));
            }

            options ??= PowerShellExportOptions.Default;
            CheckOptions(options);
            CheckGroup(policy.Group);

            var target = options.UseGpoSession
                ? new KeyValuePair<string, PowerShellValue>("GPOSession", PowerShellValue.Code("$gpoSession"))
                : new KeyValuePair<string, PowerShellValue>("PolicyStore", PowerShellValue.Code("$PolicyStore"));

            // The param() block comes first but must list every key parameter: register them before writing.
            var keys = new PresharedKeyParameters(options.IncludeSecrets);
            RegisterPresharedKeys(policy, keys);
            var commands = new NetSecurityCommands(policy.Group, target, keys);

            var script = new PowerShellScriptText(output);
            WriteHeader(script, policy, options, keys, policy.GetMainModeRules().Count);
            WriteParameters(script, options, keys);
            WritePrologue(script, options);
            WriteRemoval(script, commands);
            WriteCreation(script, policy, commands);
            GlobalSettingsSection.Write(script, policy.Settings, target, options.UseGpoSession);
            if (options.UseGpoSession)
            {
                script.Line()
                    .Comment("Nothing reached the GPO so far: this writes every change above in one go.")
                    .Line("Save-NetGPO -GPOSession $gpoSession");
            }
        }

        /// <summary>
        /// Writes the script to <paramref name="path"/> as UTF-8 with a byte-order mark, which Windows PowerShell 5.1
        /// needs to read non-ASCII names correctly (without it, it assumes the ANSI code page). The file is replaced only
        /// when the whole script was written.
        /// </summary>
        public static void Save(IpsecPolicy policy, string path, PowerShellExportOptions? options = null)
        {
            if (path == null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            var temporary = path + ".tmp";
            try
            {
                using (var file = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
                {
                    Write(policy, file, options);
                }

                if (File.Exists(path))
                {
                    File.Delete(path);
                }

                File.Move(temporary, path);
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }

        private static void CheckOptions(PowerShellExportOptions options)
        {
            var store = options.PolicyStore;
            if (string.IsNullOrWhiteSpace(store))
            {
                throw new ArgumentException("'PolicyStore' is empty; use PersistentStore, a computer name such as localhost, or 'domain\\GPO name'.", nameof(options));
            }

            if (ReadOnlyStores.Any(s => string.Equals(s, store, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ArgumentException("'PolicyStore' is '" + store + "', which is read-only; use PersistentStore, a computer name such as localhost, or 'domain\\GPO name'.", nameof(options));
            }

            if (options.UseGpoSession && store.IndexOfAny(new[] { '\\' }) < 0)
            {
                throw new ArgumentException("'PolicyStore' is '" + store + "', but a GPO session needs a domain GPO as 'domain\\GPO name' (e.g. 'corp.contoso.com\\IPsec').", nameof(options));
            }

            if (!options.UseGpoSession && options.DomainController != null)
            {
                throw new ArgumentException("'DomainController' is '" + options.DomainController + "', but it only applies to a GPO session; set UseGpoSession or leave it null.", nameof(options));
            }
        }

        private static void CheckGroup(string group)
        {
            if (string.IsNullOrWhiteSpace(group))
            {
                throw new ArgumentException("'group' is empty; the script removes and recreates the objects of the policy's group, so it needs one.", "policy");
            }

            if (group.IndexOfAny(WildcardCharacters) >= 0)
            {
                // The removal filters (-Group) may treat the value as a wildcard pattern and would then match other groups.
                throw new ArgumentException("'group' is '" + group + "', which contains a wildcard character (* ? [ ] `); the script's removal by group could then touch other groups. Choose a group name without them.", "policy");
            }
        }

        private static void WriteHeader(PowerShellScriptText script, IpsecPolicy policy, PowerShellExportOptions options, PresharedKeyParameters keys, int mainModeRuleCount)
        {
            var version = typeof(PowerShellScriptWriter).Assembly.GetName().Version;
            script.Line("#Requires -Modules NetSecurity")
                .Comment("")
                .Comment("Applies an IPsec policy with the NetSecurity cmdlets. Generated by IpsecSdk " + version?.ToString(3) + ";")
                .Comment("regenerate it from the policy instead of editing it.")
                .Comment("")
                .Comment("Group:  " + PowerShellQuoting.CommentText(policy.Group))
                .Comment("Rules:  " + policy.Rules.Count + " connection security rule(s), " + mainModeRuleCount + " main-mode rule(s)")
                .Comment("Target: " + (options.UseGpoSession
                    ? "the GPO in -PolicyStore, edited in one GPO session (Open-NetGPO ... Save-NetGPO)"
                    : "the policy store in -PolicyStore"))
                .Comment("")
                .Comment("Re-running converges: the script first removes the IPsec rules, main-mode rules and sets of this")
                .Comment("group (objects of other groups are never touched), then creates them again.");
            if (keys.Parameters.Count > 0)
            {
                script.Comment("Pre-shared keys are not in this file: pass them as SecureString parameters (-PresharedKey_...).");
            }
            else if (options.IncludeSecrets && policy.Rules.Any(UsesPresharedKey))
            {
                script.Comment("WARNING: this file contains pre-shared keys in clear text (IncludeSecrets). Protect it like a password.");
            }

            script.Line();
        }

        private static void WriteParameters(PowerShellScriptText script, PowerShellExportOptions options, PresharedKeyParameters keys)
        {
            var parameters = new List<string[]>
            {
                new[]
                {
                    options.UseGpoSession
                        ? "    # The domain GPO to edit, as 'domain\\GPO name'."
                        : "    # The policy store: PersistentStore, a computer name for its local GPO, or 'domain\\GPO name'.",
                    "    [ValidateNotNullOrEmpty()]",
                    "    [string] $PolicyStore = " + PowerShellQuoting.Literal(options.PolicyStore),
                },
            };
            if (options.DomainController != null)
            {
                parameters.Add(new[]
                {
                    "    # The writable domain controller to open and save the GPO on.",
                    "    [ValidateNotNullOrEmpty()]",
                    "    [string] $DomainController = " + PowerShellQuoting.Literal(options.DomainController),
                });
            }

            foreach (var key in keys.Parameters)
            {
                parameters.Add(new[]
                {
                    "    # Pre-shared key of authentication set " + PowerShellQuoting.CommentText(key.Value) + " (and of every set with the same key).",
                    "    [Parameter(Mandatory = $true)]",
                    "    [System.Security.SecureString] $" + key.Key,
                });
            }

            script.Line("[CmdletBinding()]").Line("param(");
            for (var i = 0; i < parameters.Count; i++)
            {
                var lines = parameters[i];
                script.Lines(lines.Take(lines.Length - 1)).Line(lines[lines.Length - 1] + (i < parameters.Count - 1 ? "," : ""));
                if (i < parameters.Count - 1)
                {
                    script.Line();
                }
            }

            script.Line(")").Line();
        }

        private static void WritePrologue(PowerShellScriptText script, PowerShellExportOptions options)
        {
            script.Line("Set-StrictMode -Version Latest")
                .Line("$ErrorActionPreference = 'Stop'")
                .Comment("Commands from modules do not see this script's $ErrorActionPreference: make their errors stop the script too.")
                .Line("$PSDefaultParameterValues = @{ '*:ErrorAction' = 'Stop' }")
                .Line()
                .Comment("Runs one removal of this group's objects. Finding nothing (the first run) is not an error.")
                .Line("function Remove-GroupObject {")
                .Line("    param([Parameter(Mandatory = $true)] [scriptblock] $Removal)")
                .Line("    try { & $Removal }")
                .Line("    catch { if ($_.CategoryInfo.Category -ne [System.Management.Automation.ErrorCategory]::ObjectNotFound) { throw } }")
                .Line("}")
                .Line();
            if (options.UseGpoSession)
            {
                if (options.DomainController == null)
                {
                    script.Comment("No domain controller was chosen: Windows picks one, which may be read-only (changes would be lost).");
                }

                script.Comment("All changes go to a local copy of the GPO until Save-NetGPO at the end.")
                    .Line("$gpoSession = Open-NetGPO -PolicyStore $PolicyStore" + (options.DomainController != null ? " -DomainController $DomainController" : ""))
                    .Line();
            }
        }

        private static void WriteRemoval(PowerShellScriptText script, NetSecurityCommands commands)
        {
            script.Comment("---- 1. Remove this group's objects: rules first, then the sets they referenced ----");
            foreach (var cmdlet in new[]
            {
                "Remove-NetIPsecRule", "Remove-NetIPsecMainModeRule", "Remove-NetIPsecQuickModeCryptoSet",
                "Remove-NetIPsecMainModeCryptoSet", "Remove-NetIPsecPhase2AuthSet", "Remove-NetIPsecPhase1AuthSet",
            })
            {
                script.Line("Remove-GroupObject { " + commands.Removal(cmdlet).ToInline() + " }");
            }

            script.Line();
        }

        /// <summary>Writes each rule with the sets it needs first.</summary>
        private static void WriteCreation(PowerShellScriptText script, IpsecPolicy policy, NetSecurityCommands commands)
        {
            var phase1Sets = new DistinctSets<Phase1AuthenticationSet>();
            var phase2Sets = new DistinctSets<Phase2AuthenticationSet>();
            var mainModeSets = new DistinctSets<MainModeCryptoSet>();
            var quickModeSets = new DistinctSets<QuickModeCryptoSet>();
            var mainModeRules = policy.GetMainModeRules();
            var nextMainModeRule = 0;

            script.Comment("---- 2. Create the group's objects: each rule after the sets it references ----");
            for (var i = 0; i < policy.Rules.Count; i++)
            {
                var rule = policy.Rules[i];
                var path = "rules[" + i + "]";
                script.Line().Comment("Rule " + PowerShellQuoting.CommentText(rule.Id) + (rule.IsExemption ? " (exemption: no IPsec)" : ""));
                if (!rule.IsExemption)
                {
                    if (rule.Phase1Authentication is Phase1AuthenticationSet phase1 && phase1Sets.IsNew(phase1.Id, phase1, path + ".phase1Authentication"))
                    {
                        script.Splatted(commands.Phase1AuthSet(phase1, path + ".phase1Authentication"));
                    }

                    if (rule.Phase2Authentication is Phase2AuthenticationSet phase2 && phase2Sets.IsNew(phase2.Id, phase2, path + ".phase2Authentication"))
                    {
                        script.Splatted(commands.Phase2AuthSet(phase2, path + ".phase2Authentication"));
                    }

                    if (mainModeSets.IsNew(rule.MainMode.Id, rule.MainMode, path + ".mainMode"))
                    {
                        script.Splatted(commands.MainModeCryptoSet(rule.MainMode));
                    }

                    if (rule.QuickMode is QuickModeCryptoSet quickMode && quickModeSets.IsNew(quickMode.Id, quickMode, path + ".quickMode"))
                    {
                        script.Splatted(commands.QuickModeCryptoSet(quickMode));
                    }

                    // Windows' New-NetIPsecRule has no main-mode crypto parameter: the main-mode rule carries it.
                    script.Splatted(commands.MainModeRule(mainModeRules[nextMainModeRule++]));
                }

                script.Splatted(commands.Rule(rule));
            }

            script.Line();
        }

        // Same order as WriteCreation meets them, so parameter names do not depend on the pre-pass.
        private static void RegisterPresharedKeys(IpsecPolicy policy, PresharedKeyParameters keys)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var rule in policy.Rules)
            {
                if (rule.IsExemption || !(rule.Phase1Authentication is Phase1AuthenticationSet phase1) || !seen.Add(phase1.Id))
                {
                    continue;
                }

                foreach (var proposal in phase1.Proposals)
                {
                    if (proposal?.Method == AuthenticationMethod.PresharedKey && proposal.PresharedKey != null)
                    {
                        keys.ValueFor(proposal.PresharedKey, phase1.Id);
                    }
                }
            }
        }

        private static bool UsesPresharedKey(ConnectionSecurityRule rule) =>
            rule.Phase1Authentication?.Proposals.Any(p => p.Method == AuthenticationMethod.PresharedKey) == true;
    }
}
