using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>One declaration's operation blocks (compared by reference) and their SDK operations.</summary>
    internal sealed class CollectedDeclaration
    {
        public CollectedDeclaration(ImmutableArray<IOperation> blocks, SdkOperations[] operations)
        {
            Blocks = blocks;
            Operations = operations;
        }

        public ImmutableArray<IOperation> Blocks { get; }

        public SdkOperations[] Operations { get; }
    }
}
