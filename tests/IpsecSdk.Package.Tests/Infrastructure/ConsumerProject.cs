using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace IpsecSdk.Package.Tests.Infrastructure;

/// <summary>A consumer project in its own temporary folder, built and formatted with the real CLI.</summary>
public sealed class ConsumerProject
{
    /// <summary>Bounds one restore + build or one <c>dotnet format</c> run.</summary>
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(4);

    /// <summary>Creates the handle; <see cref="PackageFixture.CreateConsumer"/> writes the project file.</summary>
    public ConsumerProject(string directory, string projectFile)
    {
        Directory = directory;
        ProjectFile = projectFile;
    }

    /// <summary>The project folder.</summary>
    public string Directory { get; }

    /// <summary>The project file name, relative to <see cref="Directory"/>.</summary>
    public string ProjectFile { get; }

    /// <summary>Writes (or overwrites) a file relative to the project folder.</summary>
    public ConsumerProject WithFile(string relativePath, string content)
    {
        File.WriteAllText(PathOf(relativePath), content);
        return this;
    }

    /// <summary>Reads a file relative to the project folder.</summary>
    public string ReadFile(string relativePath) => File.ReadAllText(PathOf(relativePath));

    /// <summary>The absolute path of a file of the project.</summary>
    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    /// <summary>
    /// <c>dotnet build</c> without build servers (node reuse, MSBuild server, compiler server), with
    /// the console logger's summary off so each diagnostic is printed once.
    /// </summary>
    public Task<CliResult> BuildAsync(params string[] arguments) =>
        DotnetCli.RunAsync(Directory, CommandTimeout,
            new[] { "build", ProjectFile, "--nologo", "-nodeReuse:false", "--disable-build-servers", "-clp:NoSummary", "-p:UseSharedCompilation=false" }
                .Concat(arguments).ToArray());

    /// <summary><c>dotnet format analyzers</c> on the project.</summary>
    public Task<CliResult> FormatAnalyzersAsync(params string[] arguments) =>
        DotnetCli.RunAsync(Directory, CommandTimeout, new[] { "format", "analyzers", ProjectFile }.Concat(arguments).ToArray());
}
