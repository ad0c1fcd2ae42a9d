using System;
using System.Collections.Generic;
using static IpsecSdk.Catalogue.Verdict;

namespace IpsecSdk.Catalogue
{
    /// <summary>
    /// The baseline catalogue: the verdict of every pack on every choice Windows offers. The SDK's
    /// <c>Evaluate</c> and the Roslyn analyzers both ask these methods, so run time and compile time agree.
    /// </summary>
    /// <remarks>This file is compiled into the analyzer assembly too: it may depend on the model enums only.</remarks>
    public static partial class BaselineCatalogue
    {
        /// <summary>Quick-mode lifetime (minutes) above which <c>IPSEC009</c> fires, per pack.</summary>
        public static int QuickModeLifetimeLimitMinutes(BaselinePack pack) => pack == BaselinePack.Bsi || pack == BaselinePack.Cnsa ? 240 : 480;

        /// <summary>Main-mode lifetime (minutes) above which <c>IPSEC009</c> fires (24 hours in every pack).</summary>
        public const int MainModeLifetimeLimitMinutes = 1440;

        /// <summary>The row for an integrity algorithm in a phase.</summary>
        public static CatalogueEntry Integrity(Integrity integrity, CryptoPhase phase) =>
            Find(phase == CryptoPhase.MainMode ? MainModeIntegrity : QuickModeIntegrity, (int)integrity, "integrity", integrity);

        /// <summary>The row for an encryption algorithm in a phase.</summary>
        public static CatalogueEntry Encryption(Encryption encryption, CryptoPhase phase) =>
            Find(phase == CryptoPhase.MainMode ? MainModeEncryption : QuickModeEncryption, (int)encryption, "encryption", encryption);

        /// <summary>The row for a main-mode key-exchange group.</summary>
        public static CatalogueEntry KeyExchange(DiffieHellmanGroup group) => Find(KeyExchangeGroups, (int)group, "key exchange", group);

        /// <summary>
        /// The row for a quick-mode PFS group. <see cref="PfsGroup.SameAsMainMode"/> is judged through the
        /// main-mode group (see <see cref="KeyExchange"/>), so its own row is <see cref="Verdict.Ok"/>.
        /// </summary>
        public static CatalogueEntry Pfs(PfsGroup group) => Find(PfsGroups, (int)group, "PFS group", group);

        /// <summary>The row for a quick-mode encapsulation.</summary>
        public static CatalogueEntry Encapsulation(Encapsulation encapsulation) => Find(Encapsulations, (int)encapsulation, "encapsulation", encapsulation);

        /// <summary>The row for an authentication method offered in an authentication set.</summary>
        public static CatalogueEntry Authentication(AuthenticationMethod method) => Find(AuthenticationMethods, (int)method, "authentication method", method);

        /// <summary>The row for a certificate signing algorithm.</summary>
        public static CatalogueEntry Signing(CertificateSigning signing) => Find(SigningAlgorithms, (int)signing, "signing algorithm", signing);

        /// <summary>The row for the CRL-checking level used with certificate authentication.</summary>
        public static CatalogueEntry RevocationChecking(CertValidationLevel level) => Find(ValidationLevels, (int)level, "certificate validation level", level);

        /// <summary>The row for one direction set to Request, given the rule's protection requirement and whether it is a declared boundary zone.</summary>
        public static CatalogueEntry RequestMode(ProtectionRequirement requirement, IsolationZone zone = IsolationZone.Isolated) =>
            Find(zone == IsolationZone.Boundary ? BoundaryZoneRequestModes : RequestModes, (int)requirement, "protection requirement", requirement);

        /// <summary>The row for main-mode sessions per key (<c>MaxSessions</c> ≠ 1 means master-key PFS off), given the protection requirement.</summary>
        public static CatalogueEntry MasterKeyPfsOff(ProtectionRequirement requirement) => Find(MasterKeyPfsOffRows, (int)requirement, "protection requirement", requirement);

