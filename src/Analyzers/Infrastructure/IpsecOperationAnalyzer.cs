using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>
    /// Base of the analyzers that judge what the code hands to the SDK: invocations, object creations and property
    /// assignments whose member belongs to IpsecSdk. One operation-block action per declaration receives those
    /// operations (<see cref="SdkOperations"/>, collected once for all analyzers): a few callbacks per file instead of
    /// one per invocation and analyzer.
    /// </summary>
    public abstract class IpsecOperationAnalyzer : IpsecAnalyzer
    {
        private protected sealed override void Register(CompilationStartAnalysisContext context, IpsecCompilation ipsec) =>
            context.RegisterOperationBlockAction(c => AnalyzeBlocks(c, ipsec));

        /// <summary>An invocation of an IpsecSdk method.</summary>
        private protected virtual void AnalyzeInvocation(RuleContext context, IpsecCompilation ipsec, IInvocationOperation invocation)
        {
        }

        /// <summary>A creation of an IpsecSdk type.</summary>
        private protected virtual void AnalyzeCreation(RuleContext context, IpsecCompilation ipsec, IObjectCreationOperation creation)
        {
        }

        /// <summary>An assignment to a property of an IpsecSdk type (in an initializer or elsewhere).</summary>
        private protected virtual void AnalyzeAssignment(RuleContext context, IpsecCompilation ipsec, ISimpleAssignmentOperation assignment)
        {
        }

        [MethodImpl(Hot.Path)]
        private void AnalyzeBlocks(OperationBlockAnalysisContext context, IpsecCompilation ipsec)
        {
            if (context.IsGeneratedCode || ipsec.SymbolsOrNull == null)
            {
                return;
            }

            // The blocks do not overlap: together they hold exactly the operations Roslyn's operation actions would see.
            RuleContext? rules = null;
            foreach (var operations in ipsec.OperationsOf(context.OperationBlocks))
            {
                foreach (var operation in operations.Operations)
                {
                    rules = rules ?? new RuleContext(context);
                    rules.Block = operations;
                    switch (operation.Kind)
                    {
                        case OperationKind.Invocation:
                            AnalyzeInvocation(rules, ipsec, (IInvocationOperation)operation);
                            break;
                        case OperationKind.ObjectCreation:
                            AnalyzeCreation(rules, ipsec, (IObjectCreationOperation)operation);
                            break;
                        case OperationKind.SimpleAssignment:
                            AnalyzeAssignment(rules, ipsec, (ISimpleAssignmentOperation)operation);
                            break;
                    }
                }
            }
        }
    }
}
