using System.Collections.Generic;
using System.Globalization;

namespace IpsecSdk.Export.Netsh
{
    /// <summary>Writes <c>qmpfs=</c> and <c>qmsecmethods=</c> of a rule (schema 3.1).</summary>
    internal static class NetshQuickModeWriter
    {
        /// <summary>The two parameters, or null when no proposal can be written (netsh would fall back to its weak default).</summary>
        internal static List<KeyValuePair<string, string>>? Write(QuickModeCryptoSet set, string path, NetshExportContext context)
        {
            var methods = new List<string>();
            for (var i = 0; i < set.Proposals.Count; i++)
            {
                var method = Method(set.Proposals[i], out var problem);
                if (method == null)
                {
                    context.Report(path + ".proposals[" + i + "]", ExportLimitationKind.NotExpressed, problem + "; proposal left out of qmsecmethods.");
                }
                else
                {
                    methods.Add(method);
                }
            }
            if (methods.Count == 0)
            {
                context.Report(path + ".proposals", ExportLimitationKind.Omitted, "no quick-mode proposal can be written for netsh, which would use its default (SHA-1, AES-128) instead; rule not written.");
                return null;
            }
            if (!NetshTokens.IsDocumentedQuickModePfs(set.PfsGroup))
            {
                context.Report(path + ".pfsGroup", ExportLimitationKind.Unconfirmed, "qmpfs=dhgroup24 is not in the netsh help (only mmsecmethods lists dhgroup24); written as-is, so the rule fails to add rather than lose PFS if netsh rejects it.");
            }
            return new List<KeyValuePair<string, string>>
            {
                new KeyValuePair<string, string>("qmpfs", NetshTokens.QuickModePfs(set.PfsGroup)),
                new KeyValuePair<string, string>("qmsecmethods", string.Join(",", methods)),
            };
        }

        /// <summary>One <c>qmsecmethods</c> entry, e.g. <c>esp:aesgcm256-aesgcm256+60min+100000kb</c>.</summary>
        internal static string? Method(QuickModeProposal proposal, out string? problem)
        {
            string? method;
            switch (proposal.Encapsulation)
            {
                case Encapsulation.Ah:
                    method = Ah(proposal.AhIntegrity, out problem);
                    break;
                case Encapsulation.AhAndEsp:
                    var ah = Ah(proposal.AhIntegrity, out problem);
                    var esp = ah == null ? null : Esp(proposal, out problem);
                    method = esp == null ? null : ah + "+" + esp;
                    break;
                default:
                    method = Esp(proposal, out problem);
                    break;
            }
            return method == null ? null : method + "+" + Lifetime(proposal);
        }

        private static string? Ah(Integrity integrity, out string? problem)
        {
            problem = integrity == Integrity.None || integrity == Integrity.Sha384 ? "AH integrity " + integrity + " is not a quick-mode integrity netsh accepts" : null;
            return problem == null ? "ah:" + NetshTokens.Integrity(integrity) : null;
        }

        private static string? Esp(QuickModeProposal proposal, out string? problem)
        {
            problem = null;
            if (proposal.EspIntegrity == Integrity.None)
            {
                // Every netsh source lists the integrity tokens md5|sha1|sha256|aesgmac*|aesgcm* and no 'none' (netsh-advfirewall,
                // ms.date 07/24/2025; KB 949856), and KB 949856's table of quick-mode suites has no encryption-only ESP row. The
                // cmdlet documents it (-ESPHash None), netsh does not: reported rather than written as an undocumented token.
                problem = "ESP with encryption " + proposal.Encryption + " and no integrity: netsh documents no 'none' integrity token (KB 949856, netsh advfirewall reference); only the PowerShell export can state it";
                return null;
            }
            if (proposal.EspIntegrity == Integrity.Sha384)
            {
                problem = "SHA-384 is main-mode only (IPSEC102); netsh quick mode has no sha384";
                return null;
            }
            var gcmMismatch = GcmPairs.IsGcm(proposal.Encryption) && proposal.EspIntegrity != GcmPairs.GmacFor(proposal.Encryption);
            if (gcmMismatch)
            {
                problem = "netsh requires the same aesgcm token for ESP integrity and encryption, but integrity is " + proposal.EspIntegrity + " with " + proposal.Encryption;
                return null;
            }
            // Integrity-only ESP is 'esp:<integrity>-none': KB 949856 example 1 ("qmsecmethods=ah:aesgmac256+esp:aesgmac256-none",
            // "The rule does not include encryption"), and Windows displays such suites as "ESP:SHA1-None" (KB 2855053).
            var encryption = proposal.Encryption == Encryption.None ? "none" : NetshTokens.Encryption(proposal.Encryption);
            if (encryption == null)
            {
                problem = "ESP encryption " + proposal.Encryption + " has no netsh token";
                return null;
            }
            return "esp:" + NetshTokens.EspIntegrity(proposal.EspIntegrity, proposal.Encryption) + "-" + encryption;
        }

        private static string Lifetime(QuickModeProposal proposal) =>
            proposal.LifetimeMinutes.ToString(CultureInfo.InvariantCulture) + "min+" + proposal.LifetimeKilobytes.ToString(CultureInfo.InvariantCulture) + "kb";
    }
}
