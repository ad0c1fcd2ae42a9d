#Requires -Version 7.2
<#
.SYNOPSIS
    Runs the scripts IpsecSdk generates against this machine's PersistentStore and reads the result back.

.DESCRIPTION
    Windows only, elevated (the .github/workflows/windows.yml job). Three round trips:

    1. PowerShell export (PowerShellScriptWriter) of a CI policy under the group <Group>.PS: run once with
       pwsh, read back with Get-NetIPsecRule, Get-NetFirewallAddressFilter/PortFilter/InterfaceTypeFilter,
       Get-NetIPsecMainModeRule and the four set cmdlets, compared with what the export wrote; then read back
       through the SDK's own MI gateway, whose plan for the same policy must be empty; then run again with
       Windows PowerShell 5.1 (re-running must converge).
    2. netsh export (NetshScriptWriter) of the same policy under <Group>.Netsh: run twice with cmd.exe, every
       rule the export wrote read back by display name. The export also sets the machine-wide main mode
       (netsh has no per-rule main mode): the firewall policy is exported first and imported again afterwards.
    3. The Quickstart sample's script (dotnet run --project samples/Quickstart -- --out ...), read back by its
       group; skipped when that group already has objects on this machine (they would not be ours).

    Every address in the CI policy is a documentation range (RFC 5737, RFC 3849), so no rule touches the
    runner's own traffic. Everything created is removed in finally blocks, and the script checks that nothing
    of its groups is left. Exit code 0 = every check passed, 1 = a check failed (listed at the end).
    A markdown summary goes to -SummaryPath ($env:GITHUB_STEP_SUMMARY in GitHub Actions).

.EXAMPLE
    pwsh -File scripts/windows/run-generated-scripts.ps1 -Group "IpsecSdk.CI.local" -OutputDirectory artifacts/generated-scripts
