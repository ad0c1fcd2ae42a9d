using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using IpsecSdk.Building;
using IpsecSdk.Validation;
using Microsoft.CodeAnalysis;
using Xunit;

namespace IpsecSdk.Analyzers.Tests.Infrastructure
{
    /// <summary>Runs consumer code for real: compiles a file, calls its <c>Snippet.Create()</c> and builds the policy it returns.</summary>
    internal static class SnippetBuilder
    {
        /// <summary>The policy <c>Snippet.Create()</c> in <paramref name="source"/> builds, or null; <paramref name="findings"/> are Build()'s.</summary>
        public static IpsecPolicy? TryBuild(string name, string source, out IReadOnlyList<Finding> findings)
        {
            var compilation = AnalyzerRunner.Compile(new[] { source });
            using var stream = new MemoryStream();
            var emitted = compilation.Emit(stream);
            Assert.True(emitted.Success, name + " does not compile: " + string.Join("; ", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            stream.Position = 0;
            var context = new AssemblyLoadContext(name, isCollectible: true);
            try
            {
                var assembly = context.LoadFromStream(stream);
                var builder = (IpsecPolicyBuilder)assembly.GetType("Snippet")!.GetMethod("Create", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
                return builder.TryBuild(out findings);
            }
            finally
            {
                context.Unload();
            }
        }
    }
}
