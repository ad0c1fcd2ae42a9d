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
            context.RegisterOperationBlockAction([MethodImpl(Hot.Path)] (c) => AnalyzeBlocks(c, ipsec));

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
            var blocks = context.OperationBlocks;
            var collected = ipsec.OperationsOf(blocks);
            for (var i = 0; i < blocks.Length; i++)
            {
                var operations = collected[i];
                if (operations.Operations.IsEmpty)
                {
                    continue;
                }

                rules = rules ?? new RuleContext(context);
                rules.Block = operations;
                rules.Pack = operations.Pack;
                foreach (var invocation in operations.Invocations)
                {
                    AnalyzeInvocation(rules, ipsec, invocation);
                }

                foreach (var creation in operations.Creations)
                {
                    AnalyzeCreation(rules, ipsec, creation);
                }

                foreach (var assignment in operations.Assignments)
                {
                    AnalyzeAssignment(rules, ipsec, assignment);
                }
            }
        }
    }
}
