using System.Linq;
using System.Threading.Tasks;
using IpsecSdk.Package.Tests.Infrastructure;
using Xunit;

namespace IpsecSdk.Package.Tests;

/// <summary>A package consumer's `dotnet build` reports the IPSEC rules where, and only where, they apply.</summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerDiagnosticsTests : PackageTest
{
    /// <summary>An /analyzer: argument naming one of the package's own assemblies.</summary>
    private const string PackagedAnalyzerArgument = @"/analyzer:\S*IpsecSdk\.(Analyzers|CodeFixes)\.dll";

    public ConsumerDiagnosticsTests(PackageFixture fixture) : base(fixture) { }

    [Fact]
    public async Task Weak_code_builds_with_the_expected_IPSEC_warnings_at_the_expected_lines()
    {
        var build = await Fixture.WeakBuild;

        Assert.True(build.Result.ExitCode == 0, build.Result.ToString());
        Assert.Equal(
            ExpectedDiagnostics.Keys(ConsumerSources.WeakPolicyFile, ConsumerSources.WeakPolicy),
            BuildDiagnostic.IpsecIn(build.Result).Select(d => d.Key));
    }

    [Fact]
    public async Task Code_that_does_not_use_the_SDKs_types_gets_no_IPSEC_diagnostics_though_the_analyzers_run()
    {
        var project = Fixture.CreateConsumer("Lookalike")
            .WithFile(ConsumerSources.LookalikeFile, ConsumerSources.Lookalike);

        // Normal verbosity prints the compiler's command line: the silence is not a missing analyzer.
        var result = await project.BuildAsync("-v:n");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(BuildDiagnostic.IpsecIn(result));
        Assert.Matches(@"/analyzer:\S*IpsecSdk\.Analyzers\.dll", result.Output);
        Assert.Matches(@"/analyzer:\S*IpsecSdk\.CodeFixes\.dll", result.Output);
    }

    [Fact]
    public async Task IpsecSdkDisableAnalyzers_removes_the_analyzers_but_keeps_the_library()
    {
        var project = Fixture.CreateConsumer("OptOut", projectBody: """
              <PropertyGroup>
                <IpsecSdkDisableAnalyzers>true</IpsecSdkDisableAnalyzers>
              </PropertyGroup>
            """)
            .WithFile(ConsumerSources.WeakPolicyFile, ConsumerSources.WeakPolicy);

        // Normal verbosity prints the compiler's command line, which lists every /analyzer: it is given.
        var result = await project.BuildAsync("-v:n");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(BuildDiagnostic.IpsecIn(result));
        Assert.Contains("/analyzer:", result.Output, System.StringComparison.Ordinal);
        Assert.DoesNotMatch(PackagedAnalyzerArgument, result.Output);
        Assert.Matches(@"/reference:\S*IpsecSdk\.dll", result.Output);
    }
}
