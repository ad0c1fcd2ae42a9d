using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>The IpsecSdk types the analyzers look at, resolved once per compilation by metadata name.</summary>
    internal sealed class SdkSymbols
    {
        private SdkSymbols(IAssemblySymbol sdk, INamedTypeSymbol integrity)
        {
            Integrity = integrity;
            SdkAssembly = sdk;
            _modelNamespace = integrity.ContainingNamespace;
            _builderNamespace = _modelNamespace.GetNamespaceMembers().FirstOrDefault(n => n.Name == "Building");
            Encryption = sdk.GetTypeByMetadataName("IpsecSdk.Encryption");
            DiffieHellmanGroup = sdk.GetTypeByMetadataName("IpsecSdk.DiffieHellmanGroup");
            PfsGroup = sdk.GetTypeByMetadataName("IpsecSdk.PfsGroup");
            Encapsulation = sdk.GetTypeByMetadataName("IpsecSdk.Encapsulation");
            KeyModule = sdk.GetTypeByMetadataName("IpsecSdk.KeyModule");
            SecurityAction = sdk.GetTypeByMetadataName("IpsecSdk.SecurityAction");
            CertificateSigning = sdk.GetTypeByMetadataName("IpsecSdk.CertificateSigning");
            CertValidationLevel = sdk.GetTypeByMetadataName("IpsecSdk.CertValidationLevel");
            AuthenticationMethod = sdk.GetTypeByMetadataName("IpsecSdk.AuthenticationMethod");
            ProtectionRequirement = sdk.GetTypeByMetadataName("IpsecSdk.ProtectionRequirement");
            IpsecPolicy = sdk.GetTypeByMetadataName("IpsecSdk.IpsecPolicy");
            ConnectionSecurityRule = sdk.GetTypeByMetadataName("IpsecSdk.ConnectionSecurityRule");
            QuickModeProposal = sdk.GetTypeByMetadataName("IpsecSdk.QuickModeProposal");
            MainModeProposal = sdk.GetTypeByMetadataName("IpsecSdk.MainModeProposal");
            MainModeCryptoSet = sdk.GetTypeByMetadataName("IpsecSdk.MainModeCryptoSet");
            GlobalIpsecSettings = sdk.GetTypeByMetadataName("IpsecSdk.GlobalIpsecSettings");
            PolicyBuilder = sdk.GetTypeByMetadataName("IpsecSdk.Building.IpsecPolicyBuilder");
            RuleBuilder = sdk.GetTypeByMetadataName("IpsecSdk.Building.ConnectionSecurityRuleBuilder");
            MainModeSetBuilder = sdk.GetTypeByMetadataName("IpsecSdk.Building.MainModeCryptoSetBuilder");
            MainModeProposalBuilder = sdk.GetTypeByMetadataName("IpsecSdk.Building.MainModeProposalBuilder");
            QuickModeSetBuilder = sdk.GetTypeByMetadataName("IpsecSdk.Building.QuickModeCryptoSetBuilder");
            QuickModeProposalBuilder = sdk.GetTypeByMetadataName("IpsecSdk.Building.QuickModeProposalBuilder");
            CertificateProposalBuilder = sdk.GetTypeByMetadataName("IpsecSdk.Building.CertificateProposalBuilder");
        }

        private readonly INamespaceSymbol _modelNamespace;
        private readonly INamespaceSymbol? _builderNamespace;

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
            // Only the SDK assembly is searched: Compilation.GetTypeByMetadataName would load the namespace tables of every
            // reference, and Compilation.References would bind them all, even in compilations that never mention IpsecSdk.
            var reference = SdkReference(compilation);
            if (reference == null || !(compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol sdk) || sdk.Name != AssemblyName)
            {
                return null;
            }

            var integrity = sdk.GetTypeByMetadataName("IpsecSdk.Integrity");
            return integrity == null || integrity.TypeKind != TypeKind.Enum ? null : new SdkSymbols(sdk, integrity);
        }

        /// <summary>
        /// True when the compilation has a reference named IpsecSdk. Reads the external reference list only, which binds
        /// nothing: the analyzers decide at compilation start without paying for (or being charged with) reference binding.
        /// </summary>
        public static bool References(Compilation compilation) => SdkReference(compilation) != null;

        // The reference named IpsecSdk (file or compilation name). The SDK's own compilation has no such reference.
        private static MetadataReference? SdkReference(Compilation compilation)
        {
            foreach (var reference in compilation.ExternalReferences)
            {
                var name = reference is CompilationReference source ? source.Compilation.AssemblyName : System.IO.Path.GetFileNameWithoutExtension(reference.Display ?? "");
                if (string.Equals(name, AssemblyName, System.StringComparison.OrdinalIgnoreCase))
                {
                    return reference;
                }
            }

            return null;
        }

        /// <summary>True when <paramref name="type"/> is <paramref name="expected"/> (null never matches).</summary>
        [MethodImpl(Hot.Path)]
        public static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
            type != null && expected != null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);

        /// <summary>
        /// True when the type is one the consumer configures a policy with: the model (namespace <c>IpsecSdk</c>) and the
        /// builders (<c>IpsecSdk.Building</c>) of the IpsecSdk assembly. Everything else of the SDK (catalogue queries,
        /// validation, negotiation with a peer's proposals, exporters, the Windows adapters) reads or describes a policy and is
        /// never judged.
        /// </summary>
        [MethodImpl(Hot.Path)]
        public bool IsConfigurationType(ITypeSymbol? type)
        {
            if (type == null || !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, SdkAssembly))
            {
                return false;
            }

            while (type.ContainingType != null)
            {
                type = type.ContainingType;
            }

            var ns = type.ContainingNamespace;
            return SymbolEqualityComparer.Default.Equals(ns, _modelNamespace) || SymbolEqualityComparer.Default.Equals(ns, _builderNamespace);
        }

        /// <summary>The namespaces of <see cref="IsConfigurationType"/>, by name.</summary>
        public static bool IsConfigurationNamespace(INamespaceSymbol ns) =>
            ns.Name == "IpsecSdk" ? ns.ContainingNamespace?.IsGlobalNamespace == true
                : ns.Name == "Building" && ns.ContainingNamespace?.Name == "IpsecSdk" && ns.ContainingNamespace.ContainingNamespace?.IsGlobalNamespace == true;

        /// <summary>The kind of choice a value of <paramref name="type"/> makes, if the analyzers judge it.</summary>
        [MethodImpl(Hot.Path)]
        public ChoiceKind KindOf(ITypeSymbol? type)
        {
            // Most parameters and properties are strings, numbers or lambdas: only enums can be a judged choice.
            if (type == null || type.TypeKind != TypeKind.Enum)
            {
                return ChoiceKind.None;
            }

            switch (type.Name)
            {
                case nameof(Integrity): return Is(type, Integrity) ? ChoiceKind.Integrity : ChoiceKind.None;
                case nameof(Encryption): return Is(type, Encryption) ? ChoiceKind.Encryption : ChoiceKind.None;
                case nameof(DiffieHellmanGroup): return Is(type, DiffieHellmanGroup) ? ChoiceKind.DiffieHellmanGroup : ChoiceKind.None;
                case nameof(PfsGroup): return Is(type, PfsGroup) ? ChoiceKind.PfsGroup : ChoiceKind.None;
                case nameof(Encapsulation): return Is(type, Encapsulation) ? ChoiceKind.Encapsulation : ChoiceKind.None;
                case nameof(KeyModule): return Is(type, KeyModule) ? ChoiceKind.KeyModule : ChoiceKind.None;
                case nameof(CertificateSigning): return Is(type, CertificateSigning) ? ChoiceKind.CertificateSigning : ChoiceKind.None;
                case nameof(CertValidationLevel): return Is(type, CertValidationLevel) ? ChoiceKind.CertValidationLevel : ChoiceKind.None;
                case nameof(AuthenticationMethod): return Is(type, AuthenticationMethod) ? ChoiceKind.AuthenticationMethod : ChoiceKind.None;
                case nameof(SecurityAction): return Is(type, SecurityAction) ? ChoiceKind.SecurityAction : ChoiceKind.None;
                default: return ChoiceKind.None;
            }
        }
    }
}
