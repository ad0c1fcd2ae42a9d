using Microsoft.CodeAnalysis.Diagnostics;

namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>
    /// Base of every IpsecSdk analyzer: concurrent, and resolves the SDK's types once per compilation, doing nothing at all
    /// when the compilation does not reference IpsecSdk. Generated code is skipped by each action (<c>IsGeneratedCode</c>).
    /// </summary>
    public abstract class IpsecAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is skipped by the actions themselves: with GeneratedCodeAnalysisFlags.None Roslyn would also
            // filter every reported diagnostic, a token scan per file and a lock per diagnostic (benchmarks/analyzer-cost).
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                if (SdkSymbols.References(start.Compilation))
                {
                    Register(start, IpsecCompilation.For(start.Compilation, start.Options));
                }
            });
        }

        /// <summary>Registers the analyzer's actions for a compilation that references IpsecSdk.</summary>
        private protected abstract void Register(CompilationStartAnalysisContext context, IpsecCompilation ipsec);
    }
}
