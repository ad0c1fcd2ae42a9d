using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace IpsecSdk.Analyzers.Tests.Infrastructure
{
    /// <summary>Offline reference assemblies for test compilations: .NET 8 plus the real IpsecSdk assembly.</summary>
    internal static class TestReferences
    {
        /// <summary>The IpsecSdk assembly under test: tests use the real public API.</summary>
        public static MetadataReference IpsecSdk { get; } = MetadataReference.CreateFromFile(typeof(IpsecPolicy).Assembly.Location);

        /// <summary>An empty reference set: the .NET 8 assemblies come from <see cref="Net80"/> (no download at test time).</summary>
        public static ReferenceAssemblies None { get; } = new ReferenceAssemblies("net8.0");

        /// <summary>The .NET 8 reference assemblies.</summary>
        public static ImmutableArray<MetadataReference> Net80 { get; } = LoadNet80();

#if ROSLYN_FLOOR
        // Roslyn 4.8 run: Basic.Reference.Assemblies needs 4.11, so read the targeting pack that PackageDownload restored.
        private static ImmutableArray<MetadataReference> LoadNet80()
        {
            var root = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            var folder = Path.Combine(root, "microsoft.netcore.app.ref", "8.0.0", "ref", "net8.0");
            return Directory.GetFiles(folder, "*.dll").Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToImmutableArray();
        }
#else
        private static ImmutableArray<MetadataReference> LoadNet80() => Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().ToImmutableArray();
#endif
    }
}