#>
[CmdletBinding()]
param(
    # Prefix of every group and name this script creates; must be unique to this run.
    [ValidatePattern('^[A-Za-z0-9._-]+$')]
    [string] $Group = ('IpsecSdk.CI.' + [guid]::NewGuid().ToString('N')),

    # Where the generated scripts, read-backs and logs are written (kept as a workflow artifact).
    [string] $OutputDirectory = (Join-Path ([System.IO.Path]::GetTempPath()) 'ipsecsdk-generated-scripts'),

    # Build configuration for dotnet run.
    [string] $Configuration = 'Release',

    # Leave out the Quickstart round trip.
    [switch] $SkipQuickstart,

    # Markdown summary file; nothing is written when empty.
    [string] $SummaryPath = $env:GITHUB_STEP_SUMMARY
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$repository = (Resolve-Path (Join-Path $PSScriptRoot '..' '..')).Path
$store = 'PersistentStore'
$failures = [System.Collections.Generic.List[string]]::new()
$summary = [System.Text.StringBuilder]::new()

# ------------------------------------------------------------------ helpers

function Add-Failure([string] $Message) {
    $script:failures.Add($Message)
    Write-Host "::error::$Message"
}

function Add-Summary([string] $Markdown) {
    [void] $script:summary.AppendLine($Markdown)
}

function Add-Check([bool] $Condition, [string] $Message) {
    if ($Condition) { Write-Host "ok: $Message" } else { Add-Failure $Message }
}

function Write-Log([string] $Name, [object] $Content) {
    $path = Join-Path $script:OutputDirectory $Name
    ($Content | Out-String -Width 4096) | Set-Content -LiteralPath $path -Encoding utf8
    Write-Host "---- $Name"
    Get-Content -LiteralPath $path | Write-Host
}

# Runs a native command, returns its exit code; the output goes to the log and to $OutputDirectory/<LogName>.
function Invoke-Native([string] $LogName, [string] $FilePath, [string[]] $Arguments) {
    Write-Host ">> $FilePath $($Arguments -join ' ')"
    $output = & $FilePath @Arguments 2>&1
    $code = $LASTEXITCODE
    Write-Log $LogName ($output | ForEach-Object { "$_" })
    return $code
}

# Windows writes IPv4 subnets as a.b.c.d/255.255.255.0; the SDK writes prefixes. Compare canonical forms.
function ConvertTo-AddressKey([string] $Address) {
    $text = $Address.Trim()
    if ($text -match '^(?<ip>[^/]+)/(?<mask>\d+\.\d+\.\d+\.\d+)$') {
        $bits = 0
        foreach ($byte in ([System.Net.IPAddress]::Parse($Matches.mask)).GetAddressBytes()) {
            for ($b = $byte; $b -ne 0; $b = ($b -shl 1) -band 0xFF) { $bits++ }
        }
        $text = $Matches.ip + '/' + $bits
    }
    if ($text -match '^(?<ip>[^/]+)/(?<length>\d+)$') {
        $ip = [System.Net.IPAddress]::Parse($Matches.ip)
        $full = if ($ip.AddressFamily -eq [System.Net.Sockets.AddressFamily]::InterNetwork) { 32 } else { 128 }
        if ([int] $Matches.length -eq $full) { return $ip.ToString() }
        return $ip.ToString() + '/' + $Matches.length
    }
    if ($text -match '^(?<low>[0-9A-Fa-f:.]+)-(?<high>[0-9A-Fa-f:.]+)$') {
        return ([System.Net.IPAddress]::Parse($Matches.low)).ToString() + '-' + ([System.Net.IPAddress]::Parse($Matches.high)).ToString()
    }
    $parsed = $null
    if ([System.Net.IPAddress]::TryParse($text, [ref] $parsed)) { return $parsed.ToString() }
    return $text.ToLowerInvariant()
}

# The filter list as Windows stores it for an expected list: empty means the keyword Any.
function Test-SameList([object[]] $Actual, [object[]] $Expected, [switch] $Addresses) {
    $want = if ($null -eq $Expected -or $Expected.Count -eq 0) { @('any') } else { @($Expected | ForEach-Object { "$_" }) }
    $have = @($Actual | Where-Object { $null -ne $_ } | ForEach-Object { "$_" })
    if ($Addresses) {
        $want = @($want | ForEach-Object { ConvertTo-AddressKey $_ })
        $have = @($have | ForEach-Object { ConvertTo-AddressKey $_ })
    } else {
        $want = @($want | ForEach-Object { $_.ToLowerInvariant() })
        $have = @($have | ForEach-Object { $_.ToLowerInvariant() })
    }
    return (@($want | Sort-Object) -join '|') -eq (@($have | Sort-Object) -join '|')
}

function Get-ProtocolText([object] $Protocol) {
    if ($null -eq $Protocol) { return 'Any' }
    switch ([int] $Protocol) { 6 { return 'TCP' } 17 { return 'UDP' } 1 { return 'ICMPv4' } 58 { return 'ICMPv6' } default { return "$Protocol" } }
}

# Removes every IPsec object of a group (rules first, as the generated script does). Finding nothing is fine.
function Remove-IpsecGroup([string] $Name) {
    foreach ($cmdlet in 'Remove-NetIPsecRule', 'Remove-NetIPsecMainModeRule', 'Remove-NetIPsecQuickModeCryptoSet',
        'Remove-NetIPsecMainModeCryptoSet', 'Remove-NetIPsecPhase2AuthSet', 'Remove-NetIPsecPhase1AuthSet') {
        try { & $cmdlet -Group $Name -PolicyStore $script:store -ErrorAction Stop }
        catch { if ($_.CategoryInfo.Category -ne [System.Management.Automation.ErrorCategory]::ObjectNotFound) { Write-Warning "$cmdlet -Group $Name : $_" } }
    }
}

# Counts the IPsec objects of a group in the PersistentStore, per cmdlet noun.
function Get-IpsecGroupCount([string] $Name) {
    $counts = [ordered]@{}
    foreach ($noun in 'NetIPsecRule', 'NetIPsecMainModeRule', 'NetIPsecQuickModeCryptoSet', 'NetIPsecMainModeCryptoSet', 'NetIPsecPhase2AuthSet', 'NetIPsecPhase1AuthSet') {
        $counts[$noun] = @(& "Get-$noun" -Group $Name -PolicyStore $script:store -ErrorAction SilentlyContinue).Count
    }
    return $counts
}

function Get-Total([System.Collections.IDictionary] $Counts) {
    return ($Counts.Values | Measure-Object -Sum).Sum
}

# One row per rule: what Get-NetIPsecRule and the filter cmdlets report.
function Get-RuleReadBack([object[]] $Rules) {
    foreach ($rule in $Rules) {
        $address = Get-NetFirewallAddressFilter -AssociatedNetIPsecRule $rule
        $port = Get-NetFirewallPortFilter -AssociatedNetIPsecRule $rule
        $interface = Get-NetFirewallInterfaceTypeFilter -AssociatedNetIPsecRule $rule
        [pscustomobject] @{
            Name               = $rule.Name
            DisplayName        = $rule.DisplayName
            Enabled            = "$($rule.Enabled)"
            Profile            = "$($rule.Profile)"
            Mode               = "$($rule.Mode)"
            InboundSecurity    = "$($rule.InboundSecurity)"
            OutboundSecurity   = "$($rule.OutboundSecurity)"
            KeyModule          = "$($rule.KeyModule)"
            LocalAddress       = @($address.LocalAddress)
            RemoteAddress      = @($address.RemoteAddress)
            Protocol           = "$($port.Protocol)"
            LocalPort          = @($port.LocalPort)
            RemotePort         = @($port.RemotePort)
            InterfaceType      = "$($interface.InterfaceType)"
            LocalTunnel        = @($rule.LocalTunnelEndpoint)
            RemoteTunnel       = @($rule.RemoteTunnelEndpoint)
            Phase1AuthSet      = $rule.Phase1AuthSet
            Phase2AuthSet      = $rule.Phase2AuthSet
            QuickModeCryptoSet = $rule.QuickModeCryptoSet
        }
    }
}

# Compares the read-back rows with expected.json's rules; -CompareSetNames only where the export chose the names.
function Compare-Rules([object[]] $ReadBack, [object[]] $Expected, [string] $Label, [switch] $CompareSetNames) {
    foreach ($want in $Expected | Where-Object { $_.written }) {
        $have = @($ReadBack | Where-Object { $_.DisplayName -eq $want.displayName })
        if ($have.Count -ne 1) {
            Add-Failure "$Label rule '$($want.displayName)': found $($have.Count) rules with that display name, expected 1."
            continue
        }
        $row = $have[0]
        $where = "$Label rule '$($want.displayName)'"
        Add-Check ($row.Mode -eq $want.mode) "$where Mode is $($row.Mode), expected $($want.mode)"
        Add-Check ($row.InboundSecurity -eq $want.inboundSecurity) "$where InboundSecurity is $($row.InboundSecurity), expected $($want.inboundSecurity)"
        Add-Check ($row.OutboundSecurity -eq $want.outboundSecurity) "$where OutboundSecurity is $($row.OutboundSecurity), expected $($want.outboundSecurity)"
        Add-Check (Test-SameList $row.LocalAddress $want.localAddresses -Addresses) "$where LocalAddress is [$($row.LocalAddress -join ', ')], expected [$($want.localAddresses -join ', ')]"
        Add-Check (Test-SameList $row.RemoteAddress $want.remoteAddresses -Addresses) "$where RemoteAddress is [$($row.RemoteAddress -join ', ')], expected [$($want.remoteAddresses -join ', ')]"
        Add-Check ($row.Protocol -eq (Get-ProtocolText $want.protocol)) "$where Protocol is $($row.Protocol), expected $(Get-ProtocolText $want.protocol)"
        Add-Check (Test-SameList $row.LocalPort $want.localPorts) "$where LocalPort is [$($row.LocalPort -join ', ')], expected [$($want.localPorts -join ', ')]"
        Add-Check (Test-SameList $row.RemotePort $want.remotePorts) "$where RemotePort is [$($row.RemotePort -join ', ')], expected [$($want.remotePorts -join ', ')]"
        if ($CompareSetNames) {
            Add-Check ($row.Name -eq $want.name) "$where Name is $($row.Name), expected $($want.name)"
            foreach ($set in 'Phase1AuthSet', 'Phase2AuthSet', 'QuickModeCryptoSet') {
                $expectedSet = $want.($set.Substring(0, 1).ToLowerInvariant() + $set.Substring(1))
                if ($null -ne $expectedSet) {
                    Add-Check ($row.$set -eq $expectedSet) "$where $set is $($row.$set), expected $expectedSet"
                }
            }
        }
    }
}

function Write-SetReadBack([string] $LogName, [scriptblock] $Query) {
    $lines = foreach ($set in @(& $Query)) {
        "== $($set.PSObject.Properties['Name'].Value) ($($set.CimClass.CimClassName))"
        $set | Format-List * | Out-String -Width 4096
        if ($set.PSObject.Properties['Proposal']) { $set.Proposal | Format-List * | Out-String -Width 4096 }
    }
    Write-Log $LogName $lines
}

function Invoke-Dotnet([string] $LogName, [string[]] $Arguments) {
    $code = Invoke-Native $LogName 'dotnet' $Arguments
    if ($code -ne 0) { throw "dotnet $($Arguments -join ' ') exited with $code (see $LogName)." }
}

# ------------------------------------------------------------------ preconditions (failures here are infrastructure errors)

if (-not $IsWindows) { throw 'run-generated-scripts.ps1 runs on Windows only (the NetSecurity module and the WFAS provider).' }
$principal = [System.Security.Principal.WindowsPrincipal] [System.Security.Principal.WindowsIdentity]::GetCurrent()
if (-not $principal.IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator)) { throw 'run-generated-scripts.ps1 must run elevated.' }
Import-Module NetSecurity
New-Item -ItemType Directory -Force -Path $OutputDirectory | Out-Null
$OutputDirectory = (Resolve-Path $OutputDirectory).Path
$powerShellGroup = "$Group.PS"
$netshGroup = "$Group.Netsh"
foreach ($name in $powerShellGroup, $netshGroup) {
    if ((Get-Total (Get-IpsecGroupCount $name)) -ne 0) { throw "Group $name already has objects in $store; choose another -Group." }
}

