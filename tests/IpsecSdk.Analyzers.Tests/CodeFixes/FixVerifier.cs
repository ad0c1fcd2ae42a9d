using System;
using System.Threading.Tasks;
using IpsecSdk.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using IpsecSdk.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace IpsecSdk.Analyzers.Tests.CodeFixes
{
    /// <summary>Short forms for the code-fix tests: wrap a builder chain in a compilable class and run the fix (and Fix All).</summary>
    internal static class FixVerifier
    {
        /// <summary>An expected diagnostic at markup location <c>{|#n:...|}</c> with the severity the pack gives it.</summary>
        public static DiagnosticResult At(int location, string id, DiagnosticSeverity severity) => new DiagnosticResult(id, severity).WithLocation(location);

        /// <summary>A class whose method builds a policy with one rule configured by <paramref name="rule"/> (the body of <c>r => r...</c>).</summary>
        public static string Policy(string rule, string usings = "") => usings + @"using IpsecSdk;
using IpsecSdk.Building;

class Sample
{
    IpsecPolicy Build() => IpsecPolicy.Create(""Contoso"")
        .AddRule(""web"", r => r
            .AuthenticateWithCertificate(""CN=Contoso Root CA"")
" + rule + @")
        .Build();
}
";

        /// <summary>Verifies the fix (first code action unless <paramref name="action"/> names its equivalence key) and Fix All.</summary>
        public static async Task VerifyAsync<TCodeFix>(BaselinePack pack, string source, string fixedSource, DiagnosticResult[] expected, string? action = null, string? batchFixedSource = null, DiagnosticResult[]? remaining = null, CodeFixTestBehaviors behaviors = CodeFixTestBehaviors.None)
            where TCodeFix : CodeFixProvider, new()
        {
            var test = new AllAnalyzersCodeFixTest<TCodeFix>(pack)
            {
                TestCode = source,
                FixedCode = fixedSource,
                CodeActionEquivalenceKey = action,
                CodeFixTestBehaviors = behaviors,
            };
            test.ExpectedDiagnostics.AddRange(expected);
            test.FixedState.ExpectedDiagnostics.AddRange(remaining ?? Array.Empty<DiagnosticResult>());
            test.BatchFixedState.Sources.Add(batchFixedSource ?? fixedSource);
            test.BatchFixedState.ExpectedDiagnostics.AddRange(remaining ?? Array.Empty<DiagnosticResult>());

            await test.RunAsync().ConfigureAwait(false);
            var packName = BaselinePacks.Name(pack);
            await GateEquality.AssertSameForMarkupAsync(new[] { source }, packName).ConfigureAwait(false);
            await GateEquality.AssertSameForMarkupAsync(new[] { fixedSource }, packName).ConfigureAwait(false);
        }
    }
}
