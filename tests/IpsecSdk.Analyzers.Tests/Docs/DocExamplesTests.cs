using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using IpsecSdk.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using IpsecSdk.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace IpsecSdk.Analyzers.Tests.Docs
{
    /// <summary>The code on the rule pages is real: it compiles against the SDK, and the analyzers agree with what the page says of it.</summary>
    public class DocExamplesTests
    {
        public static TheoryData<string> RuleIds() => new TheoryData<string>(RuleCatalogue.All.Select(r => r.Id));

        [Theory]
        [MemberData(nameof(RuleIds))]
        public async Task Page_examples_compile_and_only_the_non_compliant_ones_draw_the_rule(string id)
        {
            var examples = DocExample.Read(id, RepositoryFiles.Read(RuleCatalogue.Get(id).DocumentationPath)).ToList();
            var analyzed = ShippedComponents.AnalyzedIds.Contains(id);
            foreach (var example in examples)
            {
                var compilation = Compile(example.Code);
                var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                Assert.True(errors.Count == 0, example + " does not compile:\n" + string.Join("\n", errors));
                if (!analyzed || !example.ShowsAChoice)
                {
                    continue;
                }

                var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new PackOptionsProvider(example.Pack));
                var diagnostics = await compilation.WithAnalyzers(ShippedComponents.Analyzers, options).GetAnalyzerDiagnosticsAsync();
                var reported = diagnostics.Any(d => d.Id == id);
                Assert.True(reported != example.IsCompliant, example + (example.IsCompliant ? " draws " : " does not draw ") + id + " under the " + BaselinePacks.Name(example.Pack) + " pack.");
            }
        }

        private static CSharpCompilation Compile(string code) =>
            CSharpCompilation.Create(
                "DocExample",
                new[] { CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path: "/0/Example.cs") },
                TestReferences.Net80.Add(TestReferences.IpsecSdk),
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        /// <summary>Analyzer configuration with <c>ipsec_sdk.baseline</c> set to one pack, as a .globalconfig would.</summary>
        private sealed class PackOptionsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly AnalyzerConfigOptions _options;

            public PackOptionsProvider(BaselinePack pack)
            {
                _options = new PackOptions(BaselinePacks.Name(pack));
            }

            public override AnalyzerConfigOptions GlobalOptions => _options;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;
        }

        private sealed class PackOptions : AnalyzerConfigOptions
        {
            private readonly string _pack;

            public PackOptions(string pack)
            {
                _pack = pack;
            }

            public override bool TryGetValue(string key, out string value)
            {
                value = _pack;
                return key == "ipsec_sdk.baseline";
            }
        }
    }
}
