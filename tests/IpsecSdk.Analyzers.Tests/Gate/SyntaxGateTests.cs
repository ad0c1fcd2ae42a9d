extern alias analyzers;

using System.Linq;
using System.Threading.Tasks;
using analyzers::IpsecSdk.Analyzers.Infrastructure.Gate;
using IpsecSdk.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace IpsecSdk.Analyzers.Tests.Gate
{
    /// <summary>
    /// The syntax gate lets a declaration be walked only when it holds a candidate token. Every analyzer test already
    /// compares its diagnostics with the gate on and off (<see cref="GateEquality"/>); these are the forms that reach the
    /// SDK without naming it where the SDK call is, and the gate's own unit behaviour.
    /// </summary>
    public sealed class SyntaxGateTests
    {
        // Weak values declared in another file: the declarations under test name nothing of the SDK but the member they call.
        private const string Weak = """
            using IpsecSdk;
            static class W
            {
                public const Integrity Md5 = Integrity.Md5;
                public const Encryption Aes = Encryption.Aes256;
            }
            """;

        [Fact]
        public void The_real_sdk_has_no_form_that_reaches_it_without_a_name_so_the_gate_is_on()
        {
            var names = NamesFor(Weak);
            Assert.True(names.Sound, "a delegate, a derivable class, a settable indexer or a static abstract member in the SDK would need the gate to stay open");
            Assert.Equal(SdkNames.AfterDot, names.FlagsOf("AddRule"));             // builder method: after a receiver
            Assert.Equal(SdkNames.Assigned, names.FlagsOf("EspIntegrity"));        // settable (init) property: as an assignment's target
            Assert.Equal(SdkNames.Anywhere, names.FlagsOf("QuickModeProposal"));   // type
            Assert.Equal(0, names.FlagsOf("ToString"));                            // every type has it, no rule judges it
            Assert.Equal(0, names.FlagsOf("Md5"));                                 // enum member: reading it is no SDK operation
            Assert.Equal(0, names.FlagsOf("Of"));                                  // static: a call names its type (no using static here)
            Assert.Equal(0, names.FlagsOf("BaselineCatalogue"));                   // not a configuration type: queries are never judged
        }

        [Fact]
        public void A_using_static_of_a_configuration_type_brings_in_its_static_method_names()
        {
            Assert.Equal(0, NamesFor("class C { }").FlagsOf("Of"));
            Assert.Equal(SdkNames.Anywhere, NamesFor("using static IpsecSdk.ValueList;\nclass C { }").FlagsOf("Of"));
        }

        [Fact]
        public void An_ordinary_member_has_no_candidate_and_an_sdk_call_has_one()
        {
            const string ordinary = """
                using System.Collections.Generic;
                /// <summary>Uses <see cref="IpsecSdk.Integrity"/> only in a doc comment.</summary>
                class Plain
                {
                    #region numbers
                    int Sum(List<int> values) { var total = 0; foreach (var v in values) { total += v; } return total; }
                    #endregion
                    string Name { get; set; } = "x";
                    string Twice(Plain other) => other.Name + Name;
                }
                """;
            var compilation = AnalyzerRunner.Compile(new[] { ordinary, Weak });
            var names = SdkNames.Read(SdkAssembly(compilation), compilation);
            var plain = compilation.SyntaxTrees.First();
            var gate = TreeGate.For(plain, names, default);
            // The doc comment names an SDK type (the text scan counts it, which is sound), but no member's body holds a candidate.
            Assert.True(gate.MayHold(plain.GetRoot().FullSpan));
            Assert.All(plain.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax>().Where(m => m is not Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax),
                member => Assert.False(gate.MayHold(member.Span), member.ToString()));

            var call = AnalyzerRunner.Compile(new[] { "class C { void M(IpsecSdk.Building.QuickModeCryptoSetBuilder q) { q.AddEspProposal(W.Md5, W.Aes); } }", Weak }).SyntaxTrees.First();
            var body = call.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BlockSyntax>().First();
            Assert.True(TreeGate.For(call, names, default).MayHold(body.Span));
        }

        [Theory]
        [InlineData("var a = 0; Id = name;", false)]            // the consumer's own property, as a statement (right after "{" it could be an initializer: yes)
        [InlineData("var copy = new { Id = name };", true)]      // an initializer: may be an SDK record's
        [InlineData("other.Id = name;", true)]                    // a member: may be an SDK type's
        [InlineData("Add(name);", false)]                         // the consumer's own method
        [InlineData("list.Add(name);", true)]                     // a member call: may be ValueList.Add
        [InlineData("var n = other.Id;", false)]                  // reading a property is no SDK operation
        [InlineData("var n = list.Count;", false)]                // a property read, not a call
        [InlineData("var n = list.Where(x => x != null);", false)] // LINQ: no configuration type has Where
        [InlineData("object o = new();", true)]                   // target-typed: may create an SDK type
        [InlineData("int[] a = [1, 2];", true)]                   // collection expression
        [InlineData("var x = list[0];", false)]                   // indexer
        [InlineData("var t = $\"{name}\";", false)]               // the SDK has no interpolated-string handler
        [InlineData("list.\\u0041dd(name);", true)]                // an escaped name counts whatever it spells
        [InlineData("list /* why */ .Add(name);", true)]
        public void A_block_is_a_candidate_only_where_the_sdk_can_be_reached(string statement, bool candidate)
        {
            var source = "using System.Collections.Generic;\nclass C\n{\n    string Id { get; set; } = \"\";\n    void Add(string s) { }\n    void M(string name, C other, List<string> list)\n    {\n        " + statement + "\n    }\n}\n";
            var compilation = AnalyzerRunner.Compile(new[] { source, Weak });
            var names = SdkNames.Read(SdkAssembly(compilation), compilation);
            var tree = compilation.SyntaxTrees.First();
            var body = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "M").Body!;
            Assert.Equal(candidate, TreeGate.For(tree, names, default).MayHold(body.Span));
        }

        [Theory]
        // A global alias declared in another file.
        [InlineData("global using Proposal = IpsecSdk.QuickModeProposal;", "class C { object M() => new Proposal(W.Md5, W.Aes); }")]
        // A target-typed new whose type is named only outside the block (the return type).
        [InlineData("", "using IpsecSdk; class C { QuickModeProposal M() => new(W.Md5, W.Aes); }")]
        // A collection expression of target-typed creations.
        [InlineData("", "using IpsecSdk; class C { QuickModeProposal[] M() => [new(W.Md5, W.Aes)]; }")]
        // A method name written with a Unicode escape.
        [InlineData("", "class C { void M(IpsecSdk.Building.QuickModeCryptoSetBuilder q) { q.\\u0041ddEspProposal(W.Md5, W.Aes); } }")]
        // A with-expression on a parameter whose SDK type is named outside the block.
        [InlineData("", "class C { object M(IpsecSdk.QuickModeProposal p) => p with { EspIntegrity = W.Md5 }; }")]
        // A builder held by a field of another part of a partial class.
        [InlineData("partial class C { IpsecSdk.Building.QuickModeCryptoSetBuilder q = null!; }", "partial class C { void M() { q.AddEspProposal(W.Md5, W.Aes); } }")]
        public async Task Forms_that_do_not_name_the_sdk_where_it_is_called_are_still_analyzed(string otherFile, string code)
        {
            // RunAsync fails unless the gate on and off agree; the finding proves the form reaches the SDK at all.
            var diagnostics = await AnalyzerRunner.RunAsync(new[] { code, otherFile, Weak });
            Assert.Contains(diagnostics, d => d.Id == "IPSEC001");
        }

        [Theory]
        // A static SDK method imported by using static.
        [InlineData("using static IpsecSdk.Catalogue.BaselineCatalogue; using IpsecSdk; class C { object M() => Pfs(PfsGroup.None); }")]
        // A nested collection initializer that calls the SDK's ValueList.Add without naming it.
        [InlineData("using IpsecSdk; class H { public ValueList<Integrity> L { get; } = ValueList<Integrity>.Empty; } class C { object M() => new H { L = { W.Md5 } }; }")]
        // A query expression over SDK values.
        [InlineData("using System.Linq; class C { object M(IpsecSdk.IpsecPolicy p) => from r in p.Rules where r.Id != null select r.Id; }")]
        public async Task Forms_without_a_finding_today_give_the_same_diagnostics_with_the_gate_on_and_off(string code)
        {
            var diagnostics = await AnalyzerRunner.RunAsync(new[] { code, Weak });
            Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("IPSEC", System.StringComparison.Ordinal));
        }

        private static SdkNames NamesFor(string source)
        {
            var compilation = AnalyzerRunner.Compile(new[] { source });
            return SdkNames.Read(SdkAssembly(compilation), compilation);
        }

        private static IAssemblySymbol SdkAssembly(Compilation compilation) =>
            compilation.References.Select(compilation.GetAssemblyOrModuleSymbol).OfType<IAssemblySymbol>().Single(a => a.Name == "IpsecSdk");
    }
}
