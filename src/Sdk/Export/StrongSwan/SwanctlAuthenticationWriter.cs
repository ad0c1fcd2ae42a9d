using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace IpsecSdk.Export.StrongSwan
{
    /// <summary>The <c>local</c>/<c>remote</c> sections of a connection and, for pre-shared keys, its secret.</summary>
    internal sealed record SwanctlAuthentication(List<KeyValuePair<string, string>> Local, List<KeyValuePair<string, string>> Remote, string? Secret);

    /// <summary>
    /// Maps phase-1 authentication to strongSwan: machine certificates to <c>pubkey</c> with the CA as <c>ca_id</c>,
    /// pre-shared keys to <c>psk</c>. Kerberos, NTLM, anonymous, health certificates and phase-2 (AuthIP) methods are
    /// Windows-only and reported.
    /// </summary>
    internal static class SwanctlAuthenticationWriter
    {
        internal static SwanctlAuthentication? Write(ConnectionSecurityRule rule, GlobalIpsecSettings? settings, string path, SwanctlExportContext context)
        {
            if (rule.Phase2Authentication != null)
            {
                context.Report(path + ".phase2Authentication", ExportLimitationKind.NotExpressed, "phase-2 (user or health) authentication exists only in Microsoft's AuthIP; the peer cannot take part in it.");
            }
            SwanctlAuthentication? chosen = null;
            var proposals = rule.Phase1Authentication?.Proposals ?? ValueList<AuthenticationProposal>.Empty;
            for (var i = 0; i < proposals.Count; i++)
            {
                var proposalPath = path + ".phase1Authentication.proposals[" + i + "]";
                var proposal = proposals[i];
                if (proposal.Method != AuthenticationMethod.MachineCertificate && proposal.Method != AuthenticationMethod.PresharedKey)
                {
                    context.Report(proposalPath, ExportLimitationKind.NotExpressed, proposal.Method + " is Windows-only (no IKE standard strongSwan speaks); left out.");
                    continue;
                }
                if (chosen != null)
                {
                    context.Report(proposalPath, ExportLimitationKind.NotExpressed, "a swanctl connection authenticates one way; the earlier proposal is used and this alternative left out.");
                    continue;
                }
                chosen = proposal.Method == AuthenticationMethod.PresharedKey
                    ? PresharedKey(proposal, settings, proposalPath, context)
                    : Certificate(proposal, settings, proposalPath, context);
            }
            if (chosen == null)
            {
                context.Report(path + ".phase1Authentication", ExportLimitationKind.Omitted, "no phase-1 method a non-Windows peer can use (machine certificate or pre-shared key); rule not written.");
            }
            return chosen;
        }

        private static SwanctlAuthentication Certificate(AuthenticationProposal proposal, GlobalIpsecSettings? settings, string path, SwanctlExportContext context)
        {
            var local = new List<KeyValuePair<string, string>> { Pair("auth", "pubkey"), Pair("certs", context.Options.LocalCertificate) };
            var remote = new List<KeyValuePair<string, string>> { Pair("auth", StrongSwanTokens.RemoteCertificateAuth(proposal.Signing)) };
            var ca = proposal.CertificateAuthority;
            if (ca != null && ca.Any(c => c > '\u007e'))
            {
                // Seen with the interop harness: charon refuses ca_id "CN=\u00e9a" (quoted or not) with "invalid value for: ca_id"
                // and discards the whole connection, so such a name is left out rather than breaking the configuration.
                context.Report(path + ".certificateAuthority", ExportLimitationKind.NotExpressed, "the CA name has non-ASCII characters, which strongSwan's ca_id refuses (the connection would not load); written without ca_id, so any CA the peer trusts is accepted.");
            }
            else if (ca != null && SwanctlText.CanCarry(ca) && ca.Trim().Length > 0)
            {
                // ca_id: the identity must appear in one CA certificate of the peer's chain, root or intermediate.
                remote.Add(Pair("ca_id", ca));
            }
            else
            {
                context.Report(path + ".certificateAuthority", ExportLimitationKind.NotExpressed, "the CA name is missing or spans lines; written without ca_id, so any CA the peer trusts is accepted.");
            }
            if (settings != null)
            {
                remote.Add(Pair("revocation", Revocation(settings.CertValidationLevel)));
            }
            if (proposal.Criteria != null)
            {
                context.Report(path + ".criteria", ExportLimitationKind.NotExpressed, "Windows checks these certificate criteria (subject, EKUs, thumbprint) itself; the peer's certificate must meet them.");
            }
            if (proposal.MapToAccount)
            {
                context.Report(path + ".mapToAccount", ExportLimitationKind.NotExpressed, "Windows maps the peer's certificate to an Active Directory account; the peer's certificate must map to one.");
            }
            return new SwanctlAuthentication(local, remote, null);
        }

        private static SwanctlAuthentication PresharedKey(AuthenticationProposal proposal, GlobalIpsecSettings? settings, string path, SwanctlExportContext context)
        {
            string? secret = null;
            if (context.Options.IncludePresharedKeys && proposal.PresharedKey != null)
            {
                // 0s = base64: no quoting issues, and the bytes follow Windows' key encoding.
                var encoding = settings?.KeyEncoding == PresharedKeyEncoding.Utf16 ? Encoding.Unicode : Encoding.UTF8;
                secret = "0s" + Convert.ToBase64String(encoding.GetBytes(proposal.PresharedKey));
            }
            else
            {
                context.Report(path + ".presharedKey", ExportLimitationKind.NotExpressed, "the key is not written; add it to the secrets section by hand (secrets { ike-<connection> { secret = ... } }).");
            }
            var psk = new List<KeyValuePair<string, string>> { Pair("auth", "psk") };
            return new SwanctlAuthentication(psk, new List<KeyValuePair<string, string>>(psk), secret);
        }

        // Windows "fail on any CRL-check error" is strongSwan strict (fail without revocation information);
        // "fail only when known revoked" and "no check" are relaxed (strongSwan has no switch to skip the check).
        private static string Revocation(CertValidationLevel level) =>
            level == CertValidationLevel.RequireCrlCheck ? "strict" : "relaxed";

        private static KeyValuePair<string, string> Pair(string key, string value) => new KeyValuePair<string, string>(key, value);
    }
}
