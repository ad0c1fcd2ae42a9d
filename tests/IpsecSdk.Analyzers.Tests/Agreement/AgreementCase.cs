using System;
using IpsecSdk.Catalogue;

namespace IpsecSdk.Analyzers.Tests.Agreement
{
    /// <summary>
    /// One catalogue row in consumer code: a policy chain whose judged expression is marked <c>/*&lt;*/ ... /*&gt;*/</c>,
    /// the path where the run-time evaluator reports the same choice, and the verdict each pack must give.
    /// </summary>
    public sealed class AgreementCase
    {
        public AgreementCase(string name, CatalogueEntry entry, string chain, string path, Func<BaselinePack, Verdict>? expected = null)
        {
            Name = name;
            Entry = entry;
            Chain = chain;
            Path = path;
            Expected = expected ?? entry.For;
        }

        public string Name { get; }

        public CatalogueEntry Entry { get; }

        /// <summary>The chain after <c>IpsecPolicy.Create("g")</c>.</summary>
        public string Chain { get; }

        /// <summary>The evaluator's finding path for the marked choice.</summary>
        public string Path { get; }

        public Func<BaselinePack, Verdict> Expected { get; }

        /// <summary>A compilable file whose <c>Snippet.Create()</c> returns the policy builder.</summary>
        public string Source => "using IpsecSdk;\nusing IpsecSdk.Building;\n\npublic static class Snippet\n{\n    public static IpsecPolicyBuilder Create() => IpsecPolicy.Create(\"g\")" + Chain + ";\n}\n";

        public override string ToString() => Name;
    }
}
