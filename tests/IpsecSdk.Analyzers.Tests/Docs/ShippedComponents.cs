using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using IpsecSdk.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IpsecSdk.Analyzers.Tests.Docs
{
    /// <summary>What the analyzer and code-fix assemblies export, found the way a host finds it: by their attributes.</summary>
    internal static class ShippedComponents
    {
        private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> LazyAnalyzers = new Lazy<ImmutableArray<DiagnosticAnalyzer>>(FindAnalyzers);

        public static Assembly AnalyzerAssembly => typeof(RuleCatalogue).Assembly;

        public static Assembly CodeFixAssembly => Assembly.Load("IpsecSdk.CodeFixes");

        /// <summary>One instance of every exported C# analyzer.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> Analyzers => LazyAnalyzers.Value;

        /// <summary>Every descriptor some exported analyzer supports, one per ID.</summary>
        public static IReadOnlyList<DiagnosticDescriptor> Descriptors =>
            Analyzers.SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id).Select(g => g.First()).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

        /// <summary>The code-fix provider types that carry <see cref="ExportCodeFixProviderAttribute"/>.</summary>
        public static IReadOnlyList<Type> ExportedFixerTypes =>
            CodeFixAssembly.GetTypes().Where(t => t.GetCustomAttribute<ExportCodeFixProviderAttribute>() != null).ToList();

        /// <summary>Every concrete code-fix provider type, exported or not.</summary>
        public static IReadOnlyList<Type> FixerTypes =>
            CodeFixAssembly.GetTypes().Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract).ToList();

        /// <summary>The rule IDs some exported fixer can fix.</summary>
        public static ISet<string> FixableIds =>
            new HashSet<string>(ExportedFixerTypes.SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds), StringComparer.Ordinal);

        private static ImmutableArray<DiagnosticAnalyzer> FindAnalyzers() =>
            AnalyzerAssembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
                .Where(t => t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToImmutableArray();
    }
}
