using System;
using System.Collections.Generic;
using System.Linq;

namespace IpsecSdk.Export.PowerShell
{
    /// <summary>
    /// Builds the NetSecurity commands for the policy's objects: every object gets <c>-Name</c> (its ID),
    /// <c>-DisplayName</c>, <c>-Description</c>, <c>-Group</c> and the target (<c>-PolicyStore</c> or <c>-GPOSession</c>).
    /// </summary>
    internal sealed class NetSecurityCommands
    {
        private readonly string _group;
        private readonly KeyValuePair<string, PowerShellValue> _target;
        private readonly PresharedKeyParameters _keys;

        internal NetSecurityCommands(string group, KeyValuePair<string, PowerShellValue> target, PresharedKeyParameters keys)
        {
            _group = group;
            _target = target;
            _keys = keys;
        }

        internal PowerShellCommand Phase1AuthSet(Phase1AuthenticationSet set, string path) =>
            Owned("New-NetIPsecPhase1AuthSet", set.Id, set.DisplayName, set.Description)
                .With("Proposal", AuthProposals(set.Id, set.Proposals, path))
                .With(_target.Key, _target.Value);

        internal PowerShellCommand Phase2AuthSet(Phase2AuthenticationSet set, string path) =>
            Owned("New-NetIPsecPhase2AuthSet", set.Id, set.DisplayName, set.Description)
                .With("Proposal", AuthProposals(set.Id, set.Proposals, path))
                .With(_target.Key, _target.Value);

        internal PowerShellCommand MainModeCryptoSet(MainModeCryptoSet set) =>
            Owned("New-NetIPsecMainModeCryptoSet", set.Id, set.DisplayName, set.Description)
                .With("Proposal", PowerShellValue.CommandArray(set.Proposals.Select(p => new PowerShellCommand("New-NetIPsecMainModeCryptoProposal")
                    .With("Encryption", PowerShellValue.Name(NetSecurityValues.Encryption(p.Encryption)))
                    .With("Hash", PowerShellValue.Name(NetSecurityValues.Integrity(p.Integrity)))
                    .With("KeyExchange", PowerShellValue.Name(NetSecurityValues.KeyExchange(p.KeyExchange)))
                    .ToInline())))
                .With("MaxMinutes", PowerShellValue.Number(set.LifetimeMinutes))
                .With("MaxSessions", PowerShellValue.Number(set.MaxSessions))
                .With("ForceDiffieHellman", PowerShellValue.Boolean(set.ForceDiffieHellman))
                .With(_target.Key, _target.Value);

        internal PowerShellCommand QuickModeCryptoSet(QuickModeCryptoSet set) =>
            Owned("New-NetIPsecQuickModeCryptoSet", set.Id, set.DisplayName, set.Description)
                .With("Proposal", PowerShellValue.CommandArray(set.Proposals.Select(QuickModeProposal)))
                .With("PerfectForwardSecrecyGroup", PowerShellValue.Name(NetSecurityValues.Pfs(set.PfsGroup)))
                .With(_target.Key, _target.Value);

        internal PowerShellCommand MainModeRule(MainModeRule rule)
        {
            var command = Owned("New-NetIPsecMainModeRule", rule.Id, rule.DisplayName, null)
                .With("Enabled", PowerShellValue.Name(NetSecurityValues.Enabled(rule.Enabled)))
                .With("Profile", PowerShellValue.Names(NetSecurityValues.Profiles(rule.Profiles)))
                .With("MainModeCryptoSet", rule.MainMode.Id)
                .With("Phase1AuthSet", rule.Phase1Authentication?.Id)
                .With("LocalAddress", rule.LocalAddresses)
                .With("RemoteAddress", rule.RemoteAddresses);
            return command.With(_target.Key, _target.Value);
        }

