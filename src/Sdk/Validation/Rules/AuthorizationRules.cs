using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// Authorization lists (IPSEC115): a rule's Users/Machines SDDL and the four global tunnel/transport lists must be
    /// security descriptors that <see cref="SddlLiteral"/> accepts. Null means no list; the text goes verbatim into
    /// <c>New-NetIPsecRule -Machine/-User</c>, <c>Set-NetFirewallSetting -Remote…AuthorizationList</c>, netsh's
    /// <c>authzcomputergrp</c>/<c>authzusergrp</c> and the CIM properties, so nothing else may reach them.
    /// </summary>
    internal static class AuthorizationRules
    {
        internal static void Check(FindingCollector findings, ConnectionSecurityRule rule, string rulePath)
        {
            Check(findings, rule.AuthorizedMachinesSddl, PolicyPath.Member(rulePath, "authorizedMachinesSddl"));
            Check(findings, rule.AuthorizedUsersSddl, PolicyPath.Member(rulePath, "authorizedUsersSddl"));
        }

        internal static void Check(FindingCollector findings, GlobalIpsecSettings settings)
        {
            Check(findings, settings.RemoteMachineTunnelAuthorizationList, "settings.remoteMachineTunnelAuthorizationList");
            Check(findings, settings.RemoteUserTunnelAuthorizationList, "settings.remoteUserTunnelAuthorizationList");
            Check(findings, settings.RemoteMachineTransportAuthorizationList, "settings.remoteMachineTransportAuthorizationList");
            Check(findings, settings.RemoteUserTransportAuthorizationList, "settings.remoteUserTransportAuthorizationList");
        }

        private static void Check(FindingCollector findings, string? sddl, string path)
        {
            var problem = sddl is null ? null : SddlLiteral.Problem(sddl);
            if (problem != null)
            {
                findings.Error(RuleIds.InvalidAuthorization, path, path + " is not an authorization list Windows can apply: " + problem + ".");
            }
        }
    }
}
