using System;
using System.Threading;
using IpsecSdk.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>
    /// What a rule family needs while judging one declaration: the block's SDK operations, the file's pack, where to report
    /// and when to stop. One instance per declaration, because a method group of the analysis context (a struct) would
    /// box it on every judged value.
    /// </summary>
    internal sealed class RuleContext
    {
        private readonly OperationBlockAnalysisContext _context;

        public RuleContext(OperationBlockAnalysisContext context)
        {
            _context = context;
            Sink = ReportDiagnostic;
        }

        /// <summary>The SDK operations of the block being judged (for rules that look inside a chain's lambdas).</summary>
        public SdkOperations Block { get; set; } = SdkOperations.Empty;

        /// <summary>The baseline pack of the file being judged.</summary>
        public BaselinePack Pack { get; set; }

        /// <summary>Cancellation of the analysis.</summary>
        public CancellationToken CancellationToken => _context.CancellationToken;

        /// <summary><see cref="ReportDiagnostic"/> as a delegate, created once, for helpers that take a callback.</summary>
        public Action<Diagnostic> Sink { get; }

        /// <summary>Reports <paramref name="diagnostic"/>.</summary>
        public void ReportDiagnostic(Diagnostic diagnostic) => _context.ReportDiagnostic(diagnostic);

        /// <summary>Reports <paramref name="diagnostic"/> unless it is null (a verdict of Ok).</summary>
        public void ReportIfAny(Diagnostic? diagnostic)
        {
            if (diagnostic != null)
            {
                _context.ReportDiagnostic(diagnostic);
            }
        }
    }
}
