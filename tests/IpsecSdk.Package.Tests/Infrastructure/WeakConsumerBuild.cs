using System.IO;
using System.Threading.Tasks;

namespace IpsecSdk.Package.Tests.Infrastructure;

/// <summary>
/// One build of a net10.0 consumer of <see cref="ConsumerSources.WeakPolicy"/> with a SARIF 2.1 log:
/// the console diagnostics and the SARIF tests both read it, so the suite builds it once.
/// </summary>
public sealed record WeakConsumerBuild(ConsumerProject Project, CliResult Result, string SarifPath)
{
    /// <summary>Creates the consumer and builds it.</summary>
    public static async Task<WeakConsumerBuild> RunAsync(PackageFixture fixture)
    {
        var project = fixture.CreateConsumer("Weak")
            .WithFile(ConsumerSources.WeakPolicyFile, ConsumerSources.WeakPolicy);
        var sarif = project.PathOf("ipsec.sarif");
        // The comma of ErrorLog's ",version=2.1" must be escaped on the command line: MSBuild splits -p values at commas.
        var result = await project.BuildAsync($"-p:ErrorLog={sarif}%2Cversion=2.1");
        return new WeakConsumerBuild(project, result, sarif);
    }

    /// <summary>Whether the SARIF file exists.</summary>
    public bool HasSarif => File.Exists(SarifPath);
}