        internal PowerShellCommand Rule(ConnectionSecurityRule rule)
        {
            var command = Owned("New-NetIPsecRule", rule.Id, rule.DisplayName, rule.Description)
                .With("Enabled", PowerShellValue.Name(NetSecurityValues.Enabled(rule.Enabled)))
                .With("Profile", PowerShellValue.Names(NetSecurityValues.Profiles(rule.Profiles)))
                .With("Mode", PowerShellValue.Name(NetSecurityValues.Mode(rule.Mode)))
                .With("InboundSecurity", PowerShellValue.Name(NetSecurityValues.Security(rule.InboundSecurity)))
                .With("OutboundSecurity", PowerShellValue.Name(NetSecurityValues.Security(rule.OutboundSecurity)))
                .With("KeyModule", PowerShellValue.Names(NetSecurityValues.KeyModules(rule.KeyModule)))
                .With("LocalAddress", rule.LocalAddresses)
                .With("RemoteAddress", rule.RemoteAddresses);
            if (rule.Protocol is int protocol)
            {
                command.With("Protocol", PowerShellValue.Text(NetSecurityValues.Protocol(protocol)));
            }

            command.With("LocalPort", rule.LocalPorts)
                .With("RemotePort", rule.RemotePorts)
                .With("InterfaceType", PowerShellValue.Names(NetSecurityValues.InterfaceTypes(rule.InterfaceTypes)));
            if (rule.Mode == IpsecMode.Tunnel)
            {
                command.With("LocalTunnelEndpoint", rule.LocalTunnelEndpoint)
                    .With("RemoteTunnelEndpoint", rule.RemoteTunnelEndpoints);
            }

            command.With("RequireAuthorization", PowerShellValue.Boolean(rule.RequireAuthorization))
                .With("Machine", rule.AuthorizedMachinesSddl)
                .With("User", rule.AuthorizedUsersSddl);
            if (!rule.IsExemption)
            {
                // Windows requires the sets to be absent on "do not secure" rules (MS-FASP DO_NOT_SECURE).
                command.With("QuickModeCryptoSet", rule.QuickMode?.Id)
                    .With("Phase1AuthSet", rule.Phase1Authentication?.Id)
                    .With("Phase2AuthSet", rule.Phase2Authentication?.Id);
            }

            return command.With(_target.Key, _target.Value);
        }

        /// <summary>A group-scoped removal: <c>Remove-&lt;noun&gt; -Group '&lt;group&gt;'</c> plus the target.</summary>
        internal PowerShellCommand Removal(string cmdlet) =>
            new PowerShellCommand(cmdlet).With("Group", _group).With(_target.Key, _target.Value);

        private static string QuickModeProposal(QuickModeProposal proposal)
        {
            var command = new PowerShellCommand("New-NetIPsecQuickModeCryptoProposal")
                .With("Encapsulation", PowerShellValue.Names(NetSecurityValues.Encapsulation(proposal.Encapsulation)));
            if (proposal.Encapsulation != Encapsulation.Esp)
            {
                command.With("AHHash", PowerShellValue.Name(NetSecurityValues.Integrity(proposal.AhIntegrity)));
            }

            // AH only still states -ESPHash None -Encryption None, as Microsoft's AH example does (New-NetIPsecRule, example 4):
            // -Encryption has no documented default, so the script does not depend on one.
            var ah = proposal.Encapsulation == Encapsulation.Ah;
            command.With("ESPHash", PowerShellValue.Name(NetSecurityValues.Integrity(ah ? Integrity.None : proposal.EspIntegrity)))
                .With("Encryption", PowerShellValue.Name(NetSecurityValues.Encryption(ah ? Encryption.None : proposal.Encryption)));

            return command.With("MaxMinutes", PowerShellValue.Number(proposal.LifetimeMinutes))
                .With("MaxKiloBytes", PowerShellValue.Number(proposal.LifetimeKilobytes))
                .ToInline();
        }

        private PowerShellValue AuthProposals(string setId, IReadOnlyList<AuthenticationProposal> proposals, string path) =>
            PowerShellValue.CommandArray(proposals.Select((p, i) => AuthProposal(setId, p, path + ".proposals[" + i + "]").ToInline()));

