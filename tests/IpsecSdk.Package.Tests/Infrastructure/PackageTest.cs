namespace IpsecSdk.Package.Tests.Infrastructure;

/// <summary>
/// Base of the package tests: all share the one packed package. Each test class still names
/// <see cref="PackageCollection"/> itself: xunit does not inherit [Collection].
/// </summary>
public abstract class PackageTest
{
    /// <summary>Receives the collection's fixture.</summary>
    protected PackageTest(PackageFixture fixture) => Fixture = fixture;

    /// <summary>The packed package and the consumer factory.</summary>
    protected PackageFixture Fixture { get; }
}
