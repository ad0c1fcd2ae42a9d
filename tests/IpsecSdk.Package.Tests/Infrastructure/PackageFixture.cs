using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace IpsecSdk.Package.Tests.Infrastructure;

/// <summary>
/// Packs the IpsecSdk package ONCE per test run into a temporary folder feed, with a version suffix
/// unique to the run so the global packages folder can never serve a stale copy, and lays out the
/// folder every consumer project lives in (nuget.config: the feed + nuget.org; no inherited MSBuild
/// or .editorconfig files). Consumers share the global packages folder, so Roslyn, the reference
/// assemblies and the compiler toolset restore once.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    /// <summary>Bounds a pack (restore + build of four projects + pack) on a busy two-core machine.</summary>
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(6);

    private readonly Lazy<Task<WeakConsumerBuild>> _weakBuild;
    private readonly string _versionSuffix;
    private int _consumerCount;

    /// <summary>Creates the fixture (the work happens in <see cref="InitializeAsync"/>).</summary>
    public PackageFixture()
    {
        WorkRoot = Path.Combine(Path.GetTempPath(), "ipsecsdk-package-tests-" + Guid.NewGuid().ToString("N")[..12]);
        _versionSuffix = $"e2e{DateTime.UtcNow:yyyyMMddHHmmss}x{Environment.ProcessId}";
        Version = "(not packed yet)";
        _weakBuild = new Lazy<Task<WeakConsumerBuild>>(() => WeakConsumerBuild.RunAsync(this));
    }

    /// <summary>Temporary folder holding the feed, the pack's build output and every consumer.</summary>
    public string WorkRoot { get; }

    /// <summary>The package version of this run (VersionPrefix from Directory.Build.props plus a unique suffix).</summary>
    public string Version { get; private set; }

    /// <summary>The folder feed holding the .nupkg and .snupkg.</summary>
    public string FeedDirectory => Path.Combine(WorkRoot, "feed");

    /// <summary>The packed .nupkg.</summary>
    public string PackagePath => Path.Combine(FeedDirectory, $"IpsecSdk.{Version}.nupkg");

    /// <summary>The packed symbol package.</summary>
    public string SymbolPackagePath => Path.Combine(FeedDirectory, $"IpsecSdk.{Version}.snupkg");

    /// <summary>The pack command's result (its duration is the measured pack time).</summary>
    public CliResult PackResult { get; private set; } = null!;

    /// <summary>The weak consumer built once with a SARIF log, shared by the tests that read it.</summary>
    public Task<WeakConsumerBuild> WeakBuild => _weakBuild.Value;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);
        WriteConsumerEnvironment();

        // --artifacts-path keeps the pack's bin/obj out of the repository, so tests never race a developer's build.
        PackResult = await DotnetCli.RunAsync(RepositoryLayout.Root, PackTimeout,
            "pack", RepositoryLayout.SdkProject, "-c", "Release", "--nologo", "-nodeReuse:false",
            "--artifacts-path", Path.Combine(WorkRoot, "pack-artifacts"), "-o", FeedDirectory,
            "--version-suffix", _versionSuffix, "-p:UseSharedCompilation=false");
        if (PackResult.ExitCode != 0)
        {
            throw new InvalidOperationException("Packing the SDK failed: " + PackResult);
        }

        // The version prefix lives in Directory.Build.props: read it back from the file name.
        var package = Directory.GetFiles(FeedDirectory, "IpsecSdk.*.nupkg").Single();
        Version = Path.GetFileNameWithoutExtension(package)["IpsecSdk.".Length..];
    }

    /// <summary>
    /// Creates a consumer project folder <paramref name="name"/> (made unique) that references this
    /// run's package (with <paramref name="packageReferenceMetadata"/>, e.g. <c>PrivateAssets="none"</c>),
    /// or not at all when <paramref name="referencePackage"/> is false. <paramref name="projectBody"/> is
    /// inserted into the project element.
    /// </summary>
    public ConsumerProject CreateConsumer(string name, string targetFramework = "net10.0", string projectBody = "", bool referencePackage = true, string packageReferenceMetadata = "")
    {
        var packageReference = referencePackage
            ? $"""
                <ItemGroup>
                  <PackageReference Include="IpsecSdk" Version="{Version}" {packageReferenceMetadata} />
                </ItemGroup>
              """
            : "";
        var unique = $"{name}{Interlocked.Increment(ref _consumerCount)}";
        var directory = Path.Combine(WorkRoot, "consumers", unique);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, unique + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>{targetFramework}</TargetFramework>
                <OutputType>Library</OutputType>
              </PropertyGroup>
            {packageReference}
            {projectBody}
            </Project>
            """);
        return new ConsumerProject(directory, unique + ".csproj");
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        TryDelete(WorkRoot);
        // The run's unique version would otherwise pile up in the global packages folder.
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        TryDelete(Path.Combine(globalPackages, "ipsecsdk", Version.ToLowerInvariant()));
        return Task.CompletedTask;
    }

    private void WriteConsumerEnvironment()
    {
        var consumers = Path.Combine(WorkRoot, "consumers");
        Directory.CreateDirectory(consumers);
        File.WriteAllText(Path.Combine(consumers, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="ipsecsdk-e2e" value="{FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        // Stop MSBuild and .editorconfig lookup from reaching anything above the temporary folder.
        File.WriteAllText(Path.Combine(consumers, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(consumers, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(consumers, ".editorconfig"), "root = true\n");
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Leftovers in the temp folder do no harm; never fail a run over them.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