        private PowerShellCommand AuthProposal(string setId, AuthenticationProposal proposal, string path)
        {
            var command = new PowerShellCommand("New-NetIPsecAuthProposal");
            switch (proposal.Method)
            {
                case AuthenticationMethod.Anonymous:
                    return command.WithSwitch("Anonymous");
                case AuthenticationMethod.MachineKerberos:
                case AuthenticationMethod.UserKerberos:
                    return command.WithSwitch(proposal.Method == AuthenticationMethod.UserKerberos ? "User" : "Machine")
                        .WithSwitch("Kerberos")
                        .With("Proxy", proposal.KerberosProxy);
                case AuthenticationMethod.MachineNtlm:
                    return command.WithSwitch("Machine").WithSwitch("Ntlm");
                case AuthenticationMethod.UserNtlm:
                    return command.WithSwitch("User").WithSwitch("Ntlm");
                case AuthenticationMethod.PresharedKey:
                    return command.WithSwitch("Machine")
                        .With("PreSharedKey", _keys.ValueFor(proposal.PresharedKey ?? throw Missing(path + ".presharedKey", "a pre-shared key proposal needs its key"), setId));
                case AuthenticationMethod.MachineCertificate:
                case AuthenticationMethod.UserCertificate:
                case AuthenticationMethod.MachineHealthCertificate:
                    return CertificateProposal(command, proposal, path);
                default:
                    throw new ArgumentException("'" + path + ".method' is " + proposal.Method + ", which has no NetSecurity form; allowed: " + string.Join(", ", Enum.GetNames(typeof(AuthenticationMethod))) + ".", nameof(proposal));
            }
        }

        private static PowerShellCommand CertificateProposal(PowerShellCommand command, AuthenticationProposal proposal, string path)
        {
            command.WithSwitch(proposal.Method == AuthenticationMethod.UserCertificate ? "User" : "Machine")
                .WithSwitch("Cert")
                .WithSwitch("Health", proposal.Method == AuthenticationMethod.MachineHealthCertificate)
                .With("Authority", proposal.CertificateAuthority ?? throw Missing(path + ".certificateAuthority", "a certificate proposal needs the trusted CA's X.500 name"))
                .With("AuthorityType", PowerShellValue.Name(NetSecurityValues.AuthorityType(proposal.AuthorityType)))
                .With("Signing", PowerShellValue.Name(NetSecurityValues.Signing(proposal.Signing)))
                .WithSwitch("AccountMapping", proposal.MapToAccount)
                .WithSwitch("ExcludeCAName", proposal.ExcludeCertificateAuthorityName);
            var criteria = proposal.Criteria;
            if (criteria == null)
            {
                return command;
            }

            command.With("SubjectName", criteria.SubjectName);
            if (criteria.SubjectNameType != CertificateNameType.None)
            {
                command.With("SubjectNameType", PowerShellValue.Name(NetSecurityValues.SubjectNameType(criteria.SubjectNameType)));
            }

            if (!criteria.Selection && !criteria.Validation)
            {
                throw new ArgumentException("'" + path + ".criteria' is used neither for selection nor for validation; set selection, validation or both to true.", nameof(proposal));
            }

            // The cmdlet assumes both when neither switch is given, so only a one-sided use is spelled out.
            return command.With("ExtendedKeyUsage", criteria.ExtendedKeyUsages)
                .With("Thumbprint", criteria.Thumbprint)
                .WithSwitch("FollowRenewal", criteria.FollowRenewal)
                .WithSwitch("SelectionCriteria", criteria.Selection && !criteria.Validation)
                .WithSwitch("ValidationCriteria", criteria.Validation && !criteria.Selection);
        }

        private PowerShellCommand Owned(string cmdlet, string id, string displayName, string? description) =>
            new PowerShellCommand(cmdlet)
                .With("Name", id)
                .With("DisplayName", displayName.Length == 0 ? id : displayName)
                .With("Description", description)
                .With("Group", _group);

        private static ArgumentException Missing(string path, string what) =>
            new ArgumentException("'" + path + "' is missing: " + what + ".", "policy");
    }
}
