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
            Assert.True(names.Contains("AddRule"));           // instance method of a builder
            Assert.True(names.IsAssignable("EspIntegrity"));  // settable (init) property: counts as an assignment's target
            Assert.False(names.Contains("EspIntegrity"));     // ... and only there
            Assert.True(names.Contains("QuickModeProposal")); // type
            Assert.False(names.Contains("ToString"));         // every type has it, no rule judges it
            Assert.False(names.Contains("Md5"));              // enum member: reading it is no SDK operation
            Assert.False(names.Contains("Deserialize"));      // static: a call names its type (no using static here)
        }

        [Fact]
        public void A_using_static_of_an_sdk_type_brings_in_the_static_method_names()
        {
            var names = NamesFor("using static IpsecSdk.Serialization.IpsecJson;\nclass C { }");
            Assert.True(names.Contains("Deserialize"));
        }

        [Fact]
        public void An_ordinary_file_has_no_candidate_and_an_sdk_call_has_one()
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
            Assert.False(TreeGate.For(plain, names, default).MayHold(plain.GetRoot().FullSpan));

            var call = AnalyzerRunner.Compile(new[] { "class C { void M(IpsecSdk.Building.QuickModeCryptoSetBuilder q) { q.AddEspProposal(W.Md5, W.Aes); } }", Weak }).SyntaxTrees.First();
            var body = call.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BlockSyntax>().First();
            Assert.True(TreeGate.For(call, names, default).MayHold(body.Span));
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
