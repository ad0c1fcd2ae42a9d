using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace IpsecSdk.Package.Tests.Infrastructure;

/// <summary>The outcome of one <c>dotnet</c> command: exit code and the interleaved stdout/stderr.</summary>
public sealed record CliResult(string CommandLine, int ExitCode, string Output, TimeSpan Duration)
{
    /// <summary>A readable dump for assertion messages.</summary>
    public override string ToString() => $"`{CommandLine}` exited {ExitCode} after {Duration.TotalSeconds:F1} s:\n{Output}";
}

/// <summary>
/// Runs the real <c>dotnet</c> CLI the way a consumer's machine would: no telemetry, no lingering build
/// servers (the machine has two shared cores), bounded by a timeout that kills the whole process tree.
/// </summary>
public static class DotnetCli
{
    /// <summary>Variables the test host sets for its own MSBuild; a child <c>dotnet</c> must find its own.</summary>
    private static readonly string[] InheritedMsBuildVariables =
    {
        "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly",
        "DOTNET_HOST_PATH", "VSTEST_HOST_DEBUG", "VSTEST_RUNNER_DEBUG",
    };

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public static async Task<CliResult> RunAsync(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in InheritedMsBuildVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        // The compiler server (VBCSCompiler) would outlive the test run.
        start.Environment["UseSharedCompilation"] = "false";

        var output = new StringBuilder();
        var commandLine = "dotnet " + string.Join(" ", arguments);
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{commandLine}` in {workingDirectory} did not finish within {timeout.TotalSeconds} s. Output so far:\n{Snapshot(output)}");
        }

        // The parameterless wait drains the asynchronous output readers.
        process.WaitForExit();
        return new CliResult(commandLine, process.ExitCode, Snapshot(output), stopwatch.Elapsed);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
