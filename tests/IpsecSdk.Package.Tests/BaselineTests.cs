using System.Linq;
using System.Threading.Tasks;
using IpsecSdk.Package.Tests.Infrastructure;
using Xunit;

namespace IpsecSdk.Package.Tests;

/// <summary>
/// The chosen baseline changes the verdicts: DH group 14 is fine by default, a warning under BSI
/// (chosen with the MSBuild property the package's props make visible) and an error under CNSA
/// (chosen in a .globalconfig).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class BaselineTests : PackageTest
{
    public BaselineTests(PackageFixture fixture) : base(fixture) { }

    [Fact]
    public async Task Dh14_is_accepted_by_the_default_baseline()
    {
        var result = await BuildDh14("Default");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(BuildDiagnostic.IpsecIn(result), d => d.Id == "IPSEC003");
    }

    [Fact]
    public async Task Dh14_is_a_warning_under_bsi_chosen_with_the_IpsecSdkBaseline_property()
    {
        var result = await BuildDh14("Bsi", projectBody: """
              <PropertyGroup>
                <IpsecSdkBaseline>bsi</IpsecSdkBaseline>
              </PropertyGroup>
            """);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(new[] { $"{ConsumerSources.Dh14PolicyFile}:{ConsumerSources.Dh14Line} warning IPSEC003" },
            BuildDiagnostic.IpsecIn(result).Where(d => d.Id == "IPSEC003").Select(d => d.Key));
    }

    [Fact]
    public async Task Dh14_is_an_error_under_cnsa_chosen_in_a_globalconfig()
    {
        var result = await BuildDh14("Cnsa", globalConfig: """
            is_global = true
            ipsec_sdk.baseline = cnsa
            """);

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Equal(new[] { $"{ConsumerSources.Dh14PolicyFile}:{ConsumerSources.Dh14Line} error IPSEC003" },
            BuildDiagnostic.IpsecIn(result).Where(d => d.Id == "IPSEC003").Select(d => d.Key));
    }

    private Task<CliResult> BuildDh14(string name, string projectBody = "", string? globalConfig = null)
    {
        var project = Fixture.CreateConsumer("Dh14" + name, projectBody: projectBody)
            .WithFile(ConsumerSources.Dh14PolicyFile, ConsumerSources.Dh14Policy);
        if (globalConfig is not null)
        {
            // The SDK passes a project's .globalconfig files to the compiler as global analyzer config.
            project.WithFile(".globalconfig", globalConfig);
        }

        return project.BuildAsync();
    }
}
