using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace IpsecSdk.Export.StrongSwan
{
    /// <summary>
    /// Writes IKE and ESP/AH proposals and lifetimes. Each Windows proposal becomes one strongSwan proposal,
    /// so strongSwan negotiates exactly Windows' combinations, in Windows' order. Weak algorithms are written
    /// (the peer must match Windows) but flagged.
    /// </summary>
    internal static class SwanctlProposalWriter
    {
        /// <summary><c>proposals</c> value, e.g. <c>aes256-sha384-ecp384</c>; null when no main-mode proposal maps.</summary>
        internal static string? Ike(MainModeCryptoSet set, string path, SwanctlExportContext context)
        {
            var proposals = new List<string>();
            for (var i = 0; i < set.Proposals.Count; i++)
            {
                var p = set.Proposals[i];
                var parts = new[] { StrongSwanTokens.CbcEncryption(p.Encryption), StrongSwanTokens.Hmac(p.Integrity), StrongSwanTokens.Group(p.KeyExchange) };
                if (parts.Any(x => x == null))
                {
                    context.Report(path + ".proposals[" + i + "]", ExportLimitationKind.NotExpressed, "Windows main mode allows AES-CBC/3DES/DES with MD5/SHA-1/SHA-2 and a DH group only (IPSEC101); " + p.Encryption + "/" + p.Integrity + "/" + p.KeyExchange + " left out.");
                    continue;
                }
                proposals.Add(Add(parts!, path + ".proposals[" + i + "]", context));
            }
            return proposals.Count == 0 ? null : string.Join(", ", proposals);
        }

        /// <summary>
        /// <c>esp_proposals</c> (or <c>ah_proposals</c> when Windows offers AH only) with the PFS group appended;
        /// null when no quick-mode proposal maps.
        /// </summary>
        internal static KeyValuePair<string, string>? Child(QuickModeCryptoSet set, DiffieHellmanGroup mainModeGroup, string path, SwanctlExportContext context)
        {
            var pfs = StrongSwanTokens.Pfs(set.PfsGroup, mainModeGroup);
            var esp = new List<string>();
            var ah = new List<string>();
            for (var i = 0; i < set.Proposals.Count; i++)
            {
                var proposalPath = path + ".proposals[" + i + "]";
                var p = set.Proposals[i];
                var parts = p.Encapsulation switch
                {
                    Encapsulation.Esp => Esp(p, out var problem) ?? Problem(context, proposalPath, problem),
                    Encapsulation.Ah => Ah(p, context, proposalPath),
                    _ => Problem(context, proposalPath, "strongSwan negotiates no AH+ESP bundles"),
                };
                if (parts == null)
                {
                    continue;
                }
                var all = pfs == null ? parts : parts.Concat(new[] { pfs }).ToArray();
                (p.Encapsulation == Encapsulation.Ah ? ah : esp).Add(Add(all, proposalPath, context));
            }
            if (esp.Count > 0 && ah.Count > 0)
            {
                context.Report(path + ".proposals", ExportLimitationKind.NotExpressed, "a strongSwan CHILD_SA is either ESP or AH; the AH proposals (" + string.Join(", ", ah) + ") are left out.");
            }
            if (esp.Count > 0)
            {
                return new KeyValuePair<string, string>("esp_proposals", string.Join(", ", esp));
            }
            return ah.Count > 0 ? new KeyValuePair<string, string>("ah_proposals", string.Join(", ", ah)) : (KeyValuePair<string, string>?)null;
        }

        /// <summary>IKE SA <c>rekey_time</c>/<c>over_time</c>: rekey at 90 % of Windows' lifetime, gone by 100 %.</summary>
        internal static IEnumerable<KeyValuePair<string, string>> IkeLifetime(MainModeCryptoSet set, string path, SwanctlExportContext context)
        {
            if (set.MaxSessions != 0)
            {
                context.Report(path + ".maxSessions", ExportLimitationKind.NotExpressed, "strongSwan has no limit of CHILD_SAs per IKE_SA (Windows' master-key PFS); Windows enforces it by re-keying the IKE_SA, which the peer follows.");
            }
            var lifetime = set.LifetimeMinutes * 60L;
            var rekey = lifetime * 9 / 10;
            yield return Pair("rekey_time", Duration(rekey));
            yield return Pair("over_time", Duration(lifetime - rekey));
        }

        /// <summary>
        /// CHILD_SA lifetimes from the shortest quick-mode lifetime: <c>life_*</c> is Windows' limit, <c>rekey_*</c> 90 % of it.
        /// </summary>
        internal static IEnumerable<KeyValuePair<string, string>> ChildLifetime(QuickModeCryptoSet set, string path, SwanctlExportContext context)
        {
            var minutes = set.Proposals.Min(p => p.LifetimeMinutes);
            var kilobytes = set.Proposals.Min(p => p.LifetimeKilobytes);
            if (set.Proposals.Any(p => p.LifetimeMinutes != minutes || p.LifetimeKilobytes != kilobytes))
            {
                context.Report(path + ".proposals", ExportLimitationKind.Approximated, "strongSwan has one lifetime per CHILD_SA, Windows one per proposal; the shortest (" + minutes + " min, " + kilobytes + " KB) is written.");
            }
            var seconds = minutes * 60L;
            var bytes = kilobytes * 1024L;
            yield return Pair("rekey_time", Duration(seconds * 9 / 10));
            yield return Pair("life_time", Duration(seconds));
            yield return Pair("rekey_bytes", (bytes * 9 / 10).ToString(CultureInfo.InvariantCulture));
            yield return Pair("life_bytes", bytes.ToString(CultureInfo.InvariantCulture));
        }

        private static string[]? Esp(QuickModeProposal p, out string? problem)
        {
            problem = null;
            var gcm = StrongSwanTokens.GcmEncryption(p.Encryption);
            if (gcm != null)
            {
                var matching = p.EspIntegrity == GcmPairs.GmacFor(p.Encryption);
                problem = matching ? null : "Windows pairs AES-GCM only with the matching GMAC integrity (IPSEC105), not " + p.EspIntegrity;
                return matching ? new[] { gcm } : null;
            }
            var cbc = StrongSwanTokens.CbcEncryption(p.Encryption);
            var hmac = p.EspIntegrity == Integrity.Sha384 ? null : StrongSwanTokens.Hmac(p.EspIntegrity);
            if (p.Encryption == Encryption.None)
            {
                var integrityOnly = StrongSwanTokens.Gmac(p.EspIntegrity) ?? (hmac == null ? null : "null-" + hmac);
                problem = integrityOnly == null ? "ESP integrity " + p.EspIntegrity + " is not valid in quick mode" : null;
                return integrityOnly == null ? null : integrityOnly.Split('-');
            }
            if (cbc == null || hmac == null)
            {
                problem = p.EspIntegrity == Integrity.None
                    ? "ESP encryption without integrity: strongSwan (like RFC 8221) requires integrity with a non-AEAD cipher"
                    : "ESP " + p.EspIntegrity + " with " + p.Encryption + " has no strongSwan form (SHA-384 and GMAC are not ESP integrity with a CBC cipher on Windows)";
                return null;
            }
            return new[] { cbc, hmac };
        }

        private static string[]? Ah(QuickModeProposal p, SwanctlExportContext context, string path)
        {
            var hmac = p.AhIntegrity == Integrity.Sha384 ? null : StrongSwanTokens.Hmac(p.AhIntegrity);
            return hmac == null ? Problem(context, path, "AH integrity " + p.AhIntegrity + " has no strongSwan AH form") : new[] { hmac };
        }

        private static string[]? Problem(SwanctlExportContext context, string path, string? problem)
        {
            context.Report(path, ExportLimitationKind.NotExpressed, problem + "; proposal left out.");
            return null;
        }

        private static string Add(string[] parts, string path, SwanctlExportContext context)
        {
            var weak = parts.Where(StrongSwanTokens.IsWeak).ToList();
            if (weak.Count > 0)
            {
                context.Report(path, ExportLimitationKind.Weak, "written as " + string.Join("-", parts) + " so the peer matches Windows, but " + string.Join(", ", weak) + " is broken or deprecated (see the IPSEC001-003 findings).");
            }
            return string.Join("-", parts);
        }

        private static string Duration(long seconds) => seconds % 60 == 0
            ? (seconds / 60).ToString(CultureInfo.InvariantCulture) + "m"
            : seconds.ToString(CultureInfo.InvariantCulture) + "s";

        private static KeyValuePair<string, string> Pair(string key, string value) => new KeyValuePair<string, string>(key, value);
    }
}
