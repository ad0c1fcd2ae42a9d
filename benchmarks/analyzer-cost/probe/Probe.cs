using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

// Probe: the IPSEC analyzers' registration shape (4 analyzers on Invocation and ObjectCreation, 2 on SimpleAssignment,
// GeneratedCodeAnalysisFlags.None, SDK lookup at compilation start) with callbacks that only do the cheap SDK filter.
namespace Probe
{
    public abstract class ProbeBase : DiagnosticAnalyzer
    {
        protected abstract string Id { get; }
        protected virtual bool Assignments => false;
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
            ImmutableArray.Create(new DiagnosticDescriptor(Id, "probe", "probe", "IpsecSdk", DiagnosticSeverity.Warning, true));
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var integrity = start.Compilation.GetTypeByMetadataName("IpsecSdk.Integrity");
                if (integrity == null) return;
                var sdk = integrity.ContainingAssembly;
                start.RegisterOperationAction(c => Filter(((IInvocationOperation)c.Operation).TargetMethod, sdk), OperationKind.Invocation);
                start.RegisterOperationAction(c => Filter(((IObjectCreationOperation)c.Operation).Constructor, sdk), OperationKind.ObjectCreation);
                if (Assignments)
                    start.RegisterOperationAction(c => Filter((((ISimpleAssignmentOperation)c.Operation).Target as IPropertyReferenceOperation)?.Property, sdk), OperationKind.SimpleAssignment);
            });
        }
        private static int s_hits;
        private static void Filter(ISymbol symbol, IAssemblySymbol sdk)
        {
            if (symbol != null && SymbolEqualityComparer.Default.Equals(symbol.ContainingType?.ContainingAssembly, sdk))
                System.Threading.Interlocked.Increment(ref s_hits);
        }
    }
    [DiagnosticAnalyzer(LanguageNames.CSharp)] public sealed class P1 : ProbeBase { protected override string Id => "PROBE1"; protected override bool Assignments => true; }
    [DiagnosticAnalyzer(LanguageNames.CSharp)] public sealed class P2 : ProbeBase { protected override string Id => "PROBE2"; protected override bool Assignments => true; }
    [DiagnosticAnalyzer(LanguageNames.CSharp)] public sealed class P3 : ProbeBase { protected override string Id => "PROBE3"; }
    [DiagnosticAnalyzer(LanguageNames.CSharp)] public sealed class P4 : ProbeBase { protected override string Id => "PROBE4"; }
}