# ------------------------------------------------------------------ 0. generate the scripts with the SDK

# A .NET 10 file-based app, outside the repository so its Directory.Build.props (warnings as errors) do not apply.
$work = Join-Path ([System.IO.Path]::GetTempPath()) ('ipsecsdk-exporter-' + [guid]::NewGuid().ToString('N'))
New-Item -ItemType Directory -Force -Path $work | Out-Null
$exporter = Join-Path $work 'Export.cs'
$sdkProject = Join-Path $repository 'src' 'Sdk' 'Sdk.csproj'
$exporterSource = @'
#:project __SDK_PROJECT__
#:property PublishAot=false
// Written by scripts/windows/run-generated-scripts.ps1 into a temporary folder and run with `dotnet run`.
// export <group> <directory>: writes policy.ps1 (PowerShell export) and policy.cmd (netsh export) of the
//   CI policy, each under its own group (<group>.PS, <group>.Netsh), plus expected.json and the netsh limitations.
// verify <group> <directory>: reads <group>.PS back through MI and plans the same policy against it
//   (exit 4 when the read-back differs or the plan is not empty).
using System.Text.Json;
using IpsecSdk;
using IpsecSdk.Export;
using IpsecSdk.Export.Netsh;
using IpsecSdk.Export.PowerShell;
using IpsecSdk.Serialization;
using IpsecSdk.Windows;
using IpsecSdk.Windows.Mapping;
using IpsecSdk.Windows.Mi;
using IpsecSdk.Windows.Planning;

