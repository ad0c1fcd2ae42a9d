using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;

namespace IpsecSdk.Tests.Support
{
    /// <summary>
    /// Runs generated scripts for real (in-process PowerShell) against a stand-in <c>NetSecurity</c> module whose
    /// functions are generated from the cmdlet reference: same names, same parameters and aliases, so binding is
    /// PowerShell's own. The stand-in keeps an in-memory store that behaves like Windows where the script relies on
    /// it: creating an existing object fails, references must resolve, a set still in use cannot be removed, and a
    /// removal that finds nothing reports ObjectNotFound. The real cmdlets exist only on Windows.
    /// </summary>
    public sealed class NetSecuritySimulator : IDisposable
    {
        private static readonly Lazy<string> ModulePath = new Lazy<string>(WriteModule);
        private static readonly HashSet<string> SkippedParameters = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "CimSession", "ThrottleLimit", "AsJob", "WhatIf", "Confirm",
        };

        private readonly PowerShell _shell;
        private readonly string _directory = Path.Combine(Path.GetTempPath(), "ipsecsdk-sim-" + Guid.NewGuid().ToString("N"));

        public NetSecuritySimulator()
        {
            Directory.CreateDirectory(_directory);
            _shell = PowerShell.Create();
            Invoke(ps => ps.AddCommand("Import-Module").AddParameter("Name", ModulePath.Value));
        }

        /// <summary>Runs <paramref name="script"/> as a script file with the given parameters; throws on a terminating error.</summary>
        public void Run(string script, IDictionary<string, object>? parameters = null)
        {
            var path = Path.Combine(_directory, "apply-" + Guid.NewGuid().ToString("N") + ".ps1");
            File.WriteAllText(path, script, new UTF8Encoding(true));
            Invoke(ps =>
            {
                ps.AddCommand(path);
                foreach (var parameter in parameters ?? new Dictionary<string, object>())
                {
                    ps.AddParameter(parameter.Key, parameter.Value);
                }
            });
        }

        /// <summary>Adds an object of another owner to the store, as if someone else had created it.</summary>
        public void Seed(string noun, string name, string group) =>
            Invoke(ps => ps.AddCommand("Add-SimulatedObject").AddParameter("Noun", noun).AddParameter("Name", name).AddParameter("Group", group));

        /// <summary>Makes every removal fail with "permission denied" (a real error the script must not swallow).</summary>
        public void FailRemovals() => Invoke(ps => ps.AddScript("Set-SimulatedRemovalFailure $true"));

        /// <summary>The objects in the store: (noun, name, group).</summary>
        public IReadOnlyList<(string Noun, string Name, string Group)> Objects =>
            Invoke(ps => ps.AddCommand("Get-SimulatedStore"))
                .Select(o => ((string)o.Properties["Noun"].Value, (string)o.Properties["Name"].Value, (string)o.Properties["Group"].Value))
                .ToList();

        /// <summary>Every call of a stand-in command, in order: (command, bound parameters).</summary>
        public IReadOnlyList<(string Command, IDictionary<string, object> Parameters)> Calls =>
            Invoke(ps => ps.AddCommand("Get-SimulatedCalls"))
                .Select(o => ((string)o.Properties["Command"].Value, Unwrap((System.Collections.IDictionary)o.Properties["Parameters"].Value)))
                .ToList();

        public IReadOnlyList<string> Warnings => _shell.Streams.Warning.Select(w => w.Message).ToList();

        public void Dispose()
        {
            _shell.Dispose();
            Directory.Delete(_directory, true);
        }

        private IReadOnlyList<PSObject> Invoke(Action<PowerShell> build)
        {
            _shell.Commands.Clear();
            build(_shell);
            return _shell.Invoke();
        }

        private static IDictionary<string, object> Unwrap(System.Collections.IDictionary table) =>
            table.Keys.Cast<string>().ToDictionary(k => k, k => table[k] is PSObject o ? o.BaseObject : table[k]!, StringComparer.OrdinalIgnoreCase);

