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

    // Clear-text fallback nobody declared must show where CI looks (a warning in the build log, an error with
    // -warnaserror); a declared boundary zone stays a remark, which command-line builds do not print.
    [Fact]
    public async Task Request_mode_not_declared_a_boundary_zone_shows_in_a_command_line_build_and_fails_warnaserror()
    {
        const string source = """
            using IpsecSdk;

            public static class Zones
            {
                public static IpsecPolicy Undeclared() => IpsecPolicy.Create("g").AddRule("legacy", r => r.AuthenticateWithCertificate("CN=ca").RequestInboundAndOutbound()).Build();
                public static IpsecPolicy Declared() => IpsecPolicy.Create("g").AddRule("legacy", r => r.AuthenticateWithCertificate("CN=ca").AsBoundaryZone()).Build();
            }
            """;
        var project = Fixture.CreateConsumer("RequestMode").WithFile("Zones.cs", source);

        var build = await project.BuildAsync();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(new[] { "Zones.cs:5 warning IPSEC007" }, BuildDiagnostic.IpsecIn(build).Select(d => d.Key));

        var strict = await project.BuildAsync("-warnaserror", "--no-incremental");
        Assert.True(strict.ExitCode != 0, strict.ToString());
        Assert.Contains("error IPSEC007", strict.Output, System.StringComparison.Ordinal);
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
