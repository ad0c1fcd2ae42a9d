using Xunit;

namespace IpsecSdk.Package.Tests.Infrastructure;

/// <summary>
/// Every package test shares one packed package and runs sequentially: each consumer build already
/// uses both cores, and parallel restores into one global packages folder only contend.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "IpsecSdk package";
}
