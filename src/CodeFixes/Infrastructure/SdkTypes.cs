using Microsoft.CodeAnalysis;

namespace IpsecSdk.CodeFixes.Infrastructure
{
    /// <summary>Recognises the SDK's types in the user's compilation by name (the fixers never load IpsecSdk.dll).</summary>
    internal static class SdkTypes
    {
        public const string Namespace = "IpsecSdk";

        /// <summary>True for the SDK enum of the given simple name.</summary>
        public static bool IsEnum(ITypeSymbol? type, string name) =>
            type != null && type.TypeKind == TypeKind.Enum && type.Name == name && type.ContainingNamespace?.ToDisplayString() == Namespace;

        /// <summary>The enum type of the given simple name in the compilation, if the SDK is referenced.</summary>
        public static INamedTypeSymbol? Enum(Compilation compilation, string name) => compilation.GetTypeByMetadataName(Namespace + "." + name);

        /// <summary>Main-mode types (crypto set, proposal and their builders) versus quick-mode ones.</summary>
        public static CryptoPhase? PhaseOf(ITypeSymbol? container)
        {
            var name = container?.Name ?? "";
            return name.StartsWith("MainMode", System.StringComparison.Ordinal) ? CryptoPhase.MainMode
                : name.StartsWith("QuickMode", System.StringComparison.Ordinal) ? CryptoPhase.QuickMode
                : (CryptoPhase?)null;
        }

        /// <summary>True for <c>MainModeProposalBuilder</c> and <c>QuickModeProposalBuilder</c>, whose calls are chained.</summary>
        public static bool IsProposalBuilder(ITypeSymbol? type) =>
            type != null && (type.Name == "MainModeProposalBuilder" || type.Name == "QuickModeProposalBuilder") && type.ContainingNamespace?.ToDisplayString() == Namespace + ".Building";

        /// <summary>True for the records whose unset members keep the strongest defaults.</summary>
        public static bool IsProposalRecord(ITypeSymbol? type) =>
            type != null && (type.Name == "MainModeProposal" || type.Name == "QuickModeProposal") && type.ContainingNamespace?.ToDisplayString() == Namespace;

        /// <summary>
        /// The slot a value of <paramref name="type"/> fills when given to <paramref name="member"/> (a method, constructor or property)
        /// through the parameter or property called <paramref name="name"/>.
        /// </summary>
        public static SlotKind Classify(ISymbol member, ITypeSymbol type, string name)
        {
            var phase = PhaseOf(member.ContainingType);
            if (IsEnum(type, "Encryption"))
            {
                return phase == null ? SlotKind.None : SlotKind.Encryption;
            }

            if (IsEnum(type, "Integrity"))
            {
                if (phase == CryptoPhase.MainMode)
                {
                    return SlotKind.MainModeIntegrity;
                }

                if (phase == null)
                {
                    return SlotKind.None;
                }

                if (member.Name == "WithAhIntegrity" || name == "ahIntegrity" || name == "AhIntegrity")
                {
                    return SlotKind.AhIntegrity;
                }

                return member.Name == "WithIntegrity" ? SlotKind.AllIntegrity : SlotKind.EspIntegrity;
            }

            return IsEnum(type, "Encapsulation") ? SlotKind.Encapsulation
                : IsEnum(type, "DiffieHellmanGroup") ? SlotKind.KeyExchange
                : IsEnum(type, "PfsGroup") ? SlotKind.Pfs
                : SlotKind.None;
        }
    }
}
