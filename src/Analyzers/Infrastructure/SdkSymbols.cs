using Microsoft.CodeAnalysis;

namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>The IpsecSdk types the analyzers look at, resolved once per compilation by metadata name.</summary>
    internal sealed class SdkSymbols
    {
        private SdkSymbols(Compilation compilation, INamedTypeSymbol integrity)
        {
            Integrity = integrity;
            SdkAssembly = integrity.ContainingAssembly;
            Encryption = compilation.GetTypeByMetadataName("IpsecSdk.Encryption");
            DiffieHellmanGroup = compilation.GetTypeByMetadataName("IpsecSdk.DiffieHellmanGroup");
            PfsGroup = compilation.GetTypeByMetadataName("IpsecSdk.PfsGroup");
            Encapsulation = compilation.GetTypeByMetadataName("IpsecSdk.Encapsulation");
            KeyModule = compilation.GetTypeByMetadataName("IpsecSdk.KeyModule");
            SecurityAction = compilation.GetTypeByMetadataName("IpsecSdk.SecurityAction");
            CertificateSigning = compilation.GetTypeByMetadataName("IpsecSdk.CertificateSigning");
            CertValidationLevel = compilation.GetTypeByMetadataName("IpsecSdk.CertValidationLevel");
            AuthenticationMethod = compilation.GetTypeByMetadataName("IpsecSdk.AuthenticationMethod");
            ProtectionRequirement = compilation.GetTypeByMetadataName("IpsecSdk.ProtectionRequirement");
            IpsecPolicy = compilation.GetTypeByMetadataName("IpsecSdk.IpsecPolicy");
            ConnectionSecurityRule = compilation.GetTypeByMetadataName("IpsecSdk.ConnectionSecurityRule");
            QuickModeProposal = compilation.GetTypeByMetadataName("IpsecSdk.QuickModeProposal");
            MainModeProposal = compilation.GetTypeByMetadataName("IpsecSdk.MainModeProposal");
            MainModeCryptoSet = compilation.GetTypeByMetadataName("IpsecSdk.MainModeCryptoSet");
            GlobalIpsecSettings = compilation.GetTypeByMetadataName("IpsecSdk.GlobalIpsecSettings");
            PolicyBuilder = compilation.GetTypeByMetadataName("IpsecSdk.Building.IpsecPolicyBuilder");
            RuleBuilder = compilation.GetTypeByMetadataName("IpsecSdk.Building.ConnectionSecurityRuleBuilder");
            MainModeSetBuilder = compilation.GetTypeByMetadataName("IpsecSdk.Building.MainModeCryptoSetBuilder");
            MainModeProposalBuilder = compilation.GetTypeByMetadataName("IpsecSdk.Building.MainModeProposalBuilder");
            QuickModeSetBuilder = compilation.GetTypeByMetadataName("IpsecSdk.Building.QuickModeCryptoSetBuilder");
            QuickModeProposalBuilder = compilation.GetTypeByMetadataName("IpsecSdk.Building.QuickModeProposalBuilder");
            CertificateProposalBuilder = compilation.GetTypeByMetadataName("IpsecSdk.Building.CertificateProposalBuilder");
        }

        /// <summary>The assembly that defines the SDK types.</summary>
        public IAssemblySymbol SdkAssembly { get; }

        public INamedTypeSymbol Integrity { get; }
        public INamedTypeSymbol? Encryption { get; }
        public INamedTypeSymbol? DiffieHellmanGroup { get; }
        public INamedTypeSymbol? PfsGroup { get; }
        public INamedTypeSymbol? Encapsulation { get; }
        public INamedTypeSymbol? KeyModule { get; }
        public INamedTypeSymbol? SecurityAction { get; }
        public INamedTypeSymbol? CertificateSigning { get; }
        public INamedTypeSymbol? CertValidationLevel { get; }
        public INamedTypeSymbol? AuthenticationMethod { get; }
        public INamedTypeSymbol? ProtectionRequirement { get; }
        public INamedTypeSymbol? IpsecPolicy { get; }
        public INamedTypeSymbol? ConnectionSecurityRule { get; }
        public INamedTypeSymbol? QuickModeProposal { get; }
        public INamedTypeSymbol? MainModeProposal { get; }
        public INamedTypeSymbol? MainModeCryptoSet { get; }
        public INamedTypeSymbol? GlobalIpsecSettings { get; }
        public INamedTypeSymbol? PolicyBuilder { get; }
        public INamedTypeSymbol? RuleBuilder { get; }
        public INamedTypeSymbol? MainModeSetBuilder { get; }
        public INamedTypeSymbol? MainModeProposalBuilder { get; }
        public INamedTypeSymbol? QuickModeSetBuilder { get; }
        public INamedTypeSymbol? QuickModeProposalBuilder { get; }
        public INamedTypeSymbol? CertificateProposalBuilder { get; }

        /// <summary>The name of the SDK assembly; types of the same name declared anywhere else are not the SDK.</summary>
        public const string AssemblyName = "IpsecSdk";

        /// <summary>
        /// The SDK's symbols, or null when the compilation does not reference the IpsecSdk assembly (the analyzers then
        /// do nothing). The SDK's own compilation declares the types in source and is not analyzed either.
        /// </summary>
        public static SdkSymbols? TryCreate(Compilation compilation)
        {
            var integrity = compilation.GetTypeByMetadataName("IpsecSdk.Integrity");
            return integrity == null || integrity.TypeKind != TypeKind.Enum || integrity.ContainingAssembly?.Name != AssemblyName ||
                   SymbolEqualityComparer.Default.Equals(integrity.ContainingAssembly, compilation.Assembly)
                ? null
                : new SdkSymbols(compilation, integrity);
        }

        /// <summary>True when <paramref name="type"/> is <paramref name="expected"/> (null never matches).</summary>
        public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
            type != null && expected != null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);

        /// <summary>True when the type is declared by the IpsecSdk assembly.</summary>
        public bool IsSdkType(ITypeSymbol? type) => type != null && SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, SdkAssembly);

        /// <summary>The kind of choice a value of <paramref name="type"/> makes, if the analyzers judge it.</summary>
        public ChoiceKind KindOf(ITypeSymbol? type)
        {
            if (Is(type, Integrity)) return ChoiceKind.Integrity;
            if (Is(type, Encryption)) return ChoiceKind.Encryption;
            if (Is(type, DiffieHellmanGroup)) return ChoiceKind.DiffieHellmanGroup;
            if (Is(type, PfsGroup)) return ChoiceKind.PfsGroup;
            if (Is(type, Encapsulation)) return ChoiceKind.Encapsulation;
            if (Is(type, KeyModule)) return ChoiceKind.KeyModule;
            if (Is(type, CertificateSigning)) return ChoiceKind.CertificateSigning;
            if (Is(type, CertValidationLevel)) return ChoiceKind.CertValidationLevel;
            if (Is(type, AuthenticationMethod)) return ChoiceKind.AuthenticationMethod;
            if (Is(type, SecurityAction)) return ChoiceKind.SecurityAction;
            return ChoiceKind.None;
        }
    }
}
