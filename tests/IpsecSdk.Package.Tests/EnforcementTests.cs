using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using IpsecSdk.Package.Tests.Infrastructure;
using Xunit;

namespace IpsecSdk.Package.Tests;

/// <summary>CI can make the IPSEC warnings fail the build: the exit code is what a pipeline sees.</summary>
[Collection(PackageCollection.Name)]
public sealed class EnforcementTests : PackageTest
{
    public EnforcementTests(PackageFixture fixture) : base(fixture) { }

    [Fact]
    public async Task Warnaserror_fails_a_fresh_build_of_weak_code()
    {
        // A fresh folder: -warnaserror only bites when the compiler actually runs.
        var project = Fixture.CreateConsumer("WarnAsError")
            .WithFile(ConsumerSources.WeakPolicyFile, ConsumerSources.WeakPolicy);

        var result = await project.BuildAsync("-warnaserror");

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains(BuildDiagnostic.IpsecIn(result), d => d.Severity == "error" && d.Id == "IPSEC001");
    }

    [Fact]
    public async Task Editorconfig_severity_error_fails_the_build_even_after_a_successful_incremental_one()
    {
        var project = Fixture.CreateConsumer("EditorconfigError")
            .WithFile(ConsumerSources.WeakPolicyFile, ConsumerSources.WeakPolicy);
        var before = await project.BuildAsync();
        Assert.True(before.ExitCode == 0, before.ToString());

        project.WithFile(".editorconfig", """
            [*.cs]
            dotnet_diagnostic.IPSEC001.severity = error
            """);
        var after = await project.BuildAsync();

        Assert.True(after.ExitCode != 0, after.ToString());
        Assert.Contains(BuildDiagnostic.IpsecIn(after), d => d.Severity == "error" && d.Id == "IPSEC001");
        Assert.Contains(BuildDiagnostic.IpsecIn(after), d => d.Severity == "warning" && d.Id == "IPSEC002");
    }

    [Fact]
    public async Task The_ci_enforcement_sample_props_fail_the_build_on_IPSEC_warnings_and_write_sarif()
    {
        // The snippet exactly as the sample ships it, as the consumer's own Directory.Build.props.
        var snippet = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "samples", "ci-enforcement", "Directory.Build.props"));
        var project = Fixture.CreateConsumer("CiEnforcement")
            .WithFile("Directory.Build.props", snippet)
            .WithFile(ConsumerSources.WeakPolicyFile, ConsumerSources.WeakPolicy);

        var result = await project.BuildAsync();

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(BuildDiagnostic.IpsecIn(result), d => d.Severity == "error" && d.Id == "IPSEC006");
        Assert.DoesNotContain(BuildDiagnostic.IpsecIn(result), d => d.Severity == "warning");
        var sarif = Directory.GetFiles(project.PathOf(Path.Combine("artifacts", "sarif")), "*.sarif").Single();
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
    }
}
