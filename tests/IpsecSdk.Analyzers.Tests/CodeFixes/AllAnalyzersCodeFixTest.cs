using System;
using System.Collections.Generic;
using System.IO;
using IpsecSdk.Analyzers.Rules;
using IpsecSdk.Analyzers.Tests.Docs;
using IpsecSdk.Catalogue;
using Microsoft.CodeAnalysis;
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
    internal sealed class AllAnalyzersCodeFixTest<TCodeFix> : CSharpCodeFixTest<AlgorithmChoiceAnalyzer, TCodeFix, DefaultVerifier>
        where TCodeFix : CodeFixProvider, new()
    {
        public AllAnalyzersCodeFixTest(BaselinePack pack)
        {
            ReferenceAssemblies = new ReferenceAssemblies("net8.0");
            TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
            TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "IpsecSdk.dll")));
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nipsec_sdk.baseline = " + BaselinePacks.Name(pack) + "\n"));
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => ShippedComponents.Analyzers;
    }
}
