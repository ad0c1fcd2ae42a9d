using System;
using System.Collections.Generic;
using System.Linq;

namespace IpsecSdk.Export.Netsh
{
    /// <summary>
    /// Writes <c>auth1=</c>/<c>auth2=</c> with their CA lists (<c>auth1ca</c>, <c>auth1ecdsap384ca</c> …), health flags
    /// and the pre-shared key (schema 3.1).
    /// </summary>
    internal static class NetshAuthenticationWriter
    {
        /// <summary>
        /// The parameters of one phase, or null when no proposal of it can be written.
        /// </summary>
        internal static List<KeyValuePair<string, string>>? Write(IReadOnlyList<AuthenticationProposal> proposals, int phase, string path, string ruleId, NetshExportContext context)
        {
            var methods = new List<string>();
            var authorities = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            var health = new SortedSet<string>(StringComparer.Ordinal);
            string? presharedKey = null;
            for (var i = 0; i < proposals.Count; i++)
            {
                var proposal = proposals[i];
                var proposalPath = path + ".proposals[" + i + "]";
                var method = NetshTokens.AuthenticationMethod(proposal.Method, proposal.Signing);
                if (method == null)
                {
                    context.Report(proposalPath, ExportLimitationKind.NotExpressed, "netsh has no token for " + proposal.Method + "; proposal left out.");
                    continue;
                }
                if (phase == 2 && !NetshTokens.AcceptedInPhase2(method))
                {
                    // auth2 takes user methods, computer certificates and anonymous only (and auth1psk is the one PSK parameter).
                    context.Report(proposalPath, ExportLimitationKind.NotExpressed, "netsh's auth2 has no " + method + " (it accepts computer certificates, user methods and anonymous); proposal left out.");
                    continue;
                }
                if (proposal.IsCertificate && !AddAuthority(proposal, phase, proposalPath, authorities, context))
                {
                    continue;
                }
                if (proposal.IsCertificate && proposal.Method == AuthenticationMethod.MachineHealthCertificate && phase == 1)
                {
                    health.Add(NetshTokens.HealthCertificateParameter(proposal.Signing));
                }
                if (proposal.Method == AuthenticationMethod.PresharedKey)
                {
                    if (presharedKey != null)
                    {
                        context.Report(proposalPath, ExportLimitationKind.NotExpressed, "netsh takes one auth1psk; this second pre-shared key is left out.");
                        continue;
                    }
                    presharedKey = PresharedKey(proposal, proposalPath, ruleId, context);
                }
                if (proposal.IsKerberos && proposal.KerberosProxy != null)
                {
                    context.Report(proposalPath + ".kerberosProxy", ExportLimitationKind.NotExpressed, "the Kerberos proxy has no parameter in the netsh help (auth1kerbproxyfqdn is unconfirmed); written as plain Kerberos. Use the PowerShell export (New-NetIPsecAuthProposal -Proxy).");
                }
                if (!methods.Contains(method))
                {
                    methods.Add(method);
                }
            }
            if (methods.Count == 0)
            {
                return null;
            }
            var parameters = new List<KeyValuePair<string, string>> { Pair("auth" + phase, string.Join(",", methods)) };
            if (presharedKey != null)
            {
                parameters.Add(Pair("auth1psk", presharedKey));
            }
            parameters.AddRange(authorities.Select(a => Pair(a.Key, "\"" + string.Join("|", a.Value) + "\"")));
            parameters.AddRange(health.Select(h => Pair(h, "yes")));
            return parameters;
        }

        private static bool AddAuthority(AuthenticationProposal proposal, int phase, string path, Dictionary<string, List<string>> authorities, NetshExportContext context)
        {
            if (string.IsNullOrEmpty(proposal.CertificateAuthority))
            {
                context.Report(path + ".certificateAuthority", ExportLimitationKind.NotExpressed, "a certificate proposal without a CA cannot be restricted in netsh; proposal left out.");
                return false;
            }
            var entry = AuthorityEntry(proposal, phase, path, context);
            if (entry == null)
            {
                return false;
            }
            var parameter = NetshTokens.CertificateAuthorityParameter(phase, proposal.Signing);
            if (!authorities.TryGetValue(parameter, out var list))
            {
                authorities[parameter] = list = new List<string>();
            }
            list.Add(entry);
            if (proposal.Criteria != null)
            {
                context.Report(path + ".criteria", ExportLimitationKind.NotExpressed, "not written: netsh documents certificate criteria (certhash, followrenewal, certeku, certname, certnametype, certcriteriatype; netsh advfirewall reference, 2025) but not where they go inside auth1ca/auth2ca, so only the CA is checked until a Windows run settles the syntax (scripts/windows/open-questions.ps1). Use the PowerShell export (New-NetIPsecAuthProposal -SubjectName/-ExtendedKeyUsage/-Thumbprint).");
            }
            return true;
        }

        // "<CA name> certmapping:yes|no [excludecaname:yes|no] catype:root|intermediate"; netsh wants " in CA names as \'.
        private static string? AuthorityEntry(AuthenticationProposal proposal, int phase, string path, NetshExportContext context)
        {
            var name = NetshValue.Replace(proposal.CertificateAuthority!, "\"", "\\'");
            var formatted = NetshValue.FormatQuoted(name, out var problem);
            if (formatted == null || NetshValue.Has(name, '|'))
            {
                context.Report(path + ".certificateAuthority", ExportLimitationKind.NotExpressed, "the CA name " + (problem ?? "contains '|', which separates CAs in netsh") + "; proposal left out.");
                return null;
            }
            if (!name.TrimStart().StartsWith("CN=", StringComparison.OrdinalIgnoreCase))
            {
                context.Report(path + ".certificateAuthority", ExportLimitationKind.Unconfirmed, "the netsh help says CA names for auth1ca/auth2ca must be prefixed by 'CN='; written as given.");
            }
            var entry = formatted.Substring(1, formatted.Length - 2) + " certmapping:" + YesNo(proposal.MapToAccount);
            if (phase == 1)
            {
                entry += " excludecaname:" + YesNo(proposal.ExcludeCertificateAuthorityName);
            }
            else if (proposal.ExcludeCertificateAuthorityName)
            {
                context.Report(path + ".excludeCertificateAuthorityName", ExportLimitationKind.NotExpressed, "auth2ca has no excludecaname option (Windows allows it in phase 1 only).");
            }
            return entry + " catype:" + NetshTokens.CertificateAuthorityType(proposal.AuthorityType);
        }

        private static string PresharedKey(AuthenticationProposal proposal, string path, string ruleId, NetshExportContext context)
        {
            if (context.Options.IncludePresharedKeys)
            {
                var inline = NetshValue.FormatQuoted(proposal.PresharedKey ?? "", out var problem);
                if (inline != null)
                {
                    return inline;
                }
                context.Report(path + ".presharedKey", ExportLimitationKind.Approximated, "the key " + problem + "; read from an environment variable instead of written inline.");
            }
            return "\"%" + context.KeyVariable(ruleId, path + ".presharedKey") + "%\"";
        }

        private static string YesNo(bool value) => value ? "yes" : "no";

        private static KeyValuePair<string, string> Pair(string key, string value) => new KeyValuePair<string, string>(key, value);
    }
}
