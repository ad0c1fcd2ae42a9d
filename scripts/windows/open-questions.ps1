#Requires -Version 7.2
<#
.SYNOPSIS
    Asks this Windows machine the questions the IpsecSdk code leaves open, and writes down its answers.

.DESCRIPTION
    Windows only, elevated (the .github/workflows/windows.yml job). Each question names the code that states
    it (an "unconfirmed" export limitation, a remark, an assumption). The probes create disabled rules and
    sets in the PersistentStore under -Group (netsh rules carry it as their display-name prefix, since netsh
    cannot set a group) with documentation addresses only (RFC 5737), and a finally block removes them all.

    Windows' answer to a question is never a failure: a rejected value is an answer. The script fails (exit 1)
    only on infrastructure errors: not Windows, not elevated, no NetSecurity module, a probe that could not
    run at all, or objects of -Group left behind after the cleanup.

    Writes open-questions.md and open-questions.json to -OutputDirectory and the markdown to -SummaryPath
    ($env:GITHUB_STEP_SUMMARY in GitHub Actions).

.EXAMPLE
    pwsh -File scripts/windows/open-questions.ps1 -Group "IpsecSdk.CI.local.Q" -OutputDirectory artifacts/open-questions
#>
[CmdletBinding()]
param(
    # Group of every object the probes create, and prefix of every name; must be unique to this run.
    [ValidatePattern('^[A-Za-z0-9._-]+$')]
    [string] $Group = ('IpsecSdk.CI.Questions.' + [guid]::NewGuid().ToString('N')),

    # Where open-questions.md, open-questions.json and the raw netsh help texts are written.
    [string] $OutputDirectory = (Join-Path ([System.IO.Path]::GetTempPath()) 'ipsecsdk-open-questions'),

    # Markdown summary file; nothing is written when empty.
    [string] $SummaryPath = $env:GITHUB_STEP_SUMMARY
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$store = 'PersistentStore'
$namespace = 'root/StandardCimv2'
$answers = [System.Collections.Generic.List[object]]::new()
$infrastructureErrors = [System.Collections.Generic.List[string]]::new()
$netshRuleNames = [System.Collections.Generic.List[string]]::new()
$netshSets = [System.Collections.Generic.List[object]]::new()
$work = Join-Path ([System.IO.Path]::GetTempPath()) ('ipsecsdk-questions-' + [guid]::NewGuid().ToString('N'))

# ------------------------------------------------------------------ helpers

# Runs an action whose failure is an answer, not an error. Returns Ok, Value (first output), Values (all), Error, Category, ErrorId.
function Invoke-Probe([scriptblock] $ProbeAction) {
    try {
        $probeValues = @(& $ProbeAction)
        $probeFirst = if ($probeValues.Count -gt 0) { $probeValues[0] } else { $null }
        return [pscustomobject] @{ Ok = $true; Value = $probeFirst; Values = $probeValues; Error = ''; Category = ''; ErrorId = ''; ExceptionType = ''; NativeErrorCode = '' }
    }
    catch {
        $probeError = $_
        $probeNative = if ($probeError.Exception -is [Microsoft.Management.Infrastructure.CimException]) { "$($probeError.Exception.NativeErrorCode)" } else { '' }
        return [pscustomobject] @{
            Ok = $false; Value = $null; Values = @(); Error = $probeError.Exception.Message.Trim(); Category = "$($probeError.CategoryInfo.Category)"
            ErrorId = $probeError.FullyQualifiedErrorId; ExceptionType = $probeError.Exception.GetType().FullName; NativeErrorCode = $probeNative
        }
    }
}

# Runs one netsh command line from a .cmd file, so cmd.exe parses the quotes exactly as in the generated netsh scripts.
function Invoke-NetshLine([string] $Arguments) {
    $file = Join-Path $script:work ('netsh-' + [guid]::NewGuid().ToString('N') + '.cmd')
    [System.IO.File]::WriteAllText($file, "@echo off`r`nnetsh $Arguments`r`nexit /b %errorlevel%`r`n", [System.Text.Encoding]::ASCII)
    $output = & cmd.exe /d /c $file 2>&1 | ForEach-Object { "$_" }
    return [pscustomobject] @{ Line = "netsh $Arguments"; ExitCode = $LASTEXITCODE; Output = (($output | Where-Object { $_.Trim() }) -join "`n").Trim() }
}

# netsh advfirewall consec add rule name=<Name> <Rest>; the rule is looked up afterwards (Accepted = it exists).
function Add-NetshRule([string] $Name, [string] $Rest) {
    $script:netshRuleNames.Add($Name)
    $result = Invoke-NetshLine "advfirewall consec add rule name=""$Name"" $Rest"
    $rule = Get-NetIPsecRule -DisplayName $Name -PolicyStore $script:store -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($rule) {
        foreach ($set in @(
                @{ Cmdlet = 'NetIPsecPhase1AuthSet'; Name = $rule.Phase1AuthSet },
                @{ Cmdlet = 'NetIPsecPhase2AuthSet'; Name = $rule.Phase2AuthSet },
                @{ Cmdlet = 'NetIPsecQuickModeCryptoSet'; Name = $rule.QuickModeCryptoSet })) {
            if ($set.Name) { $script:netshSets.Add([pscustomobject] $set) }
        }
    }
    $result | Add-Member -NotePropertyName Rule -NotePropertyValue $rule
    $result | Add-Member -NotePropertyName Accepted -NotePropertyValue ($null -ne $rule)
    return $result
}

# One line per netsh probe: accepted or not, with netsh's own words.
function Format-NetshResult([object] $Result, [string] $ReadBack = '') {
    $verdict = if ($Result.Accepted) { 'accepted' } else { 'REJECTED' }
    $text = "$verdict (exit $($Result.ExitCode)): $($Result.Line)"
    if ($Result.Output) { $text += "`n    netsh: " + ($Result.Output -replace "`n", "`n    netsh: ") }
    if ($ReadBack) { $text += "`n    read back: $ReadBack" }
    return $text
}

# A CIM value as text; embedded instances as Class{Name=Value; ...}.
function Format-CimValue([object] $Value) {
    if ($null -eq $Value) { return '(null)' }
    if ($Value -is [Microsoft.Management.Infrastructure.CimInstance]) {
        $properties = foreach ($p in $Value.CimInstanceProperties) { if ($null -ne $p.Value) { "$($p.Name)=$(Format-CimValue $p.Value)" } }
        return "$($Value.CimClass.CimClassName){" + ($properties -join '; ') + '}'
    }
    if ($Value -is [string]) { return "'$Value'" }
    if ($Value -is [System.Collections.IEnumerable]) { return '[' + ((@($Value) | ForEach-Object { Format-CimValue $_ }) -join ', ') + ']' }
    return "$Value"
}

function Format-CimProperties([object] $Instance, [string[]] $Names) {
    $lines = foreach ($p in $Instance.CimInstanceProperties) {
        if (-not $Names -or $Names -contains $p.Name) { "$($p.Name) [$($p.CimType)] = $(Format-CimValue $p.Value)" }
    }
    return $lines -join "`n"
}

# The sets a rule references, as Windows stores them.
function Format-RuleSets([object] $Rule) {
    if (-not $Rule) { return '' }
    $parts = @("InboundSecurity=$($Rule.InboundSecurity) OutboundSecurity=$($Rule.OutboundSecurity) Mode=$($Rule.Mode) RequireAuthorization=$($Rule.RequireAuthorization)")
    if ($Rule.Phase1AuthSet) { $parts += 'phase 1: ' + (Format-CimValue (Get-NetIPsecPhase1AuthSet -Name $Rule.Phase1AuthSet -PolicyStore $script:store).Proposal) }
    if ($Rule.Phase2AuthSet) { $parts += 'phase 2: ' + (Format-CimValue (Get-NetIPsecPhase2AuthSet -Name $Rule.Phase2AuthSet -PolicyStore $script:store).Proposal) }
    if ($Rule.QuickModeCryptoSet) {
        $set = Get-NetIPsecQuickModeCryptoSet -Name $Rule.QuickModeCryptoSet -PolicyStore $script:store
        $parts += "quick mode: PFS=$($set.PerfectForwardSecrecyGroup) " + (Format-CimValue $set.Proposal)
    }
    return $parts -join "`n      "
}

# Asks one question. The body returns @{ Answer = one line; Details = text }; anything it throws is an infrastructure error.
function Ask([string] $Id, [string] $Question, [string] $Source, [scriptblock] $Body) {
    Write-Host "=== $Id $Question"
    try {
        $result = @(& $Body) | Select-Object -Last 1
        $entry = [pscustomobject] @{ Id = $Id; Question = $Question; Source = $Source; Status = 'answered'; Answer = $result.Answer; Details = $result.Details }
    }
    catch {
        $script:infrastructureErrors.Add("${Id}: $_")
        $entry = [pscustomobject] @{ Id = $Id; Question = $Question; Source = $Source; Status = 'infrastructure error'; Answer = "The probe could not run: $_"; Details = $_.ScriptStackTrace }
    }
    Write-Host "Answer: $($entry.Answer)"
    if ($entry.Details) { Write-Host $entry.Details }
    $script:answers.Add($entry)
}

# A native CIM session with the PolicyStore custom option, the way IpsecSdk's MiCimGateway queries.
function Get-MiQuery([string] $Query, [string] $PolicyStore = $script:store) {
    $options = [Microsoft.Management.Infrastructure.Options.CimOperationOptions]::new()
    $options.SetCustomOption('PolicyStore', $PolicyStore, $false)
    return @($script:session.QueryInstances($script:namespace, 'WQL', $Query, $options))
}

function Get-MiAssociated([object] $Source, [string] $Association, [string] $ResultClass) {
    $options = [Microsoft.Management.Infrastructure.Options.CimOperationOptions]::new()
    $options.SetCustomOption('PolicyStore', $script:store, $false)
    return @($script:session.EnumerateAssociatedInstances($script:namespace, $Source, $Association, $ResultClass, 'GroupComponent', 'PartComponent', $options))
}

# IpsecSdk's WqlEscape: a backslash before every backslash and apostrophe.
function ConvertTo-WqlLiteral([string] $Text) {
    return $Text.Replace('\', '\\').Replace("'", "\'")
}

function Get-Native([string] $ClassName, [string] $InstanceId) {
    $options = [Microsoft.Management.Infrastructure.Options.CimOperationOptions]::new()
    $options.SetCustomOption('PolicyStore', $script:store, $false)
    return @($script:session.EnumerateInstances($script:namespace, $ClassName, $options) | Where-Object { $_.CimInstanceProperties['InstanceID'].Value -eq $InstanceId }) | Select-Object -First 1
}

function Remove-GroupObjects {
    foreach ($cmdlet in 'Remove-NetIPsecRule', 'Remove-NetIPsecMainModeRule', 'Remove-NetIPsecQuickModeCryptoSet',
        'Remove-NetIPsecMainModeCryptoSet', 'Remove-NetIPsecPhase2AuthSet', 'Remove-NetIPsecPhase1AuthSet') {
        try { & $cmdlet -Group $script:Group -PolicyStore $script:store -ErrorAction Stop }
        catch { if ($_.CategoryInfo.Category -ne [System.Management.Automation.ErrorCategory]::ObjectNotFound) { Write-Warning "$cmdlet -Group $($script:Group): $_" } }
    }
}

function New-ProbeRule([string] $Name, [hashtable] $Extra = @{}) {
    $parameters = @{ Name = $Name; DisplayName = $Name; Group = $script:Group; PolicyStore = $script:store; Enabled = 'False'; RemoteAddress = '192.0.2.240'; ErrorAction = 'Stop' }
    foreach ($key in $Extra.Keys) { $parameters[$key] = $Extra[$key] }
    New-NetIPsecRule @parameters | Out-Null
    return Get-NetIPsecRule -Name $Name -PolicyStore $script:store
}

function ConvertTo-Cell([string] $Text) {
    return ($Text -replace '\|', '\|' -replace "`r?`n", '<br>')
}

# ------------------------------------------------------------------ preconditions (failures here are infrastructure errors)

if (-not $IsWindows) { throw 'open-questions.ps1 runs on Windows only (the NetSecurity module and the WFAS provider).' }
$principal = [System.Security.Principal.WindowsPrincipal] [System.Security.Principal.WindowsIdentity]::GetCurrent()
if (-not $principal.IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator)) { throw 'open-questions.ps1 must run elevated.' }
Import-Module NetSecurity
Import-Module CimCmdlets
New-Item -ItemType Directory -Force -Path $OutputDirectory, $work | Out-Null
$OutputDirectory = (Resolve-Path $OutputDirectory).Path
$session = [Microsoft.Management.Infrastructure.CimSession]::Create($null)
if (@(Get-NetIPsecRule -Group $Group -PolicyStore $store -ErrorAction SilentlyContinue).Count -ne 0) { throw "Group $Group already has rules; choose another -Group." }
$os = Get-CimInstance Win32_OperatingSystem
$environment = "$($os.Caption) $($os.Version) (build $($os.BuildNumber)), PowerShell $($PSVersionTable.PSVersion), NetSecurity $((Get-Module NetSecurity).Version)"
Write-Host "Machine: $environment"
$certificateProposal = New-NetIPsecAuthProposal -Machine -Cert -Authority 'CN=IpsecSdk CI Root' -AuthorityType Root
# name, endpoint1, endpoint2 and action first, then the rest: the order the SDK's netsh export writes.
$netshEndpoints = 'endpoint1=any endpoint2=192.0.2.241'
$netshTransport = 'mode=transport enable=no'

try {
    # -------------------------------------------------------------- the questions

    Ask 'Q1' 'New-NetIPsecRule -KeyModule with several values (IKEv1,IKEv2 and others): accepted? What does Get-NetIPsecRule show?' `
        'src/Sdk/Export/PowerShell/NetSecurityValues.cs (whether KeyModule is a flags enum is unconfirmed until run on Windows)' {
        $type = (Get-Command New-NetIPsecRule).Parameters['KeyModule'].ParameterType
        $element = if ($type.IsArray) { $type.GetElementType() } else { $type }
        $isFlags = $element.IsEnum -and $element.IsDefined([System.FlagsAttribute], $false)
        $members = if ($element.IsEnum) { ([Enum]::GetNames($element) | ForEach-Object { "$_=$([int] [Enum]::Parse($element, $_))" }) -join ', ' } else { '(not an enum)' }
        $lines = @("-KeyModule parameter type: $($type.FullName); enum: $($element.IsEnum); [Flags]: $isFlags; members: $members")
        New-NetIPsecPhase1AuthSet -Name "$Group.q1.p1" -DisplayName "$Group.q1.p1" -Group $Group -PolicyStore $store -Proposal $certificateProposal | Out-Null
        $accepted = [System.Collections.Generic.List[string]]::new()
        $values = @(
            @{ Label = 'Default'; Value = 'Default' }, @{ Label = 'IKEv1'; Value = 'IKEv1' }, @{ Label = 'AuthIP'; Value = 'AuthIP' }, @{ Label = 'IKEv2'; Value = 'IKEv2' },
            @{ Label = 'IKEv1, IKEv2 (array, as the SDK writes lists)'; Value = @('IKEv1', 'IKEv2') },
            @{ Label = 'AuthIP, IKEv2 (array)'; Value = @('AuthIP', 'IKEv2') },
            @{ Label = 'IKEv1, AuthIP, IKEv2 (array)'; Value = @('IKEv1', 'AuthIP', 'IKEv2') },
            @{ Label = "'IKEv1,IKEv2' (one string)"; Value = 'IKEv1,IKEv2' })
        for ($i = 0; $i -lt $values.Count; $i++) {
            $name = "$Group.q1.$i"
            $value = $values[$i].Value
            $probe = Invoke-Probe { New-ProbeRule $name @{ KeyModule = $value; InboundSecurity = 'Request'; OutboundSecurity = 'Request'; Phase1AuthSet = "$Group.q1.p1" } }
            if ($probe.Ok) {
                $raw = $probe.Value.CimInstanceProperties['KeyModule'].Value
                $lines += "-KeyModule $($values[$i].Label): accepted; Get-NetIPsecRule shows KeyModule '$($probe.Value.KeyModule)', CIM value $raw"
                $accepted.Add($values[$i].Label)
            }
            else {
                $lines += "-KeyModule $($values[$i].Label): rejected ($($probe.Category), $($probe.ErrorId)): $($probe.Error)"
            }
        }
        @{ Answer = "KeyModule type [Flags]: $isFlags. Accepted: $($accepted -join '; ')."; Details = $lines -join "`n" }
    }

    Ask 'Q2' 'Are hyphen address ranges (-RemoteAddress 10.30.5.10-10.30.5.20) accepted by the cmdlets and by netsh, and how are they stored?' `
        'samples/Quickstart (contoso-legacy-boundary uses 10.30.5.10-10.30.5.20); ConnectionSecurityRuleBuilder.WithRemoteAddresses documents ranges' {
        $lines = @()
        $verdicts = @()
        $cases = @(
            @{ Label = 'New-NetIPsecRule -RemoteAddress 192.0.2.10-192.0.2.20'; Extra = @{ RemoteAddress = '192.0.2.10-192.0.2.20' } },
            @{ Label = 'New-NetIPsecRule -LocalAddress 198.51.100.10-198.51.100.20'; Extra = @{ LocalAddress = '198.51.100.10-198.51.100.20' } },
            @{ Label = 'New-NetIPsecRule -RemoteAddress 2001:db8::10-2001:db8::20'; Extra = @{ RemoteAddress = '2001:db8::10-2001:db8::20' } })
        for ($i = 0; $i -lt $cases.Count; $i++) {
            $name = "$Group.q2.$i"
            $extra = $cases[$i].Extra + @{ InboundSecurity = 'None'; OutboundSecurity = 'None' }
            $probe = Invoke-Probe { New-ProbeRule $name $extra }
            if ($probe.Ok) {
                $filter = Get-NetFirewallAddressFilter -AssociatedNetIPsecRule $probe.Value
                $lines += "$($cases[$i].Label): accepted; address filter LocalAddress=$(Format-CimValue $filter.LocalAddress) RemoteAddress=$(Format-CimValue $filter.RemoteAddress)"
                $verdicts += 'cmdlet ' + ($cases[$i].Label -replace '^New-NetIPsecRule ', '') + ': accepted'
            }
            else {
                $lines += "$($cases[$i].Label): rejected: $($probe.Error)"
                $verdicts += 'cmdlet ' + ($cases[$i].Label -replace '^New-NetIPsecRule ', '') + ': REJECTED'
            }
        }
        $probe = Invoke-Probe {
            New-NetIPsecMainModeRule -Name "$Group.q2.mm" -DisplayName "$Group.q2.mm" -Group $Group -PolicyStore $store -Enabled False -RemoteAddress '192.0.2.10-192.0.2.20' | Out-Null
            Get-NetIPsecMainModeRule -Name "$Group.q2.mm" -PolicyStore $store
        }
        if ($probe.Ok) {
            $filter = Get-NetFirewallAddressFilter -AssociatedNetIPsecMainModeRule $probe.Value
            $lines += "New-NetIPsecMainModeRule -RemoteAddress 192.0.2.10-192.0.2.20: accepted; RemoteAddress=$(Format-CimValue $filter.RemoteAddress)"
            $verdicts += 'main-mode rule: accepted'
        }
        else {
            $lines += "New-NetIPsecMainModeRule -RemoteAddress 192.0.2.10-192.0.2.20: rejected: $($probe.Error)"
            $verdicts += 'main-mode rule: REJECTED'
        }
        $netsh = Add-NetshRule "$Group.q2.netsh" 'endpoint1=any endpoint2=192.0.2.10-192.0.2.20 action=noauthentication enable=no'
        $readBack = if ($netsh.Accepted) { 'RemoteAddress=' + (Format-CimValue (Get-NetFirewallAddressFilter -AssociatedNetIPsecRule $netsh.Rule).RemoteAddress) } else { '' }
        $lines += Format-NetshResult $netsh $readBack
        $verdicts += 'netsh endpoint2 range: ' + $(if ($netsh.Accepted) { 'accepted' } else { 'REJECTED' })
        @{ Answer = ($verdicts -join '; ') + '.'; Details = $lines -join "`n" }
    }

    Ask 'Q3' 'netsh qmsecmethods: is esp:none-aes256 (encryption-only ESP) accepted? esp:sha256-none (integrity-only ESP, KB 949856)?' `
        'src/Sdk/Export/Netsh/NetshQuickModeWriter.cs (qmsecmethods tokens)' {
        $lines = @()
        $verdicts = @()
        foreach ($method in 'esp:sha256-aes256', 'esp:none-aes256', 'esp:sha256-none', 'ah:sha256', 'ah:sha256+esp:sha256-aes256', 'esp:aesgmac256-aesgcm256') {
            $name = "$Group.q3.$($method -replace '[^a-z0-9]', '_')"
            $netsh = Add-NetshRule $name "$netshEndpoints action=requestinrequestout $netshTransport auth1=computerkerb qmsecmethods=$method"
            $lines += Format-NetshResult $netsh (Format-RuleSets $netsh.Rule)
            $verdicts += "${method}: " + $(if ($netsh.Accepted) { 'accepted' } else { 'REJECTED' })
        }
        @{ Answer = ($verdicts -join '; ') + ' (the first and ah:sha256 are controls).'; Details = $lines -join "`n" }
    }

    Ask 'Q4' 'netsh applyauthz=yes on a tunnel-mode consec rule: accepted? Does the rule then require authorization?' `
        'src/Sdk/Export/Netsh/NetshRuleWriter.cs (applyauthz is unconfirmed; RequireAuthorization is not written)' {
        $tunnel = 'endpoint1=198.51.100.192/27 endpoint2=203.0.113.192/27 action=requireinrequireout mode=tunnel enable=no localtunnelendpoint=198.51.100.101 remotetunnelendpoint=203.0.113.2 auth1=computerkerb'
        $lines = @()
        $verdicts = @()
        foreach ($case in @(
                @{ Label = 'tunnel without applyauthz (control)'; Name = "$Group.q4.tunnel"; Rest = $tunnel },
                @{ Label = 'tunnel applyauthz=yes'; Name = "$Group.q4.tunnel-authz"; Rest = "$tunnel applyauthz=yes" },
                @{ Label = 'transport applyauthz=yes'; Name = "$Group.q4.transport-authz"; Rest = "$netshEndpoints action=requireinrequestout $netshTransport auth1=computerkerb applyauthz=yes" })) {
            $netsh = Add-NetshRule $case.Name $case.Rest
            $lines += Format-NetshResult $netsh (Format-RuleSets $netsh.Rule)
            $verdicts += "$($case.Label): " + $(if ($netsh.Accepted) { "accepted, RequireAuthorization=$($netsh.Rule.RequireAuthorization)" } else { 'REJECTED' })
        }
        @{ Answer = ($verdicts -join '; ') + '.'; Details = $lines -join "`n" }
    }

    Ask 'Q5' 'netsh certificate criteria: where do certhash, certeku, certname, certnametype, certcriteriatype go (help text), and does an auth1ca carrying them work?' `
        'src/Sdk/Export/Netsh/NetshAuthenticationWriter.cs (criteria are reported NotExpressed; CA entry "<CA> certmapping:... excludecaname:... catype:...")' {
        $help = Invoke-NetshLine 'advfirewall consec add rule ?'
        Set-Content -LiteralPath (Join-Path $OutputDirectory 'netsh-consec-add-rule-help.txt') -Value $help.Output -Encoding utf8
        $lines = @()
        $found = @()
        foreach ($token in 'certhash', 'certeku', 'certname', 'certnametype', 'certcriteriatype', 'followrenewal', 'certmapping', 'excludecaname', 'catype', 'applyauthz', 'auth1kerbproxyfqdn', 'auth1healthcert', 'dhgroup24') {
            $mentions = @($help.Output -split "`n" | Where-Object { $_ -match [regex]::Escape($token) } | ForEach-Object { $_.Trim() })
            $found += "${token}: " + $(if ($mentions) { 'in help' } else { 'not in help' })
            $lines += "${token}: " + $(if ($mentions) { ($mentions | Select-Object -First 4) -join ' | ' } else { '(not mentioned)' })
        }
        $criteria = 'certmapping:no excludecaname:no catype:root certcriteriatype:both certname:web.contoso.com certnametype:dns certeku:1.3.6.1.5.5.7.3.1'
        $netsh = Add-NetshRule "$Group.q5.criteria" "$netshEndpoints action=requestinrequestout $netshTransport auth1=computercert auth1ca=""CN=IpsecSdk CI Root $criteria"""
        $lines += Format-NetshResult $netsh (Format-RuleSets $netsh.Rule)
        $lines += '--- netsh advfirewall consec add rule ? (full text in netsh-consec-add-rule-help.txt)'
        $lines += $help.Output
        @{ Answer = ($found -join '; ') + '. auth1ca with criteria inside the CA string: ' + $(if ($netsh.Accepted) { 'accepted (see the read-back proposal)' } else { 'REJECTED' }) + '.'; Details = $lines -join "`n" }
    }

    Ask 'Q6' 'Which filter objects does a new rule get (New-NetIPsecRule / New-NetIPsecMainModeRule without scope), and do they match the SDK''s assumption?' `
        'src/Sdk/Windows/Mapping/ProviderDefaults.cs (assumed: LocalAddress/RemoteAddress [Any], Protocol Any, LocalPort/RemotePort [Any], InterfaceType 0)' {
        New-NetIPsecRule -Name "$Group.q6" -DisplayName "$Group.q6" -Group $Group -PolicyStore $store -Enabled False -InboundSecurity None -OutboundSecurity None | Out-Null
        New-NetIPsecMainModeRule -Name "$Group.q6.mm" -DisplayName "$Group.q6.mm" -Group $Group -PolicyStore $store -Enabled False | Out-Null
        $rule = Get-NetIPsecRule -Name "$Group.q6" -PolicyStore $store
        $mainModeRule = Get-NetIPsecMainModeRule -Name "$Group.q6.mm" -PolicyStore $store
        $lines = @('--- cmdlets (Get-NetIPsecRule | Get-NetFirewall*Filter), raw CIM properties:')
        $lines += 'address: ' + (Format-CimProperties (Get-NetFirewallAddressFilter -AssociatedNetIPsecRule $rule) @('LocalAddress', 'RemoteAddress'))
        $lines += 'port: ' + (Format-CimProperties (Get-NetFirewallPortFilter -AssociatedNetIPsecRule $rule) @('Protocol', 'LocalPort', 'RemotePort'))
        $lines += 'interface type: ' + (Format-CimProperties (Get-NetFirewallInterfaceTypeFilter -AssociatedNetIPsecRule $rule) @('InterfaceType'))
        $lines += 'main-mode rule address: ' + (Format-CimProperties (Get-NetFirewallAddressFilter -AssociatedNetIPsecMainModeRule $mainModeRule) @('LocalAddress', 'RemoteAddress'))

        # The SDK's own path: the rule by InstanceID, then its filters through the association classes.
        $lines += '--- MI (as MiCimGateway: EnumerateAssociatedInstances with PolicyStore=PersistentStore), every property:'
        $native = Get-Native 'MSFT_NetConSecRule' "$Group.q6"
        $nativeMainMode = Get-Native 'MSFT_NetMainModeRule' "$Group.q6.mm"
        $assumed = [ordered] @{
            'MSFT_NetConSecRuleFilterByAddress/MSFT_NetAddressFilter'             = @{ Source = $native; Expected = @{ LocalAddress = "['Any']"; RemoteAddress = "['Any']" } }
            'MSFT_NetConSecRuleFilterByProtocolPort/MSFT_NetProtocolPortFilter'   = @{ Source = $native; Expected = @{ Protocol = "'Any'"; LocalPort = "['Any']"; RemotePort = "['Any']" } }
            'MSFT_NetConSecRuleFilterByInterfaceType/MSFT_NetInterfaceTypeFilter' = @{ Source = $native; Expected = @{ InterfaceType = '0' } }
            'MSFT_NetMainModeRuleFilterByAddress/MSFT_NetAddressFilter'           = @{ Source = $nativeMainMode; Expected = @{ LocalAddress = "['Any']"; RemoteAddress = "['Any']" } }
        }
        $differences = @()
        foreach ($path in $assumed.Keys) {
            $association, $resultClass = $path -split '/'
            $probe = Invoke-Probe { Get-MiAssociated $assumed[$path].Source $association $resultClass }
            if (-not $probe.Ok) {
                $lines += "${path}: association failed: $($probe.Error)"
                $differences += "$path failed"
                continue
            }
            $filters = $probe.Values
            $lines += "${path}: $($filters.Count) instance(s)"
            foreach ($filter in $filters) { $lines += '  ' + ((Format-CimProperties $filter @()) -replace "`n", "`n  ") }
            if ($filters.Count -ne 1) { $differences += "$path has $($filters.Count) instances"; continue }
            foreach ($property in $assumed[$path].Expected.Keys) {
                $cimProperty = $filters[0].CimInstanceProperties[$property]
                $actual = if ($cimProperty) { Format-CimValue $cimProperty.Value } else { '(no such property)' }
                if ($actual -ne $assumed[$path].Expected[$property]) { $differences += "$resultClass.$property is $actual (assumed $($assumed[$path].Expected[$property]))" }
            }
        }
        $answer = if ($differences) { 'Differs from ProviderDefaults: ' + ($differences -join '; ') + '.' } else { 'As ProviderDefaults assumes: one address, protocol-port and interface-type filter per rule, all Any / 0.' }
        @{ Answer = $answer; Details = $lines -join "`n" }
    }

    Ask 'Q7' 'Does WQL on InstanceID find objects (SELECT * FROM <class> WHERE InstanceID = ''...''), with the PolicyStore option and with escaped quotes and backslashes?' `
        'src/Sdk/Windows/Mi/MiCimGateway.cs (Find: QueryInstances WQL by InstanceID, WqlEscape)' {
        $plain = "$Group.q7"
        $tricky = "$Group.q7.o'brien\x"
        New-NetIPsecRule -Name $plain -DisplayName $plain -Group $Group -PolicyStore $store -Enabled False -InboundSecurity None -OutboundSecurity None -RemoteAddress 192.0.2.242 | Out-Null
        $trickyRule = Invoke-Probe { New-NetIPsecRule -Name $tricky -DisplayName $tricky -Group $Group -PolicyStore $store -Enabled False -InboundSecurity None -OutboundSecurity None -RemoteAddress 192.0.2.243 | Out-Null }
        New-NetIPsecQuickModeCryptoSet -Name "$Group.q7.qm" -DisplayName "$Group.q7.qm" -Group $Group -PolicyStore $store -Proposal (New-NetIPsecQuickModeCryptoProposal -Encapsulation ESP -ESPHash SHA256 -Encryption AES256) | Out-Null
        New-NetIPsecPhase1AuthSet -Name "$Group.q7.p1" -DisplayName "$Group.q7.p1" -Group $Group -PolicyStore $store -Proposal $certificateProposal | Out-Null
        New-NetIPsecMainModeRule -Name "$Group.q7.mm" -DisplayName "$Group.q7.mm" -Group $Group -PolicyStore $store -Enabled False -RemoteAddress 192.0.2.242 | Out-Null
        $lines = @()
        $verdicts = @()
        $count = {
            param([scriptblock] $Query)
            $probe = Invoke-Probe $Query
            if ($probe.Ok) { "found $($probe.Values.Count)" } else { "failed: $($probe.Error)" }
        }
        $a = & $count { Get-CimInstance -Namespace $namespace -ClassName MSFT_NetConSecRule -Filter "InstanceID = '$(ConvertTo-WqlLiteral $plain)'" }
        $lines += "Get-CimInstance -ClassName MSFT_NetConSecRule -Filter ""InstanceID = '$plain'"" (no PolicyStore option): $a"
        $b = & $count { Get-MiQuery "SELECT * FROM MSFT_NetConSecRule WHERE InstanceID = '$(ConvertTo-WqlLiteral $plain)'" }
        $lines += "MI QueryInstances WQL, PolicyStore=PersistentStore (exactly MiCimGateway.Find): $b"
        $verdicts += "Get-CimInstance -Filter: $a; MI WQL with PolicyStore: $b"
        if ($trickyRule.Ok) {
            $c = & $count { Get-MiQuery "SELECT * FROM MSFT_NetConSecRule WHERE InstanceID = '$(ConvertTo-WqlLiteral $tricky)'" }
            $lines += "MI WQL for InstanceID $tricky, escaped as the SDK does ($(ConvertTo-WqlLiteral $tricky)): $c"
            $verdicts += "escaped ' and \: $c"
        }
        else {
            $lines += "New-NetIPsecRule -Name $tricky rejected: $($trickyRule.Error)"
            $verdicts += "a Name with ' and \ is rejected by New-NetIPsecRule"
        }
        foreach ($case in @(@{ Class = 'MSFT_NetIKEQMCryptoSet'; Id = "$Group.q7.qm" }, @{ Class = 'MSFT_NetIKEP1AuthSet'; Id = "$Group.q7.p1" }, @{ Class = 'MSFT_NetMainModeRule'; Id = "$Group.q7.mm" })) {
            $d = & $count { Get-MiQuery "SELECT * FROM $($case.Class) WHERE InstanceID = '$(ConvertTo-WqlLiteral $case.Id)'" }
            $lines += "MI WQL $($case.Class) by InstanceID: $d"
            $verdicts += "$($case.Class): $d"
        }
        $e = & $count { Get-MiQuery "SELECT * FROM MSFT_NetConSecRule WHERE InstanceID = '$(ConvertTo-WqlLiteral $plain)'" 'ActiveStore' }
        $lines += "MI WQL with PolicyStore=ActiveStore (the rule is disabled, so 0 is expected): $e"
        @{ Answer = ($verdicts -join '; ') + '.'; Details = $lines -join "`n" }
    }

    Ask 'Q8' 'Does Remove-NetIPsec* -Group with no matching object raise an error of category ObjectNotFound?' `
        'src/Sdk/Export/PowerShell/PowerShellScriptWriter.cs (Remove-GroupObject ignores exactly ObjectNotFound)' {
        $lines = @()
        $categories = @()
        foreach ($cmdlet in 'Remove-NetIPsecRule', 'Remove-NetIPsecMainModeRule', 'Remove-NetIPsecQuickModeCryptoSet', 'Remove-NetIPsecMainModeCryptoSet', 'Remove-NetIPsecPhase2AuthSet', 'Remove-NetIPsecPhase1AuthSet') {
            $probe = Invoke-Probe { & $cmdlet -Group "$Group.no-such-group" -PolicyStore $store -ErrorAction Stop }
            if ($probe.Ok) {
                $lines += "${cmdlet}: no error"
                $categories += "${cmdlet}: no error"
            }
            else {
                $lines += "${cmdlet}: Category=$($probe.Category) FullyQualifiedErrorId=$($probe.ErrorId) Exception=$($probe.ExceptionType) NativeErrorCode=$($probe.NativeErrorCode): $($probe.Error)"
                $categories += "${cmdlet}: $($probe.Category)"
            }
        }
        $all = @($categories | Where-Object { $_ -notmatch ': (ObjectNotFound|no error)$' })
        $answer = if ($all.Count -eq 0) { 'Yes: every removal finds nothing as ObjectNotFound (or no error), which Remove-GroupObject ignores.' } else { 'NO for: ' + ($all -join '; ') + ' (the generated script would stop on its first run).' }
        @{ Answer = $answer; Details = $lines -join "`n" }
    }

    Ask 'Q9' 'netsh qmpfs=dhgroup24: accepted?' 'src/Sdk/Export/Netsh/NetshQuickModeWriter.cs (qmpfs=dhgroup24 is not in the netsh help; written as-is)' {
        $lines = @()
        $verdicts = @()
        foreach ($pfs in 'dhgroup14', 'dhgroup24', 'ecdhp384', 'mainmode') {
            $netsh = Add-NetshRule "$Group.q9.$pfs" "$netshEndpoints action=requestinrequestout $netshTransport auth1=computerkerb qmpfs=$pfs qmsecmethods=esp:sha256-aes256"
            $lines += Format-NetshResult $netsh (Format-RuleSets $netsh.Rule)
            $verdicts += "${pfs}: " + $(if ($netsh.Accepted) { 'accepted' } else { 'REJECTED' })
        }
        @{ Answer = ($verdicts -join '; ') + ' (dhgroup14 is the control).'; Details = $lines -join "`n" }
    }

    Ask 'Q10' 'netsh auth1ca: is a CA name that does not start with CN= accepted, and stored as given?' 'src/Sdk/Export/Netsh/NetshAuthenticationWriter.cs (help says CA names must be prefixed by CN=; written as given)' {
        $lines = @()
        $verdicts = @()
        foreach ($case in @(@{ Label = 'CN= first'; Ca = 'CN=Contoso Root CA, DC=contoso, DC=com' }, @{ Label = 'DC= first (as the samples write it)'; Ca = 'DC=com, DC=contoso, CN=Contoso Root CA' })) {
            $name = "$Group.q10.$($case.Label -replace '[^A-Za-z]', '')"
            $netsh = Add-NetshRule $name "$netshEndpoints action=requestinrequestout $netshTransport auth1=computercert auth1ca=""$($case.Ca) certmapping:no excludecaname:no catype:root"""
            $lines += Format-NetshResult $netsh (Format-RuleSets $netsh.Rule)
            $verdicts += "$($case.Label): " + $(if ($netsh.Accepted) { 'accepted' } else { 'REJECTED' })
        }
        @{ Answer = ($verdicts -join '; ') + ' (see the stored Authority in the details).'; Details = $lines -join "`n" }
    }

    Ask 'Q11' 'netsh action=requireinclearout: accepted in tunnel and transport mode, and read back as InboundSecurity Require / OutboundSecurity None?' 'src/Sdk/Export/Netsh/NetshRuleWriter.cs (mapping derived from FASP OUTBOUND_CLEAR, unconfirmed)' {
        $lines = @()
        $verdicts = @()
        foreach ($case in @(
                @{ Label = 'tunnel'; Rest = 'endpoint1=198.51.100.224/27 endpoint2=203.0.113.224/27 action=requireinclearout mode=tunnel enable=no localtunnelendpoint=198.51.100.102 remotetunnelendpoint=203.0.113.3 auth1=computerkerb' },
                @{ Label = 'transport'; Rest = "$netshEndpoints action=requireinclearout $netshTransport auth1=computerkerb" })) {
            $netsh = Add-NetshRule "$Group.q11.$($case.Label)" $case.Rest
            $lines += Format-NetshResult $netsh (Format-RuleSets $netsh.Rule)
            $verdicts += "$($case.Label): " + $(if ($netsh.Accepted) { "accepted, InboundSecurity=$($netsh.Rule.InboundSecurity) OutboundSecurity=$($netsh.Rule.OutboundSecurity)" } else { 'REJECTED' })
        }
        @{ Answer = ($verdicts -join '; ') + '.'; Details = $lines -join "`n" }
    }

    Ask 'Q12' 'netsh auth1kerbproxyfqdn (Kerberos proxy): accepted, and stored as the proposal''s Proxy?' 'src/Sdk/Export/Netsh/NetshAuthenticationWriter.cs (auth1kerbproxyfqdn is unconfirmed; written as plain Kerberos)' {
        $netsh = Add-NetshRule "$Group.q12" "$netshEndpoints action=requestinrequestout $netshTransport auth1=computerkerb auth1kerbproxyfqdn=kdcproxy.contoso.com"
        @{ Answer = $(if ($netsh.Accepted) { 'accepted (see the phase-1 proposal for Proxy)' } else { 'REJECTED' }) + '.'; Details = Format-NetshResult $netsh (Format-RuleSets $netsh.Rule) }
    }

    Ask 'Q13' 'netsh transport-mode authorization (authzcomputergrptransport, authzusergrptransport): in the set global help?' 'src/Sdk/Export/Netsh/NetshGlobalWriter.cs (syntax unconfirmed; not written). Help text only: setting it would change the machine.' {
        $texts = @(Invoke-NetshLine 'advfirewall set global ?'; Invoke-NetshLine 'advfirewall set global ipsec ?')
        Set-Content -LiteralPath (Join-Path $OutputDirectory 'netsh-set-global-help.txt') -Value (($texts | ForEach-Object { "> $($_.Line)`n$($_.Output)" }) -join "`n`n") -Encoding utf8
        $all = ($texts | ForEach-Object { $_.Output }) -join "`n"
        $found = foreach ($token in 'authzcomputergrptransport', 'authzusergrptransport', 'authzcomputergrp', 'authzusergrp') {
            "${token}: " + $(if ($all -match [regex]::Escape($token)) { 'in help' } else { 'not in help' })
        }
        @{ Answer = ($found -join '; ') + '.'; Details = ($texts | ForEach-Object { "> $($_.Line)`n$($_.Output)" }) -join "`n`n" }
    }
}
finally {
    # -------------------------------------------------------------- cleanup
    foreach ($name in $netshRuleNames) { Invoke-NetshLine "advfirewall consec delete rule name=""$name""" | Out-Null }
    Remove-GroupObjects
    $everyRule = @(Get-NetIPsecRule -PolicyStore $store -ErrorAction SilentlyContinue)
    $orphans = @()
    foreach ($set in $netshSets) {
        $stillThere = & "Get-$($set.Cmdlet)" -Name $set.Name -PolicyStore $store -ErrorAction SilentlyContinue
        $used = @($everyRule | Where-Object { $_.Phase1AuthSet -eq $set.Name -or $_.Phase2AuthSet -eq $set.Name -or $_.QuickModeCryptoSet -eq $set.Name }).Count
        if ($stillThere -and $used -eq 0 -and $set.Name -notlike '{E5A5D32A-4BCE-4e4d-B07F-4AB1BA7E5FE*') {
            $orphans += "$($set.Cmdlet) $($set.Name)"
            & "Remove-$($set.Cmdlet)" -Name $set.Name -PolicyStore $store -ErrorAction Continue
        }
    }
    if ($orphans) { Write-Host "netsh consec delete rule left $($orphans.Count) set(s) behind; removed: $($orphans -join ', ')" }
    $left = @(Get-NetIPsecRule -PolicyStore $store -ErrorAction SilentlyContinue | Where-Object { $_.Group -eq $Group -or $_.DisplayName -like "$Group*" })
    foreach ($noun in 'NetIPsecMainModeRule', 'NetIPsecQuickModeCryptoSet', 'NetIPsecMainModeCryptoSet', 'NetIPsecPhase2AuthSet', 'NetIPsecPhase1AuthSet') {
        $left += @(& "Get-$noun" -Group $Group -PolicyStore $store -ErrorAction SilentlyContinue)
    }
    if ($left.Count -ne 0) { $infrastructureErrors.Add("Cleanup left $($left.Count) object(s) of $Group behind: $(($left | ForEach-Object { $_.Name }) -join ', ')") }
    if ($session) { $session.Dispose() }
    Remove-Item -Recurse -Force -LiteralPath $work -ErrorAction SilentlyContinue
}