        private static string WriteModule()
        {
            var directory = Path.Combine(Path.GetTempPath(), "ipsecsdk-netsecurity-" + Guid.NewGuid().ToString("N"), "NetSecurity");
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, "NetSecurity.psm1");
            File.WriteAllText(path, ModuleText());
            return path;
        }

        private static string ModuleText()
        {
            var text = new StringBuilder(StoreFunctions);
            foreach (var cmdlet in NetSecurityFixture.Current.CmdletNames.Append("New-ItemProperty"))
            {
                var parameters = cmdlet == "New-ItemProperty"
                    ? new[] { "Path", "Name", "PropertyType", "Value" }.Select(n => "$" + n).Append("[switch] $Force")
                    : NetSecurityFixture.Current.ParameterSets(cmdlet).SelectMany(s => s.Parameters)
                        .Where(p => !SkippedParameters.Contains(p.Name))
                        .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Select(g => g.First())
                        .Select(p => (p.Aliases.Count > 0 ? "[Alias(" + string.Join(", ", p.Aliases.Select(a => "'" + a + "'")) + ")] " : "")
                            + (p.IsSwitch ? "[switch] " : "") + "$" + p.Name);
                text.Append("function ").Append(cmdlet).Append(" {\n    [CmdletBinding()]\n    param(\n        ")
                    .Append(string.Join(",\n        ", parameters))
                    .Append("\n    )\n    Invoke-Stub -Command '").Append(cmdlet).Append("' -Bound $PSBoundParameters\n}\n\n");
            }

            return text.ToString();
        }

        private const string StoreFunctions = """
            $script:Store = [ordered]@{}
            $script:Calls = [System.Collections.Generic.List[object]]::new()
            $script:FailRemovals = $false

            function Get-SimulatedStore { $script:Store.Values }
            function Get-SimulatedCalls { $script:Calls }
            function Set-SimulatedRemovalFailure([bool] $Fail) { $script:FailRemovals = $Fail }
            function Add-SimulatedObject([string] $Noun, [string] $Name, [string] $Group) {
                $script:Store["$Noun|$Name"] = [pscustomobject]@{ Noun = $Noun; Name = $Name; Group = $Group; Parameters = @{} }
            }

            function Invoke-Stub([string] $Command, $Bound) {
                $copy = @{}
                foreach ($key in $Bound.Keys) { $copy[$key] = $Bound[$key] }
                $script:Calls.Add([pscustomobject]@{ Command = $Command; Parameters = $copy })
                $noun = ($Command -split '-', 2)[1]
                if ($Command -like '*Proposal') { return [pscustomobject]@{ Proposal = $Command; Parameters = $copy } }
                if ($Command -eq 'Open-NetGPO') { return 'gpo-session' }
                if ($Command -eq 'New-ItemProperty') { return }
                if ($Command -like 'New-*') {
                    $name = if ($copy.ContainsKey('IPsecRuleName')) { $copy['IPsecRuleName'] } else { $copy['Name'] }
                    if ($script:Store.Contains("$noun|$name")) { throw "$noun '$name' already exists" }
                    foreach ($reference in 'QuickModeCryptoSet', 'MainModeCryptoSet', 'Phase1AuthSet', 'Phase2AuthSet') {
                        if ($copy.ContainsKey($reference) -and -not $script:Store.Contains("NetIPsec$reference|" + $copy[$reference])) {
                            throw "$Command '$name' references the missing $reference '$($copy[$reference])'"
                        }
                    }
                    $script:Store["$noun|$name"] = [pscustomobject]@{ Noun = $noun; Name = $name; Group = $copy['Group']; Parameters = $copy }
                    return
                }
                if ($Command -like 'Remove-*') {
                    if ($script:FailRemovals) { Write-Error -Category PermissionDenied -Message 'Access is denied.'; return }
                    $doomed = @($script:Store.Values | Where-Object { $_.Noun -eq $noun -and $_.Group -ceq $copy['Group'] })
                    if ($doomed.Count -eq 0) {
                        Write-Error -Category ObjectNotFound -Message "No $noun objects found with property 'Group' equal to '$($copy['Group'])'"
                        return
                    }
                    $referenceName = $noun.Substring('NetIPsec'.Length)
                    foreach ($object in $doomed) {
                        $users = @($script:Store.Values | Where-Object { $_.Parameters.ContainsKey($referenceName) -and $_.Parameters[$referenceName] -ceq $object.Name })
                        if ($users.Count -gt 0) { throw "$noun '$($object.Name)' is still used by $($users[0].Noun) '$($users[0].Name)'" }
                        $script:Store.Remove("$noun|$($object.Name)")
                    }
                }
            }


            """;
    }
}
