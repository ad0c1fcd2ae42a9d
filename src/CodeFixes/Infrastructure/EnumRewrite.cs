using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;

namespace IpsecSdk.CodeFixes.Infrastructure
{
    /// <summary>Replaces an enum value in the user's code the way the user wrote it.</summary>
    internal static class EnumRewrite
    {
        /// <summary>
        /// <c>Integrity.Sha1</c> → <c>Integrity.Sha256</c>, <c>IpsecSdk.Integrity.Sha1</c> → <c>IpsecSdk.Integrity.Sha256</c>,
        /// <c>Sha1</c> (using static) → <c>Sha256</c>: only the member name changes, trivia stays. Anything else (a local, a cast,
        /// a literal) becomes <c>Type.Member</c>, simplified against the file's usings.
        /// </summary>
        public static ExpressionSyntax Rewrite(SemanticModel model, ExpressionSyntax expression, INamedTypeSymbol enumType, string member, SyntaxGenerator generator)
        {
            if (model.GetSymbolInfo(expression).Symbol is IFieldSymbol field && SymbolEqualityComparer.Default.Equals(field.ContainingType, enumType))
            {
                switch (expression)
                {
                    case MemberAccessExpressionSyntax access:
                        return access.WithName(Renamed(access.Name, member));
                    case IdentifierNameSyntax name:
                        return Renamed(name, member);
                }
            }

            return Generate(enumType, member, generator).WithTriviaFrom(expression);
        }

        /// <summary><c>Type.Member</c> for a new argument, simplified (and imported) when the document is cleaned up.</summary>
        public static ExpressionSyntax Generate(INamedTypeSymbol enumType, string member, SyntaxGenerator generator) =>
            ((ExpressionSyntax)generator.MemberAccessExpression(generator.TypeExpression(enumType), member))
                .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

        /// <summary>A simple name with another identifier and the same trivia.</summary>
        public static IdentifierNameSyntax Renamed(SimpleNameSyntax name, string identifier) =>
            SyntaxFactory.IdentifierName(SyntaxFactory.Identifier(name.Identifier.LeadingTrivia, identifier, name.Identifier.TrailingTrivia));
    }
}
