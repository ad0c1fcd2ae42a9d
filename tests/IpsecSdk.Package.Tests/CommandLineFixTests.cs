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
    /// `dotnet format` fixes ID by ID, asking each fixer's Fix All, which always returns an action and finds the
    /// ID's findings where they are now: no "Unable to fix" line. It hands each Fix All the equivalence key of the first
    /// finding of any ID the ID's analyzers report; the Fix All treats a key of another ID as "recommended fix each", so
    /// one run leaves nothing fixable (it took three before: 11 findings left after the first run, 2 after the second).
    /// </summary>
    private const int MaxRuns = 1;

    public CommandLineFixTests(PackageFixture fixture) : base(fixture) { }

    [Fact]
    public async Task Format_rewrites_every_weak_choice_in_one_run_and_the_build_is_clean()
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

        var (verifyAfter, runs) = await FormatUntilVerifiedAsync(project, diagnostics, verify);
        Assert.True(verifyAfter.ExitCode == 0, verifyAfter + System.Environment.NewLine + runs);
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
    public async Task Format_with_every_fixable_id_fixes_the_weak_policy_sample_in_one_run_and_it_still_compiles()
    {
        var project = Fixture.CreateConsumer("WeakPolicyCopy");
        foreach (var file in System.IO.Directory.GetFiles(System.IO.Path.Combine(RepositoryLayout.Root, "samples", "WeakPolicy"), "*.cs"))
        {
            project.WithFile(System.IO.Path.GetFileName(file), System.IO.File.ReadAllText(file));
        }

        var diagnostics = new[] { "--diagnostics" }.Concat(FixableIds).Concat(new[] { "--severity", "info" }).ToArray();
        var (verify, runs) = await FormatUntilVerifiedAsync(project, diagnostics, diagnostics.Append("--verify-no-changes").ToArray());
        Assert.True(verify.ExitCode == 0, verify + System.Environment.NewLine + runs);
        // The sample keeps its validity errors (IPSEC1xx have no fix and stay errors), so the build fails on those;
        // what the fixes must not do is break the C#.
        var build = await project.BuildAsync();
        Assert.Contains("error IPSEC1", build.ToString(), System.StringComparison.Ordinal);
        Assert.DoesNotContain(": error CS", build.ToString(), System.StringComparison.Ordinal);
    }

    // Runs dotnet format until --verify-no-changes passes, at most MaxRuns times; no run may print "Unable to fix".
    private static async Task<(CliResult Verify, string Runs)> FormatUntilVerifiedAsync(ConsumerProject project, string[] fix, string[] verify)
    {
        var runs = new System.Text.StringBuilder();
        CliResult result = await project.FormatAnalyzersAsync(verify);
        for (var run = 1; run <= MaxRuns && result.ExitCode != 0; run++)
        {
            var fixRun = await project.FormatAnalyzersAsync(fix);
            Assert.True(fixRun.ExitCode == 0, fixRun.ToString());
            Assert.DoesNotContain("Unable to fix", fixRun.ToString(), System.StringComparison.Ordinal);
            runs.AppendLine("run " + run + ": " + fixRun);
            result = await project.FormatAnalyzersAsync(verify);
        }

        return (result, runs.ToString());
    }

    // Every ID a packaged fixer fixes: the list FixerExportTests requires the fixers to cover, and the README's command.
    private static readonly string[] FixableIds =
    {
        "IPSEC001", "IPSEC002", "IPSEC003", "IPSEC004", "IPSEC005", "IPSEC007", "IPSEC009", "IPSEC010", "IPSEC011",
        "IPSEC015", "IPSEC016", "IPSEC101", "IPSEC102", "IPSEC103", "IPSEC104", "IPSEC105", "IPSEC106", "IPSEC107",
    };
}
