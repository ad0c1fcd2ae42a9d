using System.Collections.Immutable;
using IpsecSdk.Catalogue;
using Microsoft.CodeAnalysis;

namespace IpsecSdk.Analyzers
{
    /// <summary>
    /// Every diagnostic the analyzers report, in one place. IDs, titles, descriptions and help links come
    /// from the shared <see cref="RuleCatalogue"/>. IPSEC017 (no common proposal) needs the peer's
    /// configuration, so only the run-time evaluation reports it.
    /// </summary>
    internal static partial class Descriptors
    {
        /// <summary>The one category of the package, so <c>dotnet_analyzer_diagnostic.category-IpsecSdk.severity</c> sets all rules at once.</summary>
        public const string Category = "IpsecSdk";

        // The analyzers build the whole message from the catalogue (subject, verdict, pack, source).
        private const string MessageFormat = "{0}";

        // Lazy: field initialisers of the other partial files may run after this file's (order across parts is unspecified).
        private static readonly System.Lazy<ImmutableArray<DiagnosticDescriptor>> AllDescriptors = new System.Lazy<ImmutableArray<DiagnosticDescriptor>>(CreateAll);

        private static ImmutableArray<DiagnosticDescriptor> CreateAll() => ImmutableArray.Create(
            WeakIntegrity,
            WeakEncryption,
            WeakKeyExchange,
            PfsOff,
            AhEncapsulation,
            PresharedKey,
            ClearTextFallback,
            KerberosOutsideDomain,
            LongLifetime,
            MasterKeyPfsOff,
            NoRevocationCheck,
            Ntlm,
            IkeV1,
            NoMutualAuthentication,
            WeakCertificateSigning,
            KerberosExempt,
            GcmInMainMode,
            Sha384InQuickMode,
            AhEspIntegrityMismatch,
            EspWithoutProtection,
            GcmPairing,
            MixedKeyExchange,
            LifetimeOutOfRange,
            PortsWithoutTcpUdp,
            InvalidTunnel,
            IkeV2Authentication,
            Phase2NeedsAuthIP,
            PskWithNtlm,
            InvalidName,
            InvalidAddressOrPort,
            InvalidAuthorization,
            MissingPart,
            InvalidSecurityCombination,
            SuppressionWithoutJustification,
            UnknownBaselinePack);

        /// <summary>Every descriptor, in ID order.</summary>
        public static ImmutableArray<DiagnosticDescriptor> All => AllDescriptors.Value;

        /// <summary>The descriptor with the given ID, or null.</summary>
        public static DiagnosticDescriptor? ById(string id)
        {
            foreach (var descriptor in All)
            {
                if (descriptor.Id == id)
                {
                    return descriptor;
                }
            }

            return null;
        }

        private static string Title(string id) => RuleCatalogue.Get(id).Title;

        private static string Description(string id) => RuleCatalogue.Get(id).Description;
    }
}
