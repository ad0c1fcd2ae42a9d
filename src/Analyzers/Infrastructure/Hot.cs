using System.Runtime.CompilerServices;

namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>
    /// Marks the methods the analyzers run per operation. The compiler process usually lives for one build (CI, no build
    /// server) and JIT-compiles new methods all the way through it, which keeps postponing tiered JIT's promotions: in a
    /// 2,000-file compile (benchmarks/analyzer-cost) 2 of about 240 analyzer methods reached tier 1, the rest ran as tier-0
    /// code to the end, those with loops also instrumented for PGO. Methods marked here are optimised at first call; so are
    /// small callees they inline. Code that runs once per compilation or per reported finding is left unmarked (optimising
    /// it would cost more JIT time than it saves), and the hot paths avoid generic instantiations over the package's own
    /// value types (a dictionary keyed by an SDK enum, say), for which the runtime has no precompiled code either.
    /// </summary>
    internal static class Hot
    {
        /// <summary><c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name; older runtimes ignore it.</summary>
        public const MethodImplOptions Path = (MethodImplOptions)512;
    }
}
