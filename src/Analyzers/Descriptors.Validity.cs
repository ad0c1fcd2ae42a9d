using IpsecSdk.Catalogue;
using Microsoft.CodeAnalysis;

namespace IpsecSdk.Analyzers
{
    // IPSEC1xx: what Windows would reject (MS-FASP). Always an error, whatever the pack.
    internal static partial class Descriptors
    {
        /// <summary><see cref="RuleIds.GcmInMainMode"/>.</summary>
        public static readonly DiagnosticDescriptor GcmInMainMode = new DiagnosticDescriptor(
            RuleIds.GcmInMainMode,
            Title(RuleIds.GcmInMainMode),
            MessageFormat,
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            Description(RuleIds.GcmInMainMode),
            RuleCatalogue.HelpUri(RuleIds.GcmInMainMode));

        /// <summary><see cref="RuleIds.Sha384InQuickMode"/>.</summary>
        public static readonly DiagnosticDescriptor Sha384InQuickMode = new DiagnosticDescriptor(
            RuleIds.Sha384InQuickMode,
            Title(RuleIds.Sha384InQuickMode),
            MessageFormat,
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            Description(RuleIds.Sha384InQuickMode),
            RuleCatalogue.HelpUri(RuleIds.Sha384InQuickMode));

        /// <summary><see cref="RuleIds.AhEspIntegrityMismatch"/>.</summary>
        public static readonly DiagnosticDescriptor AhEspIntegrityMismatch = new DiagnosticDescriptor(
            RuleIds.AhEspIntegrityMismatch,
            Title(RuleIds.AhEspIntegrityMismatch),
            MessageFormat,
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            Description(RuleIds.AhEspIntegrityMismatch),
            RuleCatalogue.HelpUri(RuleIds.AhEspIntegrityMismatch));

        /// <summary><see cref="RuleIds.EspWithoutProtection"/>.</summary>
        public static readonly DiagnosticDescriptor EspWithoutProtection = new DiagnosticDescriptor(
            RuleIds.EspWithoutProtection,
            Title(RuleIds.EspWithoutProtection),
            MessageFormat,
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            Description(RuleIds.EspWithoutProtection),
            RuleCatalogue.HelpUri(RuleIds.EspWithoutProtection));

        /// <summary><see cref="RuleIds.GcmPairing"/>.</summary>
        public static readonly DiagnosticDescriptor GcmPairing = new DiagnosticDescriptor(
            RuleIds.GcmPairing,
            Title(RuleIds.GcmPairing),
            MessageFormat,
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            Description(RuleIds.GcmPairing),
            RuleCatalogue.HelpUri(RuleIds.GcmPairing));

        /// <summary><see cref="RuleIds.MixedKeyExchange"/>.</summary>
        public static readonly DiagnosticDescriptor MixedKeyExchange = new DiagnosticDescriptor(
            RuleIds.MixedKeyExchange,
            Title(RuleIds.MixedKeyExchange),
            MessageFormat,
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            Description(RuleIds.MixedKeyExchange),
            RuleCatalogue.HelpUri(RuleIds.MixedKeyExchange));

        /// <summary><see cref="RuleIds.LifetimeOutOfRange"/>.</summary>
        public static readonly DiagnosticDescriptor LifetimeOutOfRange = new DiagnosticDescriptor(
            RuleIds.LifetimeOutOfRange,
            Title(RuleIds.LifetimeOutOfRange),
            MessageFormat,
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            Description(RuleIds.LifetimeOutOfRange),
            RuleCatalogue.HelpUri(RuleIds.LifetimeOutOfRange));

        /// <summary><see cref="RuleIds.PortsWithoutTcpUdp"/>.</summary>
        public static readonly DiagnosticDescriptor PortsWithoutTcpUdp = new DiagnosticDescriptor(
            RuleIds.PortsWithoutTcpUdp,
            Title(RuleIds.PortsWithoutTcpUdp),
            MessageFormat,
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            Description(RuleIds.PortsWithoutTcpUdp),
            RuleCatalogue.HelpUri(RuleIds.PortsWithoutTcpUdp));

