using Microsoft.CodeAnalysis;

namespace IpsecSdk.CodeFixes.Infrastructure
{
    /// <summary>The diagnostic a fixer is asked about, with what every fixer needs to plan its fix.</summary>
    internal sealed class FixRequest
    {
        public FixRequest(Document document, SemanticModel model, Diagnostic diagnostic, SyntaxNode reported)
        {
            Document = document;
            Model = model;
            Diagnostic = diagnostic;
            Reported = reported;
            Pack = FixSettings.Pack(diagnostic, document, reported.SyntaxTree);
        }

        public Document Document { get; }

        public SemanticModel Model { get; }

        public Diagnostic Diagnostic { get; }

        /// <summary>The node at the diagnostic's location (an enum member access, a literal or a method name).</summary>
        public SyntaxNode Reported { get; }

        public Catalogue.BaselinePack Pack { get; }
    }
}
