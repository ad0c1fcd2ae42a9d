using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace IpsecSdk.Analyzers.Tests.Infrastructure
{
    /// <summary>Runs one analyzer on a snippet that references the real IpsecSdk, under a chosen baseline pack.</summary>
    internal static class AnalyzerVerifier<TAnalyzer>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        /// <summary>A result expected at markup location <c>{|#n:...|}</c> with the given severity.</summary>
        public static DiagnosticResult Diagnostic(string id, int location, DiagnosticSeverity severity) =>
            new DiagnosticResult(id, severity).WithLocation(location);

        /// <summary>Verifies exactly <paramref name="expected"/> (pack null: no configuration, i.e. default).</summary>
        public static async Task VerifyAsync(string source, string? pack, params DiagnosticResult[] expected)
        {
            var test = CreateTest(source, pack);
            test.ExpectedDiagnostics.AddRange(expected);
            await test.RunAsync().ConfigureAwait(false);
            await GateEquality.AssertSameForMarkupAsync(new[] { source }, pack).ConfigureAwait(false);
        }

        /// <summary>A test ready to run; callers may add files, configuration or expectations.</summary>
        public static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> CreateTest(string source, string? pack)
        {
            var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
            {
                TestCode = source,
                ReferenceAssemblies = TestReferences.None,
            };
            test.TestState.AdditionalReferences.AddRange(TestReferences.Net80);
            test.TestState.AdditionalReferences.Add(TestReferences.IpsecSdk);
            if (pack != null)
            {
                test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", GlobalConfig("ipsec_sdk.baseline = " + pack)));
            }

            return test;
        }

        /// <summary>A <c>.globalconfig</c> with the given lines.</summary>
        public static string GlobalConfig(params string[] lines) => "is_global = true\n" + string.Join("\n", lines) + "\n";
    }
}
