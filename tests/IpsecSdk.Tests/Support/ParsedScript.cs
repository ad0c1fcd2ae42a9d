using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation.Language;

namespace IpsecSdk.Tests.Support
{
    /// <summary>
    /// A generated script read by the real PowerShell parser (<see cref="Parser.ParseInput(string, out Token[], out ParseError[])"/>),
    /// with every command and the parameters it is called with, splatted hashtables resolved.
    /// </summary>
    public sealed class ParsedScript
    {
        private ParsedScript(string text, ScriptBlockAst ast, ParseError[] errors)
        {
            Text = text;
            Ast = ast;
            Errors = errors;
            FunctionNames = ast.FindAll(a => a is FunctionDefinitionAst, true).Cast<FunctionDefinitionAst>().Select(f => f.Name).ToList();
            Commands = ast.FindAll(a => a is CommandAst, true).Cast<CommandAst>()
                .Where(c => c.GetCommandName() != null)
                .Select(c => new EmittedCommand(c.GetCommandName(), c, ReadArguments(ast, c)))
                .ToList();
        }

        public string Text { get; }

        public ScriptBlockAst Ast { get; }

        public ParseError[] Errors { get; }

        public IReadOnlyList<string> FunctionNames { get; }

        /// <summary>Every command with a static name, in source order.</summary>
        public IReadOnlyList<EmittedCommand> Commands { get; }

        public static ParsedScript Parse(string script)
        {
            var ast = Parser.ParseInput(script, out _, out var errors);
            return new ParsedScript(script, ast, errors);
        }

        public IEnumerable<EmittedCommand> Named(string name) => Commands.Where(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

        /// <summary>
        /// Pairs each <c>-Parameter</c> with its argument. A switch takes none: that is known from the fixture's
        /// parameter types for NetSecurity cmdlets (otherwise: a parameter followed by another parameter or nothing).
        /// </summary>
        private static IReadOnlyList<EmittedArgument> ReadArguments(ScriptBlockAst script, CommandAst command)
        {
            var name = command.GetCommandName();
            var fixture = NetSecurityFixture.Current;
            var arguments = new List<EmittedArgument>();
            var elements = command.CommandElements;
            for (var i = 1; i < elements.Count; i++)
            {
                switch (elements[i])
                {
                    case CommandParameterAst parameter:
                        if (parameter.Argument != null)
                        {
                            arguments.Add(new EmittedArgument(parameter.ParameterName, parameter.Argument, false));
                            break;
                        }

                        var isSwitch = fixture.HasCmdlet(name)
                            ? fixture.Parameter(name, parameter.ParameterName)?.IsSwitch ?? false
                            : i + 1 >= elements.Count || elements[i + 1] is CommandParameterAst;
                        var value = !isSwitch && i + 1 < elements.Count && elements[i + 1] is ExpressionAst next ? next : null;
                        if (value != null)
                        {
                            i++;
                        }

                        arguments.Add(new EmittedArgument(parameter.ParameterName, value, false));
                        break;
                    case VariableExpressionAst { Splatted: true } splat:
                        arguments.AddRange(ResolveSplat(script, command, splat));
                        break;
                    default:
                        arguments.Add(new EmittedArgument(null, (ExpressionAst)elements[i], false));
                        break;
                }
            }

            return arguments;
        }

        /// <summary>The hashtable last assigned to the splatted variable before the command.</summary>
        private static IEnumerable<EmittedArgument> ResolveSplat(ScriptBlockAst script, CommandAst command, VariableExpressionAst splat)
        {
            var assignment = script.FindAll(a => a is AssignmentStatementAst, true).Cast<AssignmentStatementAst>()
                .Where(a => a.Left is VariableExpressionAst v
                    && string.Equals(v.VariablePath.UserPath, splat.VariablePath.UserPath, StringComparison.OrdinalIgnoreCase)
                    && a.Extent.EndOffset <= command.Extent.StartOffset)
                .LastOrDefault()
                ?? throw new InvalidOperationException("No assignment to @" + splat.VariablePath.UserPath + " before line " + command.Extent.StartLineNumber + ".");
            var table = Expression(assignment.Right) as HashtableAst
                ?? throw new InvalidOperationException("@" + splat.VariablePath.UserPath + " at line " + command.Extent.StartLineNumber + " is not a hashtable literal.");
            return table.KeyValuePairs.Select(pair => new EmittedArgument(
                ((StringConstantExpressionAst)pair.Item1).Value,
                Expression(pair.Item2) ?? throw new InvalidOperationException("Splatted value of " + pair.Item1 + " is not an expression."),
                true));
        }

        /// <summary>The expression of a statement that is nothing but one expression.</summary>
        public static ExpressionAst? Expression(StatementAst statement) => statement switch
        {
            CommandExpressionAst expression => expression.Expression,
            PipelineAst { PipelineElements.Count: 1 } pipeline when pipeline.PipelineElements[0] is CommandExpressionAst expression => expression.Expression,
            _ => null,
        };
    }

    /// <summary>A command of the script and its arguments.</summary>
    public sealed record EmittedCommand(string Name, CommandAst Ast, IReadOnlyList<EmittedArgument> Arguments)
    {
        public EmittedArgument? Argument(string parameter) =>
            Arguments.FirstOrDefault(a => string.Equals(a.Parameter, parameter, StringComparison.OrdinalIgnoreCase));

        public bool Has(string parameter) => Argument(parameter) != null;

        public override string ToString() => Name + " (line " + Ast.Extent.StartLineNumber + ")";
    }

    /// <summary>One argument: the parameter name as written (null when positional) and its value (null for a switch on the command line).</summary>
    public sealed record EmittedArgument(string? Parameter, ExpressionAst? Value, bool FromSplat)
    {
        /// <summary>The string constants of the value: one for a literal, several for an array literal, none otherwise.</summary>
        public IReadOnlyList<string> Strings => Value switch
        {
            StringConstantExpressionAst s => new[] { s.Value },
            ArrayLiteralAst array when array.Elements.All(e => e is StringConstantExpressionAst) =>
                array.Elements.Cast<StringConstantExpressionAst>().Select(e => e.Value).ToList(),
            _ => Array.Empty<string>(),
        };

        /// <summary>The single string constant of the value.</summary>
        public string SingleString => Value is StringConstantExpressionAst s ? s.Value : throw new InvalidOperationException(Parameter + " is not one string constant but " + Value);
    }
}
