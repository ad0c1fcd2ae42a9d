using IpsecSdk.Catalogue;
using Microsoft.CodeAnalysis;

namespace IpsecSdk.Analyzers
{
    // IPSEC2xx: hygiene around the rules themselves.
    internal static partial class Descriptors
    {
        /// <summary><see cref="RuleIds.SuppressionWithoutJustification"/>.</summary>
        public static readonly DiagnosticDescriptor SuppressionWithoutJustification = new DiagnosticDescriptor(
            RuleIds.SuppressionWithoutJustification,
            Title(RuleIds.SuppressionWithoutJustification),
            MessageFormat,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            Description(RuleIds.SuppressionWithoutJustification),
            RuleCatalogue.HelpUri(RuleIds.SuppressionWithoutJustification));

        /// <summary><see cref="RuleIds.UnknownBaselinePack"/>.</summary>
        public static readonly DiagnosticDescriptor UnknownBaselinePack = new DiagnosticDescriptor(
            RuleIds.UnknownBaselinePack,
            Title(RuleIds.UnknownBaselinePack),
            MessageFormat,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            Description(RuleIds.UnknownBaselinePack),
            RuleCatalogue.HelpUri(RuleIds.UnknownBaselinePack),
            WellKnownDiagnosticTags.CompilationEnd);
    }
}