        /// <summary>The row for a key module choice. Only IKEv1 draws a finding.</summary>
        public static CatalogueEntry KeyModuleChoice(KeyModule module) => (module & KeyModule.IkeV1) != 0 ? IkeV1Row : KeyModuleOkRow;

        /// <summary>The row for a main-mode lifetime in minutes.</summary>
        public static CatalogueEntry MainModeLifetime(long minutes) => minutes > MainModeLifetimeLimitMinutes ? MainModeLifetimeRow : LifetimeOkRow;

        /// <summary>The verdict on a quick-mode lifetime in minutes under a pack (the limit differs by pack).</summary>
        public static Verdict QuickModeLifetime(long minutes, BaselinePack pack) => minutes > QuickModeLifetimeLimitMinutes(pack) ? QuickModeLifetimeRow.For(pack) : Ok;

        /// <summary>Row: anonymous is the only authentication method of a rule.</summary>
        public static CatalogueEntry AnonymousOnly => AnonymousOnlyRow;

        /// <summary>Row: Kerberos authentication towards remote endpoints outside the domain.</summary>
        public static CatalogueEntry KerberosOutsideDomain => KerberosOutsideDomainRow;

        /// <summary>Row: quick-mode lifetime above the pack's limit.</summary>
        public static CatalogueEntry QuickModeLifetimeTooLong => QuickModeLifetimeRow;

        /// <summary>Row: Kerberos used while <c>NoDefaultExempt</c> ≠ 1.</summary>
        public static CatalogueEntry KerberosExempt => KerberosExemptRow;

        /// <summary>Row: no proposal in common with a peer.</summary>
        public static CatalogueEntry NoCommonProposal => NoCommonProposalRow;

        /// <summary>Every row of the catalogue, for documentation and agreement tests.</summary>
        public static IReadOnlyList<CatalogueEntry> Entries => AllEntries.Value;

        private static readonly Lazy<CatalogueEntry[]> AllEntries = new Lazy<CatalogueEntry[]>(CollectEntries);

        // Generic so the shown value is boxed only for the exception: analyzers judge every choice through here.
        private static CatalogueEntry Find<T>(KeyValuePair<int, CatalogueEntry>[] table, int value, string what, T shown)
        {
            foreach (var row in table)
            {
                if (row.Key == value)
                {
                    return row.Value;
                }
            }

            throw new ArgumentOutOfRangeException(what, shown, "The catalogue has no row for " + what + " value " + value + ".");
        }

        private static CatalogueEntry[] CollectEntries()
        {
            var all = new List<CatalogueEntry>();
            var tables = new[] { MainModeIntegrity, QuickModeIntegrity, MainModeEncryption, QuickModeEncryption, KeyExchangeGroups, PfsGroups, Encapsulations, AuthenticationMethods, SigningAlgorithms, ValidationLevels, RequestModes, BoundaryZoneRequestModes, MasterKeyPfsOffRows };
            foreach (var table in tables)
            {
                foreach (var row in table)
                {
                    all.Add(row.Value);
                }
            }

            all.AddRange(new[] { IkeV1Row, KeyModuleOkRow, MainModeLifetimeRow, QuickModeLifetimeRow, LifetimeOkRow, AnonymousOnlyRow, KerberosOutsideDomainRow, KerberosExemptRow, NoCommonProposalRow });
            return all.ToArray();
        }

        private static KeyValuePair<int, CatalogueEntry> Row(int value, CatalogueEntry entry) => new KeyValuePair<int, CatalogueEntry>(value, entry);

        private static CatalogueEntry E(string ruleId, string subject, Verdict d, Verdict bsi, Verdict nist, Verdict cnsa, string source, bool verified = true, string? note = null) =>
            new CatalogueEntry(ruleId, subject, d, bsi, nist, cnsa, source, verified, note);
    }
}
