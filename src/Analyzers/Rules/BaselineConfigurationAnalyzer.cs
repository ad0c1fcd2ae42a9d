using System.Collections.Concurrent;
using System.Collections.Immutable;
using IpsecSdk.Analyzers.Infrastructure;
using IpsecSdk.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IpsecSdk.Analyzers.Rules
{
    /// <summary>
    /// IPSEC202: the configured baseline (<c>ipsec_sdk.baseline</c> or <c>IpsecSdkBaseline</c>) is not a known pack.
    /// The analyzers then judge with <c>default</c>; this diagnostic, reported once per compilation and unknown name
    /// (without a source location), makes the fallback visible instead of silent.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BaselineConfigurationAnalyzer : IpsecAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnknownBaselinePack);

        private protected override void Register(CompilationStartAnalysisContext context, IpsecCompilation ipsec)
        {
            var unknown = new ConcurrentDictionary<string, byte>(System.StringComparer.OrdinalIgnoreCase);
            var provider = context.Options.AnalyzerConfigOptionsProvider;
            Remember(unknown, BaselineOptions.ConfiguredName(provider.GlobalOptions, provider.GlobalOptions));
            context.RegisterSyntaxTreeAction(c =>
            {
                if (!c.IsGeneratedCode)
                {
                    Remember(unknown, BaselineOptions.ConfiguredName(provider.GetOptions(c.Tree), provider.GlobalOptions));
                }
            });
            context.RegisterCompilationEndAction(c =>
            {
                foreach (var name in unknown.Keys)
                {
                    c.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownBaselinePack, Location.None,
                        "Unknown baseline pack '" + name + "' (from " + BaselineOptions.EditorConfigKey + " or the MSBuild property IpsecSdkBaseline); allowed: " +
                        string.Join(", ", BaselinePacks.Names) + ". The analyzers use 'default' until this is fixed."));
                }
            });
        }

        private static void Remember(ConcurrentDictionary<string, byte> unknown, string? name)
        {
            BaselineOptions.Parse(name, out var known);
            if (!known && name != null)
            {
                unknown.TryAdd(name, 0);
            }
        }
    }
}
