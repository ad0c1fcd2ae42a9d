using Microsoft.CodeAnalysis.Diagnostics;

namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>
    /// Base of every IpsecSdk analyzer: concurrent, skips generated code, and resolves the SDK's types once per
    /// compilation, doing nothing at all when the compilation does not reference IpsecSdk.
    /// </summary>
    public abstract class IpsecAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var symbols = SdkSymbols.TryCreate(start.Compilation);
                if (symbols != null)
                {
                    Register(start, new IpsecCompilation(symbols, start.Options));
                }
            });
        }

        /// <summary>Registers the analyzer's actions for a compilation that references IpsecSdk.</summary>
        private protected abstract void Register(CompilationStartAnalysisContext context, IpsecCompilation ipsec);
    }
}
