using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace IpsecSdk.CodeFixes.Infrastructure
{
    /// <summary>The changes one code action makes to a document, collected first and applied together.</summary>
    internal sealed class ProposalEdit
    {
        private readonly Dictionary<ExpressionSyntax, KeyValuePair<string, string>> _values = new Dictionary<ExpressionSyntax, KeyValuePair<string, string>>();
        private readonly Dictionary<ExpressionSyntax, ExpressionSyntax> _literals = new Dictionary<ExpressionSyntax, ExpressionSyntax>();
        private readonly Dictionary<SimpleNameSyntax, string> _renamedMethods = new Dictionary<SimpleNameSyntax, string>();
        private readonly Dictionary<InvocationExpressionSyntax, KeyValuePair<string, KeyValuePair<string, string>>> _replacedCalls = new Dictionary<InvocationExpressionSyntax, KeyValuePair<string, KeyValuePair<string, string>>>();
        private readonly List<InvocationExpressionSyntax> _removedCalls = new List<InvocationExpressionSyntax>();
        private readonly List<SyntaxNode> _removedNodes = new List<SyntaxNode>();

        public bool IsEmpty => _values.Count == 0 && _literals.Count == 0 && _renamedMethods.Count == 0 && _replacedCalls.Count == 0 && _removedCalls.Count == 0 && _removedNodes.Count == 0;

        /// <summary>Gives <paramref name="expression"/> the value <c>enumName.member</c>.</summary>
        public void SetValue(ExpressionSyntax expression, string enumName, string member) => _values[expression] = new KeyValuePair<string, string>(enumName, member);

        /// <summary>Replaces <paramref name="expression"/> with a literal (a number or <c>true</c>), keeping its trivia.</summary>
        public void SetLiteral(ExpressionSyntax expression, LiteralExpressionSyntax literal) => _literals[expression] = literal;

        /// <summary>Calls another method with the same arguments (<c>RequestInboundAndOutbound</c> → <c>RequireInboundAndOutbound</c>).</summary>
        public void RenameMethod(SimpleNameSyntax name, string method) => _renamedMethods[name] = method;

        /// <summary><c>x.UseAh()</c> → <c>x.WithEncapsulation(Encapsulation.Esp)</c>.</summary>
        public void ReplaceCall(InvocationExpressionSyntax call, string method, string enumName, string member) =>
            _replacedCalls[call] = new KeyValuePair<string, KeyValuePair<string, string>>(method, new KeyValuePair<string, string>(enumName, member));

        /// <summary><c>x.UseAh()</c> → <c>x</c> (the call sets what is already the default).</summary>
        public void RemoveCall(InvocationExpressionSyntax call) => _removedCalls.Add(call);

        /// <summary>True when <paramref name="call"/> is one of the calls this edit removes.</summary>
        public bool Removes(InvocationExpressionSyntax call) => _removedCalls.Contains(call);

        /// <summary>Removes an initializer assignment.</summary>
        public void Remove(SyntaxNode node) => _removedNodes.Add(node);

        public async Task<Document> ApplyAsync(Document document, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            var model = editor.SemanticModel;

            // Inner edits first: the call edits below work on the node as already edited.
            foreach (var value in _values)
            {
                if (SdkTypes.Enum(model.Compilation, value.Value.Key) is INamedTypeSymbol type)
                {
                    editor.ReplaceNode(value.Key, EnumRewrite.Rewrite(model, value.Key, type, value.Value.Value, editor.Generator));
                }
            }

            foreach (var literal in _literals)
            {
                editor.ReplaceNode(literal.Key, literal.Value.WithTriviaFrom(literal.Key));
            }

            foreach (var rename in _renamedMethods)
            {
                editor.ReplaceNode(rename.Key, EnumRewrite.Renamed(rename.Key, rename.Value));
            }

            foreach (var call in _replacedCalls)
            {
                if (SdkTypes.Enum(model.Compilation, call.Value.Value.Key) is INamedTypeSymbol type)
                {
                    var argument = EnumRewrite.Generate(type, call.Value.Value.Value, editor.Generator);
                    editor.ReplaceNode(call.Key, (current, _) => WithMethodAndArgument((InvocationExpressionSyntax)current, call.Value.Key, argument));
                }
            }

            foreach (var call in _removedCalls)
            {
                editor.ReplaceNode(call, (current, _) => Receiver((InvocationExpressionSyntax)current));
            }

            foreach (var node in _removedNodes)
            {
                editor.RemoveNode(node, SyntaxRemoveOptions.KeepNoTrivia);
            }

            return editor.GetChangedDocument();
        }

        private static SyntaxNode WithMethodAndArgument(InvocationExpressionSyntax call, string method, ExpressionSyntax argument)
        {
            if (!(call.Expression is MemberAccessExpressionSyntax access))
            {
                return call;
            }

            return call.WithExpression(access.WithName(EnumRewrite.Renamed(access.Name, method)))
                .WithArgumentList(call.ArgumentList.WithArguments(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(argument))));
        }

        // The receiver keeps its own leading trivia and takes the call's trailing trivia (a line break in a multi-line chain).
        private static SyntaxNode Receiver(InvocationExpressionSyntax call) =>
            call.Expression is MemberAccessExpressionSyntax access ? access.Expression.WithTrailingTrivia(call.GetTrailingTrivia()) : call;
    }
}