# ------------------------------------------------------------------ report

$markdown = [System.Text.StringBuilder]::new()
[void] $markdown.AppendLine('## Open questions answered by Windows')
[void] $markdown.AppendLine('')
[void] $markdown.AppendLine("Machine: $environment. Group: ``$Group``. netsh sets left behind by ``consec delete rule``: $(if ($orphans) { $orphans.Count } else { 'none' }).")
[void] $markdown.AppendLine('')
[void] $markdown.AppendLine('| # | Question | Windows'' answer | Asked by |')
[void] $markdown.AppendLine('|---|---|---|---|')
foreach ($entry in $answers) {
    $answer = if ($entry.Status -eq 'answered') { $entry.Answer } else { "**$($entry.Status)**: $($entry.Answer)" }
    [void] $markdown.AppendLine("| $($entry.Id) | $(ConvertTo-Cell $entry.Question) | $(ConvertTo-Cell $answer) | $(ConvertTo-Cell $entry.Source) |")
}
[void] $markdown.AppendLine('')
foreach ($entry in $answers) {
    [void] $markdown.AppendLine("<details><summary>$($entry.Id) details</summary>")
    [void] $markdown.AppendLine('')
    [void] $markdown.AppendLine('```text')
    [void] $markdown.AppendLine(($entry.Details -replace '```', "'''"))
    [void] $markdown.AppendLine('```')
    [void] $markdown.AppendLine('')
    [void] $markdown.AppendLine('</details>')
    [void] $markdown.AppendLine('')
}
if ($infrastructureErrors.Count -ne 0) {
    [void] $markdown.AppendLine("**Infrastructure errors ($($infrastructureErrors.Count)):**")
    foreach ($problem in $infrastructureErrors) { [void] $markdown.AppendLine("- $(ConvertTo-Cell $problem)") }
}
$markdown.ToString() | Set-Content -LiteralPath (Join-Path $OutputDirectory 'open-questions.md') -Encoding utf8
[pscustomobject] @{ Machine = $environment; Group = $Group; Answers = $answers; InfrastructureErrors = $infrastructureErrors } |
    ConvertTo-Json -Depth 5 | Set-Content -LiteralPath (Join-Path $OutputDirectory 'open-questions.json') -Encoding utf8
if ($SummaryPath) { $markdown.ToString() | Add-Content -LiteralPath $SummaryPath -Encoding utf8 }
if ($infrastructureErrors.Count -ne 0) {
    foreach ($problem in $infrastructureErrors) { Write-Host "::error::$problem" }
    exit 1
}
Write-Host "Answered $($answers.Count) questions; see open-questions.md."
