namespace IpsecSdk.Export.StrongSwan
{
    /// <summary>Rule-level mapping: the IKE version, and Windows behaviour a peer cannot mirror.</summary>
    internal static class SwanctlRuleChecks
    {
        /// <summary>
        /// swanctl <c>version</c>: 2 for IKEv2, 1 for IKEv1, 0 (either) for both; null when only AuthIP is allowed.
        /// </summary>
        internal static string? Version(ConnectionSecurityRule rule, string path, SwanctlExportContext context)
        {
            var modules = rule.KeyModule;
            if (modules == KeyModule.Default)
            {
                context.Report(path + ".keyModule", ExportLimitationKind.Approximated, "key module Default means IKEv1 and IKEv2 since Windows 11 24H2 / Server 2025 and IKEv1 and AuthIP before (New-NetIPsecRule -KeyModule), so version = 1, the one every Windows release offers, is written. Choose IKEv2 in the policy (certificates only) for a modern peer.");
                return "1";
            }
            var ikeV1 = (modules & KeyModule.IkeV1) != 0;
            var ikeV2 = (modules & KeyModule.IkeV2) != 0;
            if (!ikeV1 && !ikeV2)
            {
                context.Report(path + ".keyModule", ExportLimitationKind.Omitted, "the rule allows Microsoft's AuthIP only, which no non-Windows peer speaks; rule not written.");
                return null;
            }
            if ((modules & KeyModule.AuthIP) != 0)
            {
                context.Report(path + ".keyModule", ExportLimitationKind.NotExpressed, "AuthIP is Microsoft-only; the peer uses the IKE versions the rule also allows.");
            }
            return ikeV1 && ikeV2 ? "0" : ikeV2 ? "2" : "1";
        }

        /// <summary>Reports Windows-side behaviour the peer configuration cannot reproduce.</summary>
        internal static void ReportWindowsOnly(ConnectionSecurityRule rule, string path, SwanctlExportContext context)
        {
            if (rule.InboundSecurity != SecurityAction.Require || rule.OutboundSecurity != SecurityAction.Require)
            {
                context.Report(path + ".inboundSecurity", ExportLimitationKind.Approximated, "Windows requests rather than requires IPsec (inbound " + rule.InboundSecurity + ", outbound " + rule.OutboundSecurity + ") and falls back to clear text; strongSwan has no fallback, so the peer always protects this traffic.");
            }
            if (rule.RequireAuthorization || rule.AuthorizedMachinesSddl != null || rule.AuthorizedUsersSddl != null)
            {
                context.Report(path + ".requireAuthorization", ExportLimitationKind.NotExpressed, "Windows authorizes the peer's computer/user account against an SDDL list itself; the peer's identity must be in that list.");
            }
            if (!rule.Enabled)
            {
                context.Report(path + ".enabled", ExportLimitationKind.NotExpressed, "the rule is disabled on Windows; the peer connection is written anyway and will not come up until it is enabled.");
            }
        }
    }
}
