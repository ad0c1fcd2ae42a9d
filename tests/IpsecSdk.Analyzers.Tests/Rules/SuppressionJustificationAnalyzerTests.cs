extern alias analyzers;

using System.Threading.Tasks;
using IpsecSdk.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verifier = IpsecSdk.Analyzers.Tests.Infrastructure.AnalyzerVerifier<analyzers::IpsecSdk.Analyzers.Rules.SuppressionJustificationAnalyzer>;

namespace IpsecSdk.Analyzers.Tests.Rules
{
    public sealed class SuppressionJustificationAnalyzerTests
    {
        private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

        // The test framework re-runs each case under '#pragma warning disable IPSEC201' (no reason comment), which this very rule reports.
        private static CSharpAnalyzerTest<analyzers::IpsecSdk.Analyzers.Rules.SuppressionJustificationAnalyzer, DefaultVerifier> CreateTest(string source)
        {
            var test = Verifier.CreateTest(source, null);
            test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
            return test;
        }

        private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        {
            var test = CreateTest(source);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        [Fact]
        public Task SuppressMessage_without_justification_in_any_category_is_reported() =>
            VerifyAsync("""
                using System.Diagnostics.CodeAnalysis;

                class Consumer
                {
                    [{|#0:SuppressMessage("IpsecSdk", "IPSEC001:Weak integrity algorithm")|}]
                    void A() { }

                    [{|#1:SuppressMessage("Security", "IPSEC005", Justification = "")|}]
                    void B() { }

                    [{|#2:SuppressMessage("IpsecSdk", "IPSEC006", Justification = "<Pending>")|}]
                    void C() { }

                    [SuppressMessage("IpsecSdk", "IPSEC006", Justification = "Lab network, PSK rotated daily (ticket 42).")]
                    void D() { }

                    [SuppressMessage("Style", "IDE0051")]
                    void E() { }
                }
                """, Verifier.Diagnostic("IPSEC201", 0, Warning), Verifier.Diagnostic("IPSEC201", 1, Warning), Verifier.Diagnostic("IPSEC201", 2, Warning));

        [Fact]
        public Task Assembly_level_suppressions_in_GlobalSuppressions_are_checked_too()
        {
            var test = CreateTest("class Consumer { }");
            test.TestState.Sources.Add(("GlobalSuppressions.cs", """
                using System.Diagnostics.CodeAnalysis;

                [assembly: {|#0:SuppressMessage("IpsecSdk", "IPSEC013:IKEv1 key module", Scope = "member", Target = "~M:Consumer.Run")|}]
                [assembly: SuppressMessage("IpsecSdk", "IPSEC007", Justification = "Boundary zone by design.")]
                """));
            test.ExpectedDiagnostics.Add(Verifier.Diagnostic("IPSEC201", 0, Warning));
            return test.RunAsync();
        }

        [Fact]
        public Task Pragma_without_a_reason_comment_is_reported_at_the_code() =>
            VerifyAsync("""
                class Consumer
                {
                #pragma warning disable {|#0:IPSEC001|}
                #pragma warning disable IPSEC002 // DES kept for the 2008 R2 appliance until its replacement (ticket 7)
                #pragma warning disable CS0168, {|#1:IPSEC005|}
                #pragma warning disable {|#2:IPSEC003|} //
                #pragma warning restore IPSEC001
                }
                """, Verifier.Diagnostic("IPSEC201", 0, Warning), Verifier.Diagnostic("IPSEC201", 1, Warning), Verifier.Diagnostic("IPSEC201", 2, Warning));
    }
}
