using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using IpsecSdk.Windows;
using IpsecSdk.Windows.Cim;
using IpsecSdk.Windows.Mi;
using Xunit;

namespace IpsecSdk.Tests.Windows
{
    /// <summary>MI stays in one folder, behind <see cref="ICimGateway"/>, and fails clearly where it cannot work.</summary>
    public sealed class MiBoundaryTests
    {
        private const string MiNamespace = "Microsoft.Management.Infrastructure";

        [Fact]
        public void Only_src_Sdk_Windows_Mi_uses_Microsoft_Management_Infrastructure()
        {
            var sdk = Path.Combine(RepositoryRoot(), "src", "Sdk");
            var mi = Path.Combine(sdk, "Windows", "Mi") + Path.DirectorySeparatorChar;
            var sources = Directory.EnumerateFiles(sdk, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();

            var users = sources.Where(f => File.ReadAllText(f).Contains("using " + MiNamespace, StringComparison.Ordinal) || File.ReadAllText(f).Contains(MiNamespace + ".", StringComparison.Ordinal)).ToList();

            Assert.True(sources.Count > 50, "found only " + sources.Count + " sources under " + sdk);
            Assert.NotEmpty(users);
            Assert.All(users, f => Assert.StartsWith(mi, f, StringComparison.Ordinal));
        }

        [Fact]
        public void No_type_outside_the_Mi_namespace_exposes_an_MI_type_and_Mi_exposes_only_the_gateway()
        {
            var assembly = typeof(ICimGateway).Assembly;
            var leaks = new List<string>();
            foreach (var type in assembly.GetTypes())
            {
                var inMi = type.Namespace == "IpsecSdk.Windows.Mi";
                if (inMi && type.IsPublic && type != typeof(MiCimGateway) && type != typeof(MiProtocol))
                {
                    leaks.Add(type + " is public in the Mi namespace");
                }

                if (inMi)
                {
                    continue;
                }

                const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
                var signatures = type.GetFields(all).Select(f => f.FieldType)
                    .Concat(type.GetProperties(all).Select(p => p.PropertyType))
                    .Concat(type.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)));
                leaks.AddRange(signatures.Where(t => (t.Namespace ?? "").StartsWith(MiNamespace, StringComparison.Ordinal)).Select(t => type + " uses " + t));
            }

            Assert.Empty(leaks);
        }

        [Fact]
        public void CimValueType_numbers_are_MI_CimType_numbers_with_the_same_names()
        {
            foreach (CimValueType type in Enum.GetValues(typeof(CimValueType)))
            {
                Assert.Equal(type.ToString(), ((Microsoft.Management.Infrastructure.CimType)(int)type).ToString());
            }
        }

#pragma warning disable CA1416 // Calling the Windows-only API off Windows is exactly what this test checks.
        [Fact]
        [Trait("Platform", "NonWindows")]
        public void Off_Windows_every_MiCimGateway_entry_point_throws_one_clear_PlatformNotSupportedException()
        {
            Assert.False(RuntimeInformation.IsOSPlatform(OSPlatform.Windows), "This test is about non-Windows hosts; on Windows run the _OnWindowsOnly tests.");
            var entryPoints = new List<Action>
            {
                () => MiCimGateway.ConnectLocal(),
                () => MiCimGateway.ConnectRemote("server1"),
                () => MiCimGateway.ConnectRemote("server1", MiProtocol.Dcom, new NetworkCredential("admin", "secret", "CONTOSO")),
            };
            var uninitialized = (MiCimGateway)RuntimeHelpers.GetUninitializedObject(typeof(MiCimGateway));
            ICimGateway gateway = uninitialized;
            var key = new CimObjectKey("MSFT_NetConSecRule", "r");
            var instance = new CimInstanceDescription("MSFT_NetConSecRule", key, Array.Empty<CimPropertyValue>());
            entryPoints.Add(() => gateway.Enumerate(CimTarget.PersistentStore, "MSFT_NetConSecRule"));
            entryPoints.Add(() => gateway.Get(CimTarget.PersistentStore, key));
            entryPoints.Add(() => gateway.Create(CimTarget.PersistentStore, instance));
            entryPoints.Add(() => gateway.Modify(CimTarget.PersistentStore, instance));
            entryPoints.Add(() => gateway.Delete(CimTarget.PersistentStore, key));
            entryPoints.Add(() => gateway.InvokeStatic(CimTarget.Live, "MSFT_NetGPO", "Open", Array.Empty<CimPropertyValue>()));

            var publicEntryPoints = typeof(MiCimGateway).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => m.Name != "Dispose").ToList();
            Assert.Equal(8, publicEntryPoints.Count); // 2 factories + 6 gateway operations, all covered above
            foreach (var call in entryPoints)
            {
                var error = Assert.Throws<PlatformNotSupportedException>(call);
                Assert.Contains("only on Windows", error.Message, StringComparison.Ordinal);
                Assert.Contains("PowerShellScriptWriter", error.Message, StringComparison.Ordinal);
            }
        }
#pragma warning restore CA1416

        private static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "IpsecSdk.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("IpsecSdk.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
