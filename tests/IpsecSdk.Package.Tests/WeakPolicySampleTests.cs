using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using IpsecSdk.Catalogue;
using IpsecSdk.Package.Tests.Infrastructure;
using Xunit;

namespace IpsecSdk.Package.Tests;

/// <summary>samples/WeakPolicy builds (warnings are its point) and shows every rule an analyzer can report.</summary>
[Collection(PackageCollection.Name)]
public sealed class WeakPolicySampleTests : PackageTest
{
    /// <summary>Rules the sample cannot show, with the reason its comments give.</summary>
    private static readonly string[] NotShown =
    {
        RuleIds.NoCommonProposal,    // needs a peer's proposals: a run-time check only
        RuleIds.WrongPhase,          // the builders cannot put a method in the wrong phase: records and JSON, run time only
        RuleIds.UnknownBaselinePack, // a typo in the baseline name would switch the whole sample to the default pack
    };

    public WeakPolicySampleTests(PackageFixture fixture) : base(fixture) { }

    [Fact]
    public async Task WeakPolicy_sample_builds_with_a_warning_for_every_rule()
    {
        var sample = Path.Combine(RepositoryLayout.Root, "samples", "WeakPolicy", "WeakPolicy.csproj");

        // Own artifacts folder: a fresh compile (so every warning is printed) that never touches the repository's bin/obj.
        var result = await DotnetCli.RunAsync(RepositoryLayout.Root, TimeSpan.FromMinutes(6),
            "build", sample, "--nologo", "-nodeReuse:false", "--disable-build-servers", "-clp:NoSummary",
            "-p:UseSharedCompilation=false", "--artifacts-path", Path.Combine(Fixture.WorkRoot, "weakpolicy-artifacts"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var shown = BuildDiagnostic.IpsecIn(result);
        Assert.All(shown, d => Assert.Equal("warning", d.Severity));
        var expected = RuleCatalogue.All.Select(r => r.Id).Except(NotShown).OrderBy(id => id, StringComparer.Ordinal);
        Assert.Equal(expected, shown.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
    }
}
