using System;
using System.IO;

namespace IpsecSdk.Package.Tests.Infrastructure;

/// <summary>Finds the repository the tests were built from (the folder holding IpsecSdk.sln).</summary>
public static class RepositoryLayout
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The library project that produces the package.</summary>
    public static string SdkProject => Path.Combine(Root, "src", "Sdk", "Sdk.csproj");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IpsecSdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"IpsecSdk.sln was not found above {AppContext.BaseDirectory}; the package tests must run from a build inside the repository.");
    }
}
