using IpsecSdk.Catalogue;
using Microsoft.CodeAnalysis;

namespace IpsecSdk.Analyzers
{
    // IPSEC0xx: what a baseline judges. Default Warning; each diagnostic carries the selected pack's verdict as its severity.
    internal static partial class Descriptors
    {
        /// <summary><see cref="RuleIds.WeakIntegrity"/>.</summary>
        public static readonly DiagnosticDescriptor WeakIntegrity = new DiagnosticDescriptor(
            RuleIds.WeakIntegrity,
            Title(RuleIds.WeakIntegrity),
            MessageFormat,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            Description(RuleIds.WeakIntegrity),
            RuleCatalogue.HelpUri(RuleIds.WeakIntegrity));

        /// <summary><see cref="RuleIds.WeakEncryption"/>.</summary>
        public static readonly DiagnosticDescriptor WeakEncryption = new DiagnosticDescriptor(
            RuleIds.WeakEncryption,
            Title(RuleIds.WeakEncryption),
            MessageFormat,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            Description(RuleIds.WeakEncryption),
            RuleCatalogue.HelpUri(RuleIds.WeakEncryption));

        /// <summary><see cref="RuleIds.WeakKeyExchange"/>.</summary>
        public static readonly DiagnosticDescriptor WeakKeyExchange = new DiagnosticDescriptor(
            RuleIds.WeakKeyExchange,
            Title(RuleIds.WeakKeyExchange),
            MessageFormat,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            Description(RuleIds.WeakKeyExchange),
            RuleCatalogue.HelpUri(RuleIds.WeakKeyExchange));

        /// <summary><see cref="RuleIds.PfsOff"/>.</summary>
        public static readonly DiagnosticDescriptor PfsOff = new DiagnosticDescriptor(
            RuleIds.PfsOff,
            Title(RuleIds.PfsOff),
            MessageFormat,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            Description(RuleIds.PfsOff),
            RuleCatalogue.HelpUri(RuleIds.PfsOff));

        /// <summary><see cref="RuleIds.AhEncapsulation"/>.</summary>
        public static readonly DiagnosticDescriptor AhEncapsulation = new DiagnosticDescriptor(
            RuleIds.AhEncapsulation,
            Title(RuleIds.AhEncapsulation),
            MessageFormat,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            Description(RuleIds.AhEncapsulation),
            RuleCatalogue.HelpUri(RuleIds.AhEncapsulation));

        /// <summary><see cref="RuleIds.PresharedKey"/>.</summary>
        public static readonly DiagnosticDescriptor PresharedKey = new DiagnosticDescriptor(
            RuleIds.PresharedKey,
            Title(RuleIds.PresharedKey),
            MessageFormat,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            Description(RuleIds.PresharedKey),
            RuleCatalogue.HelpUri(RuleIds.PresharedKey));

        /// <summary><see cref="RuleIds.ClearTextFallback"/>.</summary>
        public static readonly DiagnosticDescriptor ClearTextFallback = new DiagnosticDescriptor(
            RuleIds.ClearTextFallback,
            Title(RuleIds.ClearTextFallback),
            MessageFormat,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            Description(RuleIds.ClearTextFallback),
            RuleCatalogue.HelpUri(RuleIds.ClearTextFallback));

        /// <summary><see cref="RuleIds.KerberosOutsideDomain"/>.</summary>
        public static readonly DiagnosticDescriptor KerberosOutsideDomain = new DiagnosticDescriptor(
            RuleIds.KerberosOutsideDomain,
            Title(RuleIds.KerberosOutsideDomain),
            MessageFormat,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            Description(RuleIds.KerberosOutsideDomain),
            RuleCatalogue.HelpUri(RuleIds.KerberosOutsideDomain));

        /// <summary><see cref="RuleIds.LongLifetime"/>.</summary>
        public static readonly DiagnosticDescriptor LongLifetime = new DiagnosticDescriptor(
            RuleIds.LongLifetime,
            Title(RuleIds.LongLifetime),
            MessageFormat,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            Description(RuleIds.LongLifetime),
            RuleCatalogue.HelpUri(RuleIds.LongLifetime));

        /// <summary><see cref="RuleIds.MasterKeyPfsOff"/>.</summary>
        public static readonly DiagnosticDescriptor MasterKeyPfsOff = new DiagnosticDescriptor(
            RuleIds.MasterKeyPfsOff,
            Title(RuleIds.MasterKeyPfsOff),
            MessageFormat,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            Description(RuleIds.MasterKeyPfsOff),
            RuleCatalogue.HelpUri(RuleIds.MasterKeyPfsOff));

        /// <summary><see cref="RuleIds.NoRevocationCheck"/>.</summary>
        public static readonly DiagnosticDescriptor NoRevocationCheck = new DiagnosticDescriptor(
            RuleIds.NoRevocationCheck,
            Title(RuleIds.NoRevocationCheck),
            MessageFormat,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            Description(RuleIds.NoRevocationCheck),
            RuleCatalogue.HelpUri(RuleIds.NoRevocationCheck));

        /// <summary><see cref="RuleIds.Ntlm"/>.</summary>
        public static readonly DiagnosticDescriptor Ntlm = new DiagnosticDescriptor(
            RuleIds.Ntlm,
            Title(RuleIds.Ntlm),
            MessageFormat,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            Description(RuleIds.Ntlm),
            RuleCatalogue.HelpUri(RuleIds.Ntlm));

        /// <summary><see cref="RuleIds.IkeV1"/>.</summary>
        public static readonly DiagnosticDescriptor IkeV1 = new DiagnosticDescriptor(
            RuleIds.IkeV1,
            Title(RuleIds.IkeV1),
            MessageFormat,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            Description(RuleIds.IkeV1),
            RuleCatalogue.HelpUri(RuleIds.IkeV1));

        /// <summary><see cref="RuleIds.NoMutualAuthentication"/>.</summary>
        public static readonly DiagnosticDescriptor NoMutualAuthentication = new DiagnosticDescriptor(
            RuleIds.NoMutualAuthentication,
            Title(RuleIds.NoMutualAuthentication),
            MessageFormat,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            Description(RuleIds.NoMutualAuthentication),
            RuleCatalogue.HelpUri(RuleIds.NoMutualAuthentication));

        /// <summary><see cref="RuleIds.WeakCertificateSigning"/>.</summary>
        public static readonly DiagnosticDescriptor WeakCertificateSigning = new DiagnosticDescriptor(
            RuleIds.WeakCertificateSigning,
            Title(RuleIds.WeakCertificateSigning),
            MessageFormat,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            Description(RuleIds.WeakCertificateSigning),
            RuleCatalogue.HelpUri(RuleIds.WeakCertificateSigning));

        /// <summary><see cref="RuleIds.KerberosExempt"/>.</summary>
        public static readonly DiagnosticDescriptor KerberosExempt = new DiagnosticDescriptor(
            RuleIds.KerberosExempt,
            Title(RuleIds.KerberosExempt),
            MessageFormat,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            Description(RuleIds.KerberosExempt),
            RuleCatalogue.HelpUri(RuleIds.KerberosExempt));
    }
}
