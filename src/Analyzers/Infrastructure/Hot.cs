using System.Runtime.CompilerServices;

namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>
    /// Marks the methods every judged operation runs through. The compiler process usually lives for one build (CI, no
    /// build server) and JIT-compiles new methods all the way through it, which keeps postponing tiered JIT's promotions:
    /// in the 2,000-file benchmark (benchmarks/analyzer-cost), before this marking, 2 of about 240 analyzer methods reached
    /// tier 1 and the rest ran as tier-0 code to the end (with it, about a third get there). Optimising at first call costs
    /// JIT time, though, charged to the analyzers as well: marking also the per-rule code (chain facts and checks, literals,
    /// proposal combinations) added about as much JIT time as it saved, so only the per-operation path is marked. The hot
    /// paths also avoid generic instantiations over the package's own value types (a dictionary keyed by an SDK enum, say):
    /// the runtime has no precompiled code for them.
    /// </summary>
    internal static class Hot
    {
        /// <summary><c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name; older runtimes ignore it.</summary>
        public const MethodImplOptions Path = (MethodImplOptions)512;
    }
}