if (args.Length == 3 && args[0] == "export")
{
    var directory = Directory.CreateDirectory(args[2]).FullName;
    var powerShell = CiPolicy.Build(args[1] + ".PS");
    PowerShellScriptWriter.Save(powerShell, Path.Combine(directory, "policy.ps1"), PowerShellExportOptions.Default with { PolicyStore = "PersistentStore", IncludeSecrets = true });
    var netshPolicy = CiPolicy.Build(args[1] + ".Netsh");
    var netsh = NetshScriptWriter.Write(netshPolicy, new NetshExportOptions { IncludePresharedKeys = true });
    File.WriteAllText(Path.Combine(directory, "policy.cmd"), netsh.Script);
    File.WriteAllLines(Path.Combine(directory, "netsh-limitations.txt"), netsh.Limitations.Select(l => l.ToString()));
    var expected = new
    {
        powerShell = CiPolicy.Expected(powerShell, _ => true),
        netsh = CiPolicy.Expected(netshPolicy, i => !netsh.Limitations.Any(l => l.Kind == ExportLimitationKind.Omitted && l.Path.StartsWith("rules[" + i + "]", StringComparison.Ordinal))),
    };
    File.WriteAllText(Path.Combine(directory, "expected.json"), JsonSerializer.Serialize(expected, new JsonSerializerOptions { WriteIndented = true }));
    Console.WriteLine("Wrote policy.ps1, policy.cmd, expected.json and netsh-limitations.txt (" + netsh.Limitations.Count + " limitation(s)) to " + directory);
    return 0;
}

if (args.Length == 3 && args[0] == "verify")
{
    if (!OperatingSystem.IsWindows())
    {
        Console.Error.WriteLine("verify needs Windows (the WFAS CIM provider).");
        return 2;
    }

    var policy = CiPolicy.Build(args[1] + ".PS");
    var directory = Directory.CreateDirectory(args[2]).FullName;
    using var gateway = MiCimGateway.ConnectLocal();
    var stored = WindowsPolicyStore.Read(gateway, CimTarget.PersistentStore, policy.Group) with { Settings = null };
    var desired = CimPolicyReader.StorableForm(policy) with { Settings = null };
    File.WriteAllText(Path.Combine(directory, "read-back.json"), IpsecJson.Serialize(stored));
    File.WriteAllText(Path.Combine(directory, "storable-form.json"), IpsecJson.Serialize(desired));
    Console.WriteLine("Read back through MI equals the storable form of the exported policy: " + (stored == desired));
    var plan = PolicyPlanner.Plan(gateway, CimTarget.PersistentStore, policy);
    Console.WriteLine("Plan of the same policy against what the PowerShell script created (empty = the export and the MI mapping agree):");
    Console.WriteLine(plan);
    return plan.IsEmpty && stored == desired ? 0 : 4;
}

Console.Error.WriteLine("usage: export <group> <directory> | verify <group> <directory>");
return 2;

/// <summary>The policy the CI writes for real: every address is a documentation range (RFC 5737, RFC 3849), so no rule touches the runner's traffic.</summary>
internal static class CiPolicy
{
    private const string Ca = "DC=com, DC=contoso, CN=Contoso Root CA";

