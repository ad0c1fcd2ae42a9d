using System.Linq;
using System.Management.Automation.Language;
using CsCheck;
using IpsecSdk.Export.PowerShell;
using Xunit;

namespace IpsecSdk.Tests.Export.PowerShell
{
    public sealed class PowerShellQuotingTests
    {
        [Theory]
        [InlineData("plain", "'plain'")]
        [InlineData("it's", "'it''s'")]
        [InlineData("\u2019", "'\u2019\u2019'")]
        [InlineData("$x `n \"y\"", "'$x `n \"y\"'")]
        public void Literals_double_every_kind_of_single_quote_and_nothing_else(string value, string expected)
        {
            Assert.Equal(expected, PowerShellQuoting.Literal(value));
        }

        [Fact]
        public void Any_text_parses_back_as_one_single_quoted_constant_with_the_same_value()
        {
            Gen.String.Sample(text =>
            {
                var ast = Parser.ParseInput("$x = " + PowerShellQuoting.Literal(text), out _, out var errors);
                var value = ast.Find(a => a is StringConstantExpressionAst, true) as StringConstantExpressionAst;
                return errors.Length == 0
                    && value != null
                    && value.StringConstantType == StringConstantType.SingleQuoted
                    && value.Value == text
                    && ast.EndBlock.Statements.Count == 1;
            });
        }

        [Fact]
        public void Any_text_in_a_comment_stays_inside_the_comment()
        {
            Gen.String.Sample(text =>
            {
                var ast = Parser.ParseInput("# " + PowerShellQuoting.CommentText(text) + "\r\n$x = 1", out var tokens, out var errors);
                return errors.Length == 0
                    && ast.EndBlock.Statements.Count == 1
                    && tokens.Count(t => t.Kind == TokenKind.Comment) == 1;
            });
        }

        [Fact]
        public void Identifier_parts_keep_ascii_letters_digits_and_underscores_only()
        {
            Assert.Equal("a_b_1____", PowerShellQuoting.IdentifierPart("a-b.1 $'\u00e9"));
        }
    }
}
