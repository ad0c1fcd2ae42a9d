using System.Linq;
using System.Threading.Tasks;
using IpsecSdk.Package.Tests.Infrastructure;
using Xunit;

namespace IpsecSdk.Package.Tests;

/// <summary>
/// The package works beyond the SDK's own compiler and TFM: an older Roslyn (the compiler toolset
/// package), a netstandard2.0 library and a .NET Framework 4.6.2 project (reference assemblies from
/// Microsoft.NETFramework.ReferenceAssemblies, so this builds on Linux too). Build only: nothing runs.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CompatibilityTests : PackageTest
{
    public CompatibilityTests(PackageFixture fixture) : base(fixture) { }

    [Fact]
    public async Task Analyzers_load_and_report_under_the_older_Roslyn_4_14_compiler_toolset()
    {
        // LangVersion 12: Roslyn 4.14 does not know the SDK 10 default language version.
        // RoslynCompilerType: SDK 10 points the build at its own compiler for the values Core and Framework
        // (Microsoft.NET.Sdk.BeforeCommon.targets); any other value leaves the toolset package's paths alone.
        var project = Fixture.CreateConsumer("Roslyn414", projectBody: """
              <PropertyGroup>
                <LangVersion>12</LangVersion>
                <RoslynCompilerType>Package</RoslynCompilerType>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.Net.Compilers.Toolset" Version="4.14.0" PrivateAssets="all" />
              </ItemGroup>
            """)
            .WithFile(ConsumerSources.WeakPolicyFile, ConsumerSources.WeakPolicy);

        var result = await project.BuildAsync("-v:n");

        AssertWeakPolicyReported(result);
        // The compiler that ran is the package's (dotnet exec .../microsoft.net.compilers.toolset/4.14.0/.../csc.dll).
        Assert.Matches(@"microsoft\.net\.compilers\.toolset[/\\]4\.14\.0[/\\]\S*csc\.dll", result.Output);
        Assert.DoesNotContain("CS8032", result.Output, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("netstandard2.0")]
    [InlineData("net462")]
    public async Task Library_and_analyzers_work_in_a_consumer_targeting(string targetFramework)
    {
        var project = Fixture.CreateConsumer("Tfm" + targetFramework.Replace(".", "", System.StringComparison.Ordinal), targetFramework)
            .WithFile(ConsumerSources.WeakPolicyFile, ConsumerSources.WeakPolicy);

        var result = await project.BuildAsync();

        AssertWeakPolicyReported(result);
    }

    private static void AssertWeakPolicyReported(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            ExpectedDiagnostics.Keys(ConsumerSources.WeakPolicyFile, ConsumerSources.WeakPolicy),
            BuildDiagnostic.IpsecIn(result).Select(d => d.Key));
    }
}