    internal static IpsecPolicy Build(string group) =>
        IpsecPolicy.Create(group)
            .LeaveGlobalSettingsUnchanged()
            .AddRule(group + ".web", r => r
                .WithDisplayName(group + " web servers (certificate, IKEv2)")
                .WithDescription("HTTPS from the web farm; documentation addresses only")
                .RequireInboundAndOutbound()
                .UseKeyModule(KeyModule.IkeV2)
                .WithRemoteAddresses("192.0.2.0/25", "2001:db8:1::/48")
                .Tcp().WithLocalPorts(443)
                .AuthenticateWithCertificate(Ca, c => c
                    .WithSigning(CertificateSigning.Ecdsa384)
                    .WithCriteria(k => k with { SubjectName = "web.contoso.com", SubjectNameType = CertificateNameType.DomainName, ExtendedKeyUsages = ValueList.Of("1.3.6.1.5.5.7.3.1") }))
                .UseMainMode(m => m.AddProposal(Encryption.Aes256, Integrity.Sha384, DiffieHellmanGroup.Dh20))
                .UseQuickMode(q => q.AddEspProposal(Integrity.Sha256, Encryption.Aes256).WithPfs(PfsGroup.Dh20)))
            .AddRule(group + ".admin", r => r
                .WithDisplayName(group + " admin workstations (Kerberos, AuthIP)")
                .RequireInboundRequestOutbound()
                .ForProfiles(FirewallProfiles.Domain)
                .WithRemoteAddresses("198.51.100.0/26")
                .OnInterfaceTypes(InterfaceTypes.Wired)
                .AuthenticateWithKerberos()
                .AuthenticateUserWithKerberos()
                .UseMainMode(m => m.AddProposal(Encryption.Aes256, Integrity.Sha256, DiffieHellmanGroup.Dh14).WithLifetime(240))
                .UseQuickMode(q => q.AddEspProposal(Integrity.Sha256, Encryption.Aes256).WithPfs(PfsGroup.Dh14)))
            .AddRule(group + ".legacy", r => r
                .WithDisplayName(group + " legacy scanner (pre-shared key)")
                .RequestInboundAndOutbound()
                .WithRemoteAddresses("192.0.2.200")
                .Udp().WithRemotePorts(161)
                .AuthenticateWithPresharedKey("IpsecSdk CI test key, not a secret"))
            .AddRule(group + ".site", r => r
                .WithDisplayName(group + " branch tunnel")
                .Tunnel("198.51.100.100", "203.0.113.1")
                .WithLocalAddresses("198.51.100.128/25")
                .WithRemoteAddresses("203.0.113.128/25")
                .AuthenticateWithCertificate(Ca))
            .AddRule(group + ".exempt", r => r
                .WithDisplayName(group + " DHCP servers (exempt)")
                .DoNotSecure()
                .WithRemoteAddresses("192.0.2.2", "192.0.2.3"))
            .Build();

    /// <summary>What the read-back must find: per rule its names, mode, actions, scope and sets (written = the export wrote the rule).</summary>
    internal static object Expected(IpsecPolicy policy, Func<int, bool> written) => new
    {
        group = policy.Group,
        rules = policy.Rules.Select((r, i) => new
        {
            name = r.Id,
            displayName = r.DisplayName,
            written = written(i),
            mode = r.Mode.ToString(),
            inboundSecurity = r.InboundSecurity.ToString(),
            outboundSecurity = r.OutboundSecurity.ToString(),
            localAddresses = r.LocalAddresses.ToArray(),
            remoteAddresses = r.RemoteAddresses.ToArray(),
            protocol = r.Protocol,
            localPorts = r.LocalPorts.ToArray(),
            remotePorts = r.RemotePorts.ToArray(),
            phase1AuthSet = r.IsExemption ? null : r.Phase1Authentication?.Id,
            phase2AuthSet = r.IsExemption ? null : r.Phase2Authentication?.Id,
            quickModeCryptoSet = r.IsExemption ? null : r.QuickMode?.Id,
        }).ToArray(),
        mainModeRules = policy.GetMainModeRules().Select(m => new { name = m.Id, mainModeCryptoSet = m.MainMode.Id, phase1AuthSet = m.Phase1Authentication?.Id }).ToArray(),
    };
}
'@
Set-Content -LiteralPath $exporter -Value $exporterSource.Replace('__SDK_PROJECT__', $sdkProject) -Encoding utf8
Invoke-Dotnet 'exporter-build.log' @('build', $exporter, '-c', $Configuration)
Invoke-Dotnet 'exporter-export.log' @('run', $exporter, '--no-build', '-c', $Configuration, '--', 'export', $Group, $OutputDirectory)
$expected = Get-Content -Raw -LiteralPath (Join-Path $OutputDirectory 'expected.json') | ConvertFrom-Json
Add-Summary "## Generated scripts run for real (group prefix ``$Group``)"
Add-Summary ''

# ------------------------------------------------------------------ 1. the PowerShell export

