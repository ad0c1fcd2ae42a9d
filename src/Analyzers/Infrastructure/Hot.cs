using System.Runtime.CompilerServices;

namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>
    /// Marks the methods every judged operation runs through. The compiler process usually lives for one build (CI, no
    /// build server), so tiered JIT would keep these at unoptimised tier 0 for most of it; on the 2,000-file consumer
    /// (benchmarks/analyzer-cost) optimising them at first call cut the analyzers' time by a fifth to a third in
    /// single-threaded replays.
    /// </summary>
    internal static class Hot
    {
        /// <summary><c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name; older runtimes ignore it.</summary>
        public const MethodImplOptions Path = (MethodImplOptions)512;
    }
}
