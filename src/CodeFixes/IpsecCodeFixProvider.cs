using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using IpsecSdk.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IpsecSdk.CodeFixes
{
    /// <summary>
    /// The common shape of the IpsecSdk fixers: Fix All one finding at a time on the current text (document, project,
    /// solution; <see cref="SequentialFixAllProvider"/>), and one code action per planned fix, each with its own
    /// equivalence key. Only this assembly can derive from it.
    /// </summary>
    public abstract class IpsecCodeFixProvider : CodeFixProvider
    {
        private readonly FixAllProvider _fixAll;

        private protected IpsecCodeFixProvider(params string[] fixableIds)
        {
            FixableDiagnosticIds = ImmutableArray.Create(fixableIds);
            _fixAll = new SequentialFixAllProvider(Plan);
        }

        /// <inheritdoc />
        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        /// <inheritdoc />
        public sealed override FixAllProvider GetFixAllProvider() => _fixAll;

        /// <inheritdoc />
        public sealed override Task RegisterCodeFixesAsync(CodeFixContext context) => FixRegistration.RegisterAsync(context, Plan);

        private protected abstract IEnumerable<PlannedFix> Plan(FixRequest request, CancellationToken cancellationToken);
    }
}