$powerShellScript = Join-Path $OutputDirectory 'policy.ps1'
try {
    $code = Invoke-Native 'powershell-run-1-pwsh.log' 'pwsh' @('-NoProfile', '-NonInteractive', '-File', $powerShellScript)
    Add-Check ($code -eq 0) "PowerShell export: pwsh -File policy.ps1 exited with $code"

    $rules = @(Get-NetIPsecRule -Group $powerShellGroup -PolicyStore $store -ErrorAction SilentlyContinue)
    $readBack = @(Get-RuleReadBack $rules)
    Write-Log 'powershell-readback-rules.txt' ($readBack | Format-List)
    Add-Check ($rules.Count -eq $expected.powerShell.rules.Count) "PowerShell export: Get-NetIPsecRule -Group $powerShellGroup found $($rules.Count) rules, expected $($expected.powerShell.rules.Count)"
    Compare-Rules $readBack $expected.powerShell.rules 'PowerShell export:' -CompareSetNames

    $mainModeRules = @(Get-NetIPsecMainModeRule -Group $powerShellGroup -PolicyStore $store -ErrorAction SilentlyContinue)
    Write-Log 'powershell-readback-mainmode-rules.txt' ($mainModeRules | ForEach-Object { $_ | Format-List *; Get-NetFirewallAddressFilter -AssociatedNetIPsecMainModeRule $_ | Format-List LocalAddress, RemoteAddress })
    Add-Check ($mainModeRules.Count -eq $expected.powerShell.mainModeRules.Count) "PowerShell export: Get-NetIPsecMainModeRule found $($mainModeRules.Count), expected $($expected.powerShell.mainModeRules.Count)"
    foreach ($want in $expected.powerShell.mainModeRules) {
        $have = @($mainModeRules | Where-Object { $_.Name -eq $want.name })
        Add-Check ($have.Count -eq 1 -and $have[0].MainModeCryptoSet -eq $want.mainModeCryptoSet -and $have[0].Phase1AuthSet -eq $want.phase1AuthSet) "PowerShell export: main-mode rule $($want.name) references $($want.mainModeCryptoSet) and $($want.phase1AuthSet)"
    }

    Write-SetReadBack 'powershell-readback-phase1.txt' { Get-NetIPsecPhase1AuthSet -Group $powerShellGroup -PolicyStore $store }
    Write-SetReadBack 'powershell-readback-phase2.txt' { Get-NetIPsecPhase2AuthSet -Group $powerShellGroup -PolicyStore $store }
    Write-SetReadBack 'powershell-readback-mainmode-crypto.txt' { Get-NetIPsecMainModeCryptoSet -Group $powerShellGroup -PolicyStore $store }
    Write-SetReadBack 'powershell-readback-quickmode-crypto.txt' { Get-NetIPsecQuickModeCryptoSet -Group $powerShellGroup -PolicyStore $store }
    $referenced = @($expected.powerShell.rules | ForEach-Object { $_.phase1AuthSet; $_.phase2AuthSet; $_.quickModeCryptoSet } | Where-Object { $_ }) +
        @($expected.powerShell.mainModeRules | ForEach-Object { $_.mainModeCryptoSet })
    $counts = Get-IpsecGroupCount $powerShellGroup
    $sets = $counts.NetIPsecPhase1AuthSet + $counts.NetIPsecPhase2AuthSet + $counts.NetIPsecMainModeCryptoSet + $counts.NetIPsecQuickModeCryptoSet
    Add-Check ($sets -eq @($referenced | Sort-Object -Unique).Count) "PowerShell export: the group holds $sets sets, the rules reference $(@($referenced | Sort-Object -Unique).Count)"

    # The SDK reads the same objects through MI: equal to the policy's storable form, and planning it again changes nothing.
    $verify = Invoke-Native 'powershell-sdk-verify.log' 'dotnet' @('run', $exporter, '--no-build', '-c', $Configuration, '--', 'verify', $Group, $OutputDirectory)
    Add-Check ($verify -eq 0) "PowerShell export: the SDK reads back what the script created as the exported policy and plans nothing (exit $verify; see powershell-sdk-verify.log, read-back.json, storable-form.json)"

    # Re-running converges, also under Windows PowerShell 5.1 (the BOM the writer puts in is for it).
    $before = Get-IpsecGroupCount $powerShellGroup
    $code = Invoke-Native 'powershell-run-2-windows-powershell.log' 'powershell.exe' @('-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', $powerShellScript)
    Add-Check ($code -eq 0) "PowerShell export: second run (Windows PowerShell 5.1) exited with $code"
    $after = Get-IpsecGroupCount $powerShellGroup
    Add-Check ((($before.Values) -join ',') -eq (($after.Values) -join ',')) "PowerShell export: objects per class after the second run [$(($after.Values) -join ',')] equal those after the first [$(($before.Values) -join ',')]"
    Add-Summary "- PowerShell export: $($rules.Count) rules, $($mainModeRules.Count) main-mode rules, $sets sets created and read back; SDK verify exit $verify; second run (Windows PowerShell 5.1) exit $code."
}
finally {
    Remove-IpsecGroup $powerShellGroup
    $left = Get-IpsecGroupCount $powerShellGroup
    Add-Check ((Get-Total $left) -eq 0) "PowerShell export: nothing of $powerShellGroup is left after cleanup [$(($left.Values) -join ',')]"
}

