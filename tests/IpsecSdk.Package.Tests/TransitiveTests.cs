using System.IO;
using System.Linq;
using System.Threading.Tasks;
using IpsecSdk.Package.Tests.Infrastructure;
using Xunit;

namespace IpsecSdk.Package.Tests;

/// <summary>
/// An application that gets IpsecSdk through a library of its own (a project reference), not directly. The
/// package's analyzers reach the application too (the .NET SDK passes on a referenced project's package
/// analyzers whatever its <c>PrivateAssets</c> short of <c>all</c> say: dotnet/sdk#968, NuGet/Home#6279), so the
/// package's <c>buildTransitive/</c> files matter there: the props make the application's <c>IpsecSdkBaseline</c>
/// visible to the analyzers, and the targets honour its <c>IpsecSdkDisableAnalyzers</c> opt-out.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class TransitiveTests : PackageTest
{
    public TransitiveTests(PackageFixture fixture) : base(fixture) { }

    [Fact]
    public async Task Through_a_library_with_a_default_reference_the_app_gets_the_analyzers_and_its_baseline_property_reaches_them()
    {
        var result = await BuildAppThroughLibrary("Default", packageReferenceMetadata: "");

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Equal(new[] { $"{ConsumerSources.Dh14PolicyFile}:{ConsumerSources.Dh14Line} error IPSEC003" },
            BuildDiagnostic.IpsecIn(result).Where(d => d.Id == "IPSEC003").Select(d => d.Key));
    }

    [Fact]
    public async Task Through_a_library_that_keeps_the_analyzers_private_they_still_arrive_and_the_apps_opt_out_removes_them()
    {
        var withAnalyzers = await BuildAppThroughLibrary("Private", packageReferenceMetadata: "PrivateAssets=\"analyzers\"");
        var optedOut = await BuildAppThroughLibrary("OptOut", packageReferenceMetadata: "PrivateAssets=\"analyzers\"", appProperties: "<IpsecSdkDisableAnalyzers>true</IpsecSdkDisableAnalyzers>");

        Assert.Contains(BuildDiagnostic.IpsecIn(withAnalyzers), d => d.Id == "IPSEC003");
        Assert.True(optedOut.ExitCode == 0, optedOut.ToString());
        Assert.Empty(BuildDiagnostic.IpsecIn(optedOut));
    }

    // The app references no package; its code uses the SDK and chooses CNSA, under which DH group 14 is an error.
    private Task<CliResult> BuildAppThroughLibrary(string name, string packageReferenceMetadata, string appProperties = "")
    {
        var library = Fixture.CreateConsumer("Lib" + name, packageReferenceMetadata: packageReferenceMetadata);
        var app = Fixture.CreateConsumer("App" + name, referencePackage: false, projectBody: $"""
              <PropertyGroup>
                <IpsecSdkBaseline>cnsa</IpsecSdkBaseline>
                {appProperties}
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{Path.Combine(library.Directory, library.ProjectFile)}" />
              </ItemGroup>
            """)
            .WithFile(ConsumerSources.Dh14PolicyFile, ConsumerSources.Dh14Policy);
        return app.BuildAsync();
    }
}
