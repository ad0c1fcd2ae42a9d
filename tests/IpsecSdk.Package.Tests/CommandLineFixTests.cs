using System.Linq;
using System.Threading.Tasks;
using IpsecSdk.Package.Tests.Infrastructure;
using Xunit;

namespace IpsecSdk.Package.Tests;

/// <summary>`dotnet format analyzers` applies the packaged code fixes from the command line.</summary>
[Collection(PackageCollection.Name)]
public sealed class CommandLineFixTests : PackageTest
{
    /// <summary>
    /// `dotnet format` computes the diagnostics of all requested IDs once, then fixes ID by ID: once a fix
    /// has moved the text, later IDs' stale locations are skipped ("Unable to fix IPSECnnn. Code fix ...
    /// didn't return a Fix All action") and the next run picks them up. Every run fixes at least one of
    /// the requested IDs, so one run per ID is enough; the order in which dotnet format applies them varies
    /// (a CI run needed a fourth). docs/packaging.md tells users to repeat until --verify-no-changes passes.
    /// </summary>

    public CommandLineFixTests(PackageFixture fixture) : base(fixture) { }

    [Fact]
    public async Task Format_rewrites_weak_choices_until_verify_passes_and_the_build_is_clean()
    {
        var project = Fixture.CreateConsumer("Fixable")
            .WithFile(ConsumerSources.FixablePolicyFile, ConsumerSources.FixablePolicy);
        var diagnostics = new[] { "--diagnostics" }
            .Concat(ExpectedDiagnostics.Ids(ConsumerSources.FixablePolicy))
            .Concat(new[] { "--severity", "info" }).ToArray();
        var verify = diagnostics.Append("--verify-no-changes").ToArray();

        // --verify-no-changes exits 2 while a fixable diagnostic is left: that is what a CI gate sees.
        var verifyBefore = await project.FormatAnalyzersAsync(verify);
        Assert.True(verifyBefore.ExitCode == 2, verifyBefore.ToString());

        var ids = ExpectedDiagnostics.Ids(ConsumerSources.FixablePolicy).Count();
        var passes = new System.Text.StringBuilder();
        CliResult verifyAfter = verifyBefore;
        for (var pass = 1; pass <= ids && verifyAfter.ExitCode != 0; pass++)
        {
            var fix = await project.FormatAnalyzersAsync(diagnostics);
            Assert.True(fix.ExitCode == 0, fix.ToString());
            passes.AppendLine("pass " + pass + ": " + fix);
            verifyAfter = await project.FormatAnalyzersAsync(verify);
        }

        Assert.True(verifyAfter.ExitCode == 0, verifyAfter + System.Environment.NewLine + passes);
        var fixedCode = project.ReadFile(ConsumerSources.FixablePolicyFile);
        Assert.DoesNotContain("Integrity.Sha1", fixedCode, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Encryption.Des3", fixedCode, System.StringComparison.Ordinal);
        Assert.DoesNotContain("DiffieHellmanGroup.Dh2)", fixedCode, System.StringComparison.Ordinal);
        Assert.DoesNotContain("PfsGroup.None", fixedCode, System.StringComparison.Ordinal);

        var build = await project.BuildAsync();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(BuildDiagnostic.IpsecIn(build));
    }
}
