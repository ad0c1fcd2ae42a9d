extern alias analyzers;

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading.Tasks;
using analyzers::IpsecSdk.Analyzers.Infrastructure.Gate;
using analyzers::IpsecSdk.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IpsecSdk.Analyzers.Tests.Infrastructure
{
    /// <summary>Runs analyzers on source directly (no Workspaces): for property checks, the agreement walk and robustness runs.</summary>
    internal static class AnalyzerRunner
    {
        /// <summary>One instance of every analyzer the package ships.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> All { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(
            new AlgorithmChoiceAnalyzer(),
            new PolicyChainAnalyzer(),
            new ProposalCombinationAnalyzer(),
            new LiteralAnalyzer(),
            new SuppressionJustificationAnalyzer(),
            new BaselineConfigurationAnalyzer());

        /// <summary>
        /// The analyzer diagnostics (including AD0001 analyzer exceptions) for the sources, with optional global options.
        /// Every run is made twice, with the syntax gate on and forced off, and fails unless both give the same diagnostics.
        /// </summary>
        public static async Task<ImmutableArray<Diagnostic>> RunAsync(IEnumerable<string> sources, IReadOnlyDictionary<string, string>? globalOptions = null, bool referenceSdk = true, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
        {
            var compilation = Compile(sources, referenceSdk, outputKind);
            var options = globalOptions ?? new Dictionary<string, string>();
            var gated = await RunAsync(compilation, options).ConfigureAwait(false);
            var gateOff = options.ToDictionary(p => p.Key, p => p.Value);
            gateOff[GateOption.Key] = "off";
            var ungated = await RunAsync(compilation, gateOff).ConfigureAwait(false);
            GateEquality.AssertSame(gated, ungated);
            return gated;
        }

        /// <summary>The analyzer diagnostics of <paramref name="compilation"/> under exactly <paramref name="globalOptions"/> (one run).</summary>
        public static Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, IReadOnlyDictionary<string, string> globalOptions)
        {
            var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new OptionsProvider(globalOptions));
            var withAnalyzers = compilation.WithAnalyzers(All, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
            return withAnalyzers.GetAllDiagnosticsAsync();
        }

        /// <summary>A consumer compilation of the sources against .NET 8 (and IpsecSdk unless told otherwise).</summary>
        public static CSharpCompilation Compile(IEnumerable<string> sources, bool referenceSdk = true, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
        {
            var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest), path: "/src/File" + i + ".cs")).ToList();
            var references = referenceSdk ? TestReferences.Net80.Add(TestReferences.IpsecSdk) : TestReferences.Net80;
            return CSharpCompilation.Create("Consumer" + System.Guid.NewGuid().ToString("N"), trees, references, new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable));
        }

        /// <summary>Only the diagnostics the analyzers reported (IPSEC*), ordered by position.</summary>
        public static async Task<ImmutableArray<Diagnostic>> IpsecDiagnosticsAsync(string source, string? pack = null)
        {
            var options = pack == null ? null : new Dictionary<string, string> { ["ipsec_sdk.baseline"] = pack };
            var all = await RunAsync(new[] { source }, options).ConfigureAwait(false);
            return all.Where(d => d.Id.StartsWith("IPSEC", System.StringComparison.Ordinal)).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
        }

        private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly DictionaryOptions _options;

            public OptionsProvider(IReadOnlyDictionary<string, string> values) => _options = new DictionaryOptions(values);

            public override AnalyzerConfigOptions GlobalOptions => _options;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;
        }

        private sealed class DictionaryOptions : AnalyzerConfigOptions
        {
            private readonly IReadOnlyDictionary<string, string> _values;

            public DictionaryOptions(IReadOnlyDictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
