using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace IpsecSdk.Tests.Interop
{
    /// <summary>
    /// Runs scripts/interop/harness.sh: two strongSwan daemons in private network namespaces (192.0.2.0/24 only),
    /// one playing the Windows host, one the peer. Needs root and Debian's apt (packages are installed by
    /// scripts/interop/setup.sh on first use); without them the test fails with the reason, it never skips.
    /// </summary>
    internal static class InteropHarness
    {
        private static readonly TimeSpan SetupTimeout = TimeSpan.FromMinutes(5);
        private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(120);
        private static readonly object SetupLock = new object();
        private static bool _ready;

        /// <summary>Fails the test unless we run as root and strongSwan is (or can be) installed.</summary>
        internal static void EnsureStrongSwan()
        {
            lock (SetupLock)
            {
                if (_ready)
                {
                    return;
                }
                var uid = Execute("id", new[] { "-u" }, TimeSpan.FromSeconds(10));
                Assert.True(uid.Output.Trim() == "0", "The strongSwan interoperability test needs root (network namespaces, apt-get). It runs as uid " + uid.Output.Trim() + "; run `dotnet test` as root (CI does).");
                var setup = Execute("bash", new[] { Script("setup.sh") }, SetupTimeout);
                Assert.True(setup.ExitCode == 0, "scripts/interop/setup.sh could not provide strongSwan (exit " + setup.ExitCode + "):\n" + setup.Output + setup.Error);
                _ready = true;
            }
        }

        /// <summary>Runs one negotiation; namespaces, daemons and files are removed afterwards, also on failure or timeout.</summary>
        internal static HarnessRun Run(string initiator, string windowsConfig, string peerConfig, string connection)
        {
            var tag = Guid.NewGuid().ToString("N").Substring(0, 6);
            var work = Path.Combine(Path.GetTempPath(), "ipsecsdk-interop-" + tag);
            Directory.CreateDirectory(work);
            try
            {
                var windowsFile = Path.Combine(work, "windows.conf");
                var peerFile = Path.Combine(work, "peer.conf");
                File.WriteAllText(windowsFile, windowsConfig);
                File.WriteAllText(peerFile, peerConfig);
                var result = Execute("bash", new[] { Script("harness.sh"), "run", tag, Path.Combine(work, "run"), initiator, windowsFile, peerFile, connection, connection }, RunTimeout);
                Assert.True(result.ExitCode == 0, "harness.sh failed (exit " + result.ExitCode + "):\n" + result.Output + "\n" + result.Error);
                return HarnessRun.Parse(result.Output);
            }
            finally
            {
                // A killed harness cannot run its own cleanup: do it from here, by the run's unique tag.
                Execute("bash", new[] { Script("harness.sh"), "cleanup", tag }, TimeSpan.FromSeconds(30));
                Directory.Delete(work, recursive: true);
            }
        }

        /// <summary>Loads one configuration into a single daemon; returns swanctl's answer and charon's parsed view.</summary>
        internal static string Load(string config)
        {
            var tag = Guid.NewGuid().ToString("N").Substring(0, 6);
            var work = Path.Combine(Path.GetTempPath(), "ipsecsdk-interop-" + tag);
            Directory.CreateDirectory(work);
            try
            {
                var file = Path.Combine(work, "swanctl.conf");
                File.WriteAllText(file, config);
                var result = Execute("bash", new[] { Script("harness.sh"), "load", tag, Path.Combine(work, "run"), file }, RunTimeout);
                Assert.True(result.ExitCode == 0, "harness.sh load failed (exit " + result.ExitCode + "):\n" + result.Output + "\n" + result.Error);
                return result.Output;
            }
            finally
            {
                Execute("bash", new[] { Script("harness.sh"), "cleanup", tag }, TimeSpan.FromSeconds(30));
                Directory.Delete(work, recursive: true);
            }
        }

        private static string Script(string name)
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "scripts", "interop", name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
            throw new FileNotFoundException("scripts/interop/" + name + " was not found above " + AppContext.BaseDirectory + "; run the tests from the repository.");
        }

        private static (int ExitCode, string Output, string Error) Execute(string file, IEnumerable<string> arguments, TimeSpan timeout)
        {
            var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + file);
            var output = new StringBuilder();
            var error = new StringBuilder();
            process.OutputDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (error) { error.AppendLine(e.Data); } } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit((int)timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return (-1, output.ToString(), error + "\n(killed after " + timeout.TotalSeconds + " s)");
            }
            process.WaitForExit();
            return (process.ExitCode, output.ToString(), error.ToString());
        }
    }
}