# ------------------------------------------------------------------ 2. the netsh export

$netshScript = Join-Path $OutputDirectory 'policy.cmd'
$backup = Join-Path $work 'firewall-before-netsh.wfw'
if (Test-Path -LiteralPath $backup) { Remove-Item -LiteralPath $backup }
$code = Invoke-Native 'netsh-export-backup.log' 'netsh.exe' @('advfirewall', 'export', $backup)
if ($code -ne 0) { throw "netsh advfirewall export failed ($code): the netsh round trip would change the machine-wide main mode without a way back." }
Invoke-Native 'netsh-global-mainmode-before.log' 'netsh.exe' @('advfirewall', 'show', 'global', 'mainmode') | Out-Null
$netshNames = @($expected.netsh.rules | Where-Object { $_.written } | ForEach-Object { $_.displayName })
$netshSets = [System.Collections.Generic.List[object]]::new()
try {
    $code = Invoke-Native 'netsh-run-1.log' 'cmd.exe' @('/d', '/c', $netshScript)
    Add-Check ($code -eq 0) "netsh export: cmd /c policy.cmd exited with $code"
    Invoke-Native 'netsh-global-mainmode-after.log' 'netsh.exe' @('advfirewall', 'show', 'global', 'mainmode') | Out-Null

    $rules = @(foreach ($name in $netshNames) { Get-NetIPsecRule -DisplayName $name -PolicyStore $store -ErrorAction SilentlyContinue })
    foreach ($rule in $rules) {
        foreach ($set in @(
                @{ Cmdlet = 'NetIPsecPhase1AuthSet'; Name = $rule.Phase1AuthSet },
                @{ Cmdlet = 'NetIPsecPhase2AuthSet'; Name = $rule.Phase2AuthSet },
                @{ Cmdlet = 'NetIPsecQuickModeCryptoSet'; Name = $rule.QuickModeCryptoSet })) {
            if ($set.Name) { $netshSets.Add([pscustomobject] $set) }
        }
    }
    $readBack = @(Get-RuleReadBack $rules)
    Write-Log 'netsh-readback-rules.txt' ($readBack | Format-List)
    Add-Check ($rules.Count -eq $netshNames.Count) "netsh export: Get-NetIPsecRule -DisplayName found $($rules.Count) of the $($netshNames.Count) rules the export wrote"
    Compare-Rules $readBack $expected.netsh.rules 'netsh export:'
    Write-SetReadBack 'netsh-readback-sets.txt' { foreach ($set in $netshSets) { & "Get-$($set.Cmdlet)" -Name $set.Name -PolicyStore $store -ErrorAction SilentlyContinue } }
    $verbose = foreach ($name in $netshNames) { & netsh.exe advfirewall consec show rule "name=$name" verbose 2>&1 }
    Write-Log 'netsh-show-rules.txt' $verbose

    $code = Invoke-Native 'netsh-run-2.log' 'cmd.exe' @('/d', '/c', $netshScript)
    Add-Check ($code -eq 0) "netsh export: second run exited with $code"
    foreach ($name in $netshNames) {
        $count = @(Get-NetIPsecRule -DisplayName $name -PolicyStore $store -ErrorAction SilentlyContinue).Count
        Add-Check ($count -eq 1) "netsh export: after the second run there is $count rule named '$name' (rules are replaced by name)"
    }
    Add-Summary "- netsh export: $($rules.Count) of $($netshNames.Count) rules created and read back by display name; limitations the export reported: $(@(Get-Content (Join-Path $OutputDirectory 'netsh-limitations.txt')).Count) (netsh-limitations.txt)."
}
finally {
    foreach ($name in $netshNames) {
        & netsh.exe advfirewall consec delete rule "name=$name" 2>&1 | Out-Null
    }
    # Rules added by netsh carry their own sets; remove those that outlived their rule (and only if nothing else uses them).
    $everyRule = @(Get-NetIPsecRule -PolicyStore $store -ErrorAction SilentlyContinue)
    foreach ($set in $netshSets) {
        $stillThere = & "Get-$($set.Cmdlet)" -Name $set.Name -PolicyStore $store -ErrorAction SilentlyContinue
        $used = @($everyRule | Where-Object { $_.Phase1AuthSet -eq $set.Name -or $_.Phase2AuthSet -eq $set.Name -or $_.QuickModeCryptoSet -eq $set.Name }).Count
        if ($stillThere -and $used -eq 0 -and $set.Name -notlike '{E5A5D32A-4BCE-4e4d-B07F-4AB1BA7E5FE*') {
            Write-Host "netsh left set $($set.Name) ($($set.Cmdlet)) behind; removing it."
            & "Remove-$($set.Cmdlet)" -Name $set.Name -PolicyStore $store -ErrorAction Continue
        }
    }
    $code = Invoke-Native 'netsh-import-backup.log' 'netsh.exe' @('advfirewall', 'import', $backup)
    Add-Check ($code -eq 0) "netsh export: the firewall policy exported before the run was imported again (exit $code)"
    $left = @(foreach ($name in $netshNames) { Get-NetIPsecRule -DisplayName $name -PolicyStore $store -ErrorAction SilentlyContinue })
    Add-Check ($left.Count -eq 0) "netsh export: no rule of $netshGroup is left after cleanup ($($left.Count))"
}

