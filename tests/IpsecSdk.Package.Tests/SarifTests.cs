using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IpsecSdk.Catalogue;
using IpsecSdk.Package.Tests.Infrastructure;
using Xunit;

namespace IpsecSdk.Package.Tests;

/// <summary>`-p:ErrorLog=file%2Cversion=2.1` gives code-scanning services a SARIF 2.1 log of the IPSEC findings.</summary>
[Collection(PackageCollection.Name)]
public sealed class SarifTests : PackageTest
{
    public SarifTests(PackageFixture fixture) : base(fixture) { }

    [Fact]
    public async Task Sarif_2_1_results_carry_the_IPSEC_ids_locations_and_help_uris()
    {
        var build = await Fixture.WeakBuild;
        Assert.True(build.HasSarif, build.Result.ToString());
        using var sarif = JsonDocument.Parse(File.ReadAllText(build.SarifPath));
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = root.GetProperty("runs").EnumerateArray().Single();

        var results = run.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("IPSEC", System.StringComparison.Ordinal))
            .Select(Describe)
            .OrderBy(k => k, System.StringComparer.Ordinal);
        var expected = ExpectedDiagnostics.Keys(ConsumerSources.WeakPolicyFile, ConsumerSources.WeakPolicy)
            .OrderBy(k => k, System.StringComparer.Ordinal);
        Assert.Equal(expected, results);

        var helpUris = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Where(r => r.GetProperty("id").GetString()!.StartsWith("IPSEC", System.StringComparison.Ordinal))
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("helpUri").GetString());
        foreach (var id in ExpectedDiagnostics.Ids(ConsumerSources.WeakPolicy))
        {
            Assert.Equal(RuleCatalogue.HelpUri(id), helpUris.GetValueOrDefault(id));
        }
    }

    /// <summary>A SARIF result in the <see cref="BuildDiagnostic.Key"/> form: <c>file:line level ID</c>.</summary>
    private static string Describe(JsonElement result)
    {
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        var file = Path.GetFileName(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!);
        var line = location.GetProperty("region").GetProperty("startLine").GetInt32();
        return $"{file}:{line} {result.GetProperty("level").GetString()} {result.GetProperty("ruleId").GetString()}";
    }
}
