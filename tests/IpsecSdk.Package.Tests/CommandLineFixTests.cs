using System.Linq;
using System.Threading.Tasks;
using IpsecSdk.Package.Tests.Infrastructure;
using Xunit;

namespace IpsecSdk.Package.Tests;

/// <summary>`dotnet format analyzers` applies the packaged code fixes from the command line.</summary>
[Collection(PackageCollection.Name)]
public sealed class CommandLineFixTests
{
    private readonly PackageFixture _fixture;

    public CommandLineFixTests(PackageFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Format_rewrites_weak_choices_after_which_verify_passes_and_the_build_is_clean()
    {
        var project = _fixture.CreateConsumer("Fixable")
            .WithFile(ConsumerSources.FixablePolicyFile, ConsumerSources.FixablePolicy);
        var diagnostics = new[] { "--diagnostics" }
            .Concat(ExpectedDiagnostics.Ids(ConsumerSources.FixablePolicy))
            .Concat(new[] { "--severity", "info" }).ToArray();

        var verifyBefore = await project.FormatAnalyzersAsync(diagnostics.Append("--verify-no-changes").ToArray());
        Assert.True(verifyBefore.ExitCode == 2, verifyBefore.ToString());

        var fix = await project.FormatAnalyzersAsync(diagnostics);
        Assert.True(fix.ExitCode == 0, fix.ToString());
        var fixedCode = project.ReadFile(ConsumerSources.FixablePolicyFile);
        Assert.NotEqual(ConsumerSources.FixablePolicy, fixedCode);
        Assert.DoesNotContain("Integrity.Sha1", fixedCode, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Encryption.Des3", fixedCode, System.StringComparison.Ordinal);
        Assert.DoesNotContain("DiffieHellmanGroup.Dh2", fixedCode, System.StringComparison.Ordinal);
        Assert.DoesNotContain("PfsGroup.None", fixedCode, System.StringComparison.Ordinal);

        var verifyAfter = await project.FormatAnalyzersAsync(diagnostics.Append("--verify-no-changes").ToArray());
        Assert.True(verifyAfter.ExitCode == 0, verifyAfter.ToString());

        var build = await project.BuildAsync();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(BuildDiagnostic.IpsecIn(build));
    }
}
