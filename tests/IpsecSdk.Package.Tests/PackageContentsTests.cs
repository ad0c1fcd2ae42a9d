using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using IpsecSdk.Package.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace IpsecSdk.Package.Tests;

/// <summary>What `dotnet pack src/Sdk` puts into IpsecSdk.nupkg and its symbol package.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageContentsTests : PackageTest
{
    private readonly ITestOutputHelper _output;

    public PackageContentsTests(PackageFixture fixture, ITestOutputHelper output) : base(fixture) => _output = output;

    [Fact]
    public void Package_contains_exactly_the_library_docs_analyzers_build_files_and_readme()
    {
        // The measured pack time (restore + build of four projects + pack), for the test log.
        _output.WriteLine($"pack took {Fixture.PackResult.Duration.TotalSeconds:F1} s");
        var expected = new[]
        {
            "IpsecSdk.nuspec",
            "README.md",
            "[Content_Types].xml",
            "_rels/.rels",
            "analyzers/dotnet/cs/IpsecSdk.Analyzers.dll",
            "analyzers/dotnet/cs/IpsecSdk.CodeFixes.dll",
            "build/IpsecSdk.props",
            "build/IpsecSdk.targets",
            "buildTransitive/IpsecSdk.props",
            "buildTransitive/IpsecSdk.targets",
            "lib/net8.0/IpsecSdk.dll",
            "lib/net8.0/IpsecSdk.xml",
            "lib/netstandard2.0/IpsecSdk.dll",
            "lib/netstandard2.0/IpsecSdk.xml",
            "package/services/metadata/core-properties/<id>.psmdcp",
        };

        using var package = ZipFile.OpenRead(Fixture.PackagePath);
        var actual = package.Entries
            .Select(e => e.FullName.StartsWith("package/services/metadata/core-properties/", StringComparison.Ordinal)
                ? "package/services/metadata/core-properties/<id>.psmdcp"
                : e.FullName)
            .OrderBy(n => n, StringComparer.Ordinal);

        Assert.Equal(expected.OrderBy(n => n, StringComparer.Ordinal), actual);
    }

    [Fact]
    public void Nuspec_depends_on_no_Roslyn_package_and_only_on_the_librarys_own_runtime_dependencies()
    {
        // The Windows gateway's MI package is a dependency of both TFMs once the library references it.
        var mi = LibraryReferences("Microsoft.Management.Infrastructure") ? new[] { "Microsoft.Management.Infrastructure" } : Array.Empty<string>();
        var nuspec = ReadNuspec();
        var ns = nuspec.Root!.Name.Namespace;
        var groups = nuspec.Descendants(ns + "group")
            .ToDictionary(
                g => (string)g.Attribute("targetFramework")!,
                g => g.Elements(ns + "dependency").Select(d => (string)d.Attribute("id")!).OrderBy(i => i, StringComparer.Ordinal).ToArray());

        Assert.Equal(new[] { ".NETStandard2.0", "net8.0" }, groups.Keys.OrderBy(k => k, StringComparer.Ordinal));
        // System.Text.Json on net8.0 too: the JSON door refuses duplicate members, which the inbox 8.0 copy cannot.
        Assert.Equal(mi.Append("System.Text.Json").OrderBy(i => i, StringComparer.Ordinal), groups[".NETStandard2.0"]);
        Assert.Equal(mi.Append("System.Text.Json").OrderBy(i => i, StringComparer.Ordinal), groups["net8.0"]);
        Assert.DoesNotContain(groups.Values.SelectMany(v => v), id => id.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Nuspec_carries_licence_readme_repository_and_the_runs_version()
    {
        var nuspec = ReadNuspec();
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal("IpsecSdk", (string?)metadata.Element(ns + "id"));
        Assert.Equal(Fixture.Version, (string?)metadata.Element(ns + "version"));
        var license = metadata.Element(ns + "license")!;
        Assert.Equal("expression", (string?)license.Attribute("type"));
        Assert.Equal("MIT", license.Value);
        Assert.Equal("README.md", (string?)metadata.Element(ns + "readme"));
        var repository = metadata.Element(ns + "repository")!;
        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.StartsWith("https://github.com/", (string?)repository.Attribute("url"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace((string?)metadata.Element(ns + "description")));
    }

    [Fact]
    public void Package_readme_is_the_repository_readme()
    {
        using var package = ZipFile.OpenRead(Fixture.PackagePath);
        using var reader = new StreamReader(package.GetEntry("README.md")!.Open());

        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryLayout.Root, "README.md")), reader.ReadToEnd());
    }

    [Fact]
    public void Props_make_the_baseline_property_visible_to_the_analyzers_in_build_and_buildTransitive()
    {
        using var package = ZipFile.OpenRead(Fixture.PackagePath);
        foreach (var folder in new[] { "build", "buildTransitive" })
        {
            using var stream = package.GetEntry($"{folder}/IpsecSdk.props")!.Open();
            var props = XDocument.Load(stream);
            Assert.Contains(props.Descendants("CompilerVisibleProperty"), e => (string?)e.Attribute("Include") == "IpsecSdkBaseline");
        }
    }

    [Fact]
    public void Symbol_package_holds_a_pdb_per_target_framework()
    {
        using var symbols = ZipFile.OpenRead(Fixture.SymbolPackagePath);
        var pdbs = symbols.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".pdb", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal);

        Assert.Equal(new[] { "lib/net8.0/IpsecSdk.pdb", "lib/netstandard2.0/IpsecSdk.pdb" }, pdbs);
    }

    /// <summary>Whether src/Sdk/Sdk.csproj references the package for its consumers (not PrivateAssets="all").</summary>
    private static bool LibraryReferences(string packageId) =>
        XDocument.Load(RepositoryLayout.SdkProject).Descendants("PackageReference")
            .Any(r => (string?)r.Attribute("Include") == packageId && (string?)r.Attribute("PrivateAssets") != "all");

    private XDocument ReadNuspec()
    {
        using var package = ZipFile.OpenRead(Fixture.PackagePath);
        using var stream = package.GetEntry("IpsecSdk.nuspec")!.Open();
        return XDocument.Load(stream);
    }
}
