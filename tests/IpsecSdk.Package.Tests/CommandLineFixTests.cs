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
    /// `dotnet format` computes the diagnostics of all requested IDs once, then fixes ID by ID; the IpsecSdk
    /// Fix All finds each ID's findings again in the current text, so ONE run leaves nothing fixable and
    /// prints no "Unable to fix" line, whatever order dotnet format picks.
    /// </summary>

    public CommandLineFixTests(PackageFixture fixture) : base(fixture) { }

    [Fact]
    public async Task One_format_run_rewrites_every_weak_choice_and_the_build_is_clean()
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

        var fix = await project.FormatAnalyzersAsync(diagnostics);
        Assert.True(fix.ExitCode == 0, fix.ToString());
        Assert.DoesNotContain("Unable to fix", fix.ToString(), System.StringComparison.Ordinal);
        var verifyAfter = await project.FormatAnalyzersAsync(verify);
        Assert.True(verifyAfter.ExitCode == 0, verifyAfter + System.Environment.NewLine + fix);
        var fixedCode = project.ReadFile(ConsumerSources.FixablePolicyFile);
        Assert.DoesNotContain("Integrity.Sha1", fixedCode, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Encryption.Des3", fixedCode, System.StringComparison.Ordinal);
        Assert.DoesNotContain("DiffieHellmanGroup.Dh2)", fixedCode, System.StringComparison.Ordinal);
        Assert.DoesNotContain("PfsGroup.None", fixedCode, System.StringComparison.Ordinal);

        var build = await project.BuildAsync();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(BuildDiagnostic.IpsecIn(build));
    }

    [Fact]
    public async Task One_format_run_with_every_fixable_id_fixes_the_weak_policy_sample_and_it_still_compiles()
    {
        var project = Fixture.CreateConsumer("WeakPolicyCopy");
        foreach (var file in System.IO.Directory.GetFiles(System.IO.Path.Combine(RepositoryLayout.Root, "samples", "WeakPolicy"), "*.cs"))
        {
            project.WithFile(System.IO.Path.GetFileName(file), System.IO.File.ReadAllText(file));
        }

        var diagnostics = new[] { "--diagnostics" }.Concat(FixableIds).Concat(new[] { "--severity", "info" }).ToArray();
        var fix = await project.FormatAnalyzersAsync(diagnostics);
        Assert.True(fix.ExitCode == 0, fix.ToString());
        Assert.DoesNotContain("Unable to fix", fix.ToString(), System.StringComparison.Ordinal);

        var verify = await project.FormatAnalyzersAsync(diagnostics.Append("--verify-no-changes").ToArray());
        Assert.True(verify.ExitCode == 0, verify + System.Environment.NewLine + fix);
        var build = await project.BuildAsync();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain(": error CS", build.ToString(), System.StringComparison.Ordinal);
    }

    // Every ID a packaged fixer fixes: the list FixerExportTests requires the fixers to cover, and the README's command.
    private static readonly string[] FixableIds =
    {
        "IPSEC001", "IPSEC002", "IPSEC003", "IPSEC004", "IPSEC005", "IPSEC007", "IPSEC009", "IPSEC010", "IPSEC011",
        "IPSEC015", "IPSEC016", "IPSEC101", "IPSEC102", "IPSEC103", "IPSEC104", "IPSEC105", "IPSEC106", "IPSEC107",
    };
}