# ------------------------------------------------------------------ 3. the Quickstart sample's script

if (-not $SkipQuickstart) {
    $quickstartScript = Join-Path $OutputDirectory 'quickstart.ps1'
    $project = Join-Path $repository 'samples' 'Quickstart'
    $output = & dotnet run --project $project -c $Configuration -- --out $quickstartScript 2>&1 | ForEach-Object { "$_" }
    $code = $LASTEXITCODE
    Write-Log 'quickstart-export.log' $output
    Add-Check ($code -eq 0) "Quickstart: dotnet run --project samples/Quickstart -- --out quickstart.ps1 exited with $code"
    $header = @($output | Select-String -Pattern "^Policy '(?<group>[^']+)': (?<rules>\d+) connection security rules\.")
    if ($code -eq 0 -and $header.Count -eq 1) {
        $quickstartGroup = $header[0].Matches[0].Groups['group'].Value
        $quickstartRules = [int] $header[0].Matches[0].Groups['rules'].Value
        if ((Get-Total (Get-IpsecGroupCount $quickstartGroup)) -ne 0) {
            Write-Host "::warning::Quickstart: group $quickstartGroup already has objects on this machine; not running its script (they are not ours)."
            Add-Summary "- Quickstart: skipped, group ``$quickstartGroup`` already had objects on this machine."
        }
        else {
            try {
                $code = Invoke-Native 'quickstart-run.log' 'pwsh' @('-NoProfile', '-NonInteractive', '-File', $quickstartScript)
                Add-Check ($code -eq 0) "Quickstart: pwsh -File quickstart.ps1 exited with $code"
                $rules = @(Get-NetIPsecRule -Group $quickstartGroup -PolicyStore $store -ErrorAction SilentlyContinue)
                $readBack = @(Get-RuleReadBack $rules)
                Write-Log 'quickstart-readback-rules.txt' ($readBack | Format-List)
                Add-Check ($rules.Count -eq $quickstartRules) "Quickstart: Get-NetIPsecRule -Group $quickstartGroup found $($rules.Count) rules, the sample printed $quickstartRules"
                $ranges = @($readBack | ForEach-Object { $_.RemoteAddress } | Where-Object { "$_" -like '*-*' })
                $rangeText = if ($ranges) { ($ranges | ForEach-Object { '`' + $_ + '`' }) -join ', ' } else { 'none' }
                Add-Summary "- Quickstart: $($rules.Count) of $quickstartRules rules created and read back; address ranges as Windows shows them: $rangeText."
            }
            finally {
                Remove-IpsecGroup $quickstartGroup
                $left = Get-IpsecGroupCount $quickstartGroup
                Add-Check ((Get-Total $left) -eq 0) "Quickstart: nothing of $quickstartGroup is left after cleanup [$(($left.Values) -join ',')]"
            }
        }
    }
    elseif ($code -eq 0) {
        Add-Failure "Quickstart: the sample's output has no line ""Policy '<group>': <n> connection security rules."" (see quickstart-export.log)."
    }
}

# ------------------------------------------------------------------ result

Remove-Item -Recurse -Force -LiteralPath $work -ErrorAction SilentlyContinue
Add-Summary ''
if ($failures.Count -eq 0) {
    Add-Summary 'All checks passed.'
}
else {
    Add-Summary "**$($failures.Count) check(s) failed:**"
    foreach ($failure in $failures) { Add-Summary "- $failure" }
}
Add-Summary ''
$summary.ToString() | Set-Content -LiteralPath (Join-Path $OutputDirectory 'summary.md') -Encoding utf8
if ($SummaryPath) { $summary.ToString() | Add-Content -LiteralPath $SummaryPath -Encoding utf8 }
if ($failures.Count -ne 0) {
    Write-Host "$($failures.Count) check(s) failed."
    exit 1
}
Write-Host 'All checks passed.'
