extern alias analyzers;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IpsecSdk.Analyzers.Tests.Docs
{
    /// <summary>What the analyzer and code-fix assemblies export, found the way a host finds it: by their attributes.</summary>
    internal static class ShippedComponents
    {
        private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> LazyAnalyzers = new Lazy<ImmutableArray<DiagnosticAnalyzer>>(FindAnalyzers);

        public static Assembly AnalyzerAssembly => typeof(analyzers::IpsecSdk.Catalogue.RuleCatalogue).Assembly;

        public static Assembly CodeFixAssembly => Assembly.Load("IpsecSdk.CodeFixes");

        /// <summary>One instance of every exported C# analyzer.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> Analyzers => LazyAnalyzers.Value;

        /// <summary>Every descriptor of the analyzer assembly (its one list of them).</summary>
        public static IReadOnlyList<DiagnosticDescriptor> Descriptors => analyzers::IpsecSdk.Analyzers.Descriptors.All;

        /// <summary>The IDs some exported analyzer actually reports.</summary>
        public static ISet<string> AnalyzedIds => new HashSet<string>(Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id), StringComparer.Ordinal);

        /// <summary>The code-fix provider types that carry <see cref="ExportCodeFixProviderAttribute"/>.</summary>
        public static IReadOnlyList<Type> ExportedFixerTypes =>
            CodeFixAssembly.GetTypes().Where(t => t.GetCustomAttribute<ExportCodeFixProviderAttribute>() != null).ToList();

        /// <summary>Every concrete code-fix provider type, exported or not.</summary>
        public static IReadOnlyList<Type> FixerTypes =>
            CodeFixAssembly.GetTypes().Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract).ToList();

        /// <summary>One instance of every concrete code-fix provider.</summary>
        public static IReadOnlyList<CodeFixProvider> Fixers => FixerTypes.Select(t => (CodeFixProvider)Activator.CreateInstance(t)!).ToList();

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
