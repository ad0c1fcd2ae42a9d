extern alias analyzers;

using System.Collections.Generic;
using IpsecSdk.Analyzers.Tests.Docs;
using IpsecSdk.Analyzers.Tests.Infrastructure;
using IpsecSdk.Catalogue;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace IpsecSdk.Analyzers.Tests.CodeFixes
{
    /// <summary>
    /// A code-fix test that runs every shipped IpsecSdk analyzer, before and after the fix, under one baseline pack:
    /// the fixed code must draw no IPSEC diagnostic that the test does not expect, so a fix can never trade one
    /// finding for another. References: .NET 8 reference assemblies (offline) and the built IpsecSdk.dll.
    /// </summary>
    internal sealed class AllAnalyzersCodeFixTest<TCodeFix> : CSharpCodeFixTest<analyzers::IpsecSdk.Analyzers.Rules.AlgorithmChoiceAnalyzer, TCodeFix, DefaultVerifier>
        where TCodeFix : CodeFixProvider, new()
    {
        public AllAnalyzersCodeFixTest(BaselinePack pack)
        {
            ReferenceAssemblies = TestReferences.None;

            // The framework's suppression check inserts a '#pragma warning disable' without a reason, which IPSEC201 rightly reports.
            TestBehaviors |= TestBehaviors.SkipSuppressionCheck;

            // The fixed states inherit nothing: every diagnostic left after a fix must be listed (the default would carry over,
            // unchecked, those of IDs the fixer cannot fix, which hides a fix that creates or keeps them).
            var globalConfig = "is_global = true\nipsec_sdk.baseline = " + BaselinePacks.Name(pack) + "\n";
            foreach (var state in new[] { TestState, FixedState, BatchFixedState })
            {
                state.AdditionalReferences.AddRange(TestReferences.Net80);
                state.AdditionalReferences.Add(TestReferences.IpsecSdk);
                state.AnalyzerConfigFiles.Add(("/.globalconfig", globalConfig));
            }

            FixedState.InheritanceMode = StateInheritanceMode.Explicit;
            BatchFixedState.InheritanceMode = StateInheritanceMode.Explicit;
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => ShippedComponents.Analyzers;
    }
}
