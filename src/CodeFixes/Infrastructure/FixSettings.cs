using System;
using IpsecSdk.Analyzers;
using IpsecSdk.Analyzers.Infrastructure;
using IpsecSdk.Catalogue;
using Microsoft.CodeAnalysis;

namespace IpsecSdk.CodeFixes.Infrastructure
{
    /// <summary>The pack and phase a fix works with: from the diagnostic's properties, else as the analyzers read them.</summary>
    internal static class FixSettings
    {
        public static BaselinePack Pack(Diagnostic diagnostic, Document document, SyntaxTree tree)
        {
            if (diagnostic.Properties.TryGetValue(DiagnosticProperties.Pack, out var name) && BaselinePacks.TryParse(name, out var pack))
            {
                return pack;
            }

            var provider = document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider;
            return BaselineOptions.Parse(BaselineOptions.ConfiguredName(provider.GetOptions(tree), provider.GlobalOptions), out _);
        }

        public static CryptoPhase? Phase(Diagnostic diagnostic, ProposalScope? scope) =>
            diagnostic.Properties.TryGetValue(DiagnosticProperties.Phase, out var name) && Enum.TryParse<CryptoPhase>(name, out var phase) ? phase : scope?.Phase;
    }
}