        /// <summary><see cref="RuleIds.InvalidTunnel"/>.</summary>
        public static readonly DiagnosticDescriptor InvalidTunnel = new DiagnosticDescriptor(
            RuleIds.InvalidTunnel,
            Title(RuleIds.InvalidTunnel),
            MessageFormat,
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            Description(RuleIds.InvalidTunnel),
            RuleCatalogue.HelpUri(RuleIds.InvalidTunnel));

        /// <summary><see cref="RuleIds.IkeV2Authentication"/>.</summary>
        public static readonly DiagnosticDescriptor IkeV2Authentication = new DiagnosticDescriptor(
            RuleIds.IkeV2Authentication,
            Title(RuleIds.IkeV2Authentication),
            MessageFormat,
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            Description(RuleIds.IkeV2Authentication),
            RuleCatalogue.HelpUri(RuleIds.IkeV2Authentication));

        /// <summary><see cref="RuleIds.Phase2NeedsAuthIP"/>.</summary>
        public static readonly DiagnosticDescriptor Phase2NeedsAuthIP = new DiagnosticDescriptor(
            RuleIds.Phase2NeedsAuthIP,
            Title(RuleIds.Phase2NeedsAuthIP),
            MessageFormat,
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            Description(RuleIds.Phase2NeedsAuthIP),
            RuleCatalogue.HelpUri(RuleIds.Phase2NeedsAuthIP));

        /// <summary><see cref="RuleIds.PskWithNtlm"/>.</summary>
        public static readonly DiagnosticDescriptor PskWithNtlm = new DiagnosticDescriptor(
            RuleIds.PskWithNtlm,
            Title(RuleIds.PskWithNtlm),
            MessageFormat,
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            Description(RuleIds.PskWithNtlm),
            RuleCatalogue.HelpUri(RuleIds.PskWithNtlm));

        /// <summary><see cref="RuleIds.InvalidName"/>.</summary>
        public static readonly DiagnosticDescriptor InvalidName = new DiagnosticDescriptor(
            RuleIds.InvalidName,
            Title(RuleIds.InvalidName),
            MessageFormat,
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            Description(RuleIds.InvalidName),
            RuleCatalogue.HelpUri(RuleIds.InvalidName));

        /// <summary><see cref="RuleIds.InvalidAddressOrPort"/>.</summary>
        public static readonly DiagnosticDescriptor InvalidAddressOrPort = new DiagnosticDescriptor(
            RuleIds.InvalidAddressOrPort,
            Title(RuleIds.InvalidAddressOrPort),
            MessageFormat,
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            Description(RuleIds.InvalidAddressOrPort),
            RuleCatalogue.HelpUri(RuleIds.InvalidAddressOrPort));

        /// <summary><see cref="RuleIds.InvalidAuthorization"/>.</summary>
        public static readonly DiagnosticDescriptor InvalidAuthorization = new DiagnosticDescriptor(
            RuleIds.InvalidAuthorization,
            Title(RuleIds.InvalidAuthorization),
            MessageFormat,
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            Description(RuleIds.InvalidAuthorization),
            RuleCatalogue.HelpUri(RuleIds.InvalidAuthorization));

        /// <summary><see cref="RuleIds.MissingPart"/>.</summary>
        public static readonly DiagnosticDescriptor MissingPart = new DiagnosticDescriptor(
            RuleIds.MissingPart,
            Title(RuleIds.MissingPart),
            MessageFormat,
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            Description(RuleIds.MissingPart),
            RuleCatalogue.HelpUri(RuleIds.MissingPart));

        /// <summary><see cref="RuleIds.InvalidSecurityCombination"/>.</summary>
        public static readonly DiagnosticDescriptor InvalidSecurityCombination = new DiagnosticDescriptor(
            RuleIds.InvalidSecurityCombination,
            Title(RuleIds.InvalidSecurityCombination),
            MessageFormat,
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            Description(RuleIds.InvalidSecurityCombination),
            RuleCatalogue.HelpUri(RuleIds.InvalidSecurityCombination));
    }
}
