using System.Collections.Concurrent;
using System.Collections.Immutable;
using IpsecSdk.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>Per-compilation state shared by the actions of one analyzer: the SDK symbols and the pack of each file.</summary>
    internal sealed class IpsecCompilation
    {
        private readonly AnalyzerOptions _options;
        private readonly ConcurrentDictionary<SyntaxTree, BaselinePack> _packs = new ConcurrentDictionary<SyntaxTree, BaselinePack>();

        public IpsecCompilation(SdkSymbols symbols, AnalyzerOptions options)
        {
            Symbols = symbols;
            _options = options;
        }

        public SdkSymbols Symbols { get; }

        /// <summary>The pack that judges code in <paramref name="tree"/> (unknown names fall back to default; IPSEC202 reports them).</summary>
        public BaselinePack PackFor(SyntaxTree tree)
        {
            // TryGetValue first: GetOrAdd with a capturing lambda allocates a delegate on every call, and this runs per choice.
            if (_packs.TryGetValue(tree, out var pack))
            {
                return pack;
            }

            var provider = _options.AnalyzerConfigOptionsProvider;
            return _packs.GetOrAdd(tree, BaselineOptions.Parse(BaselineOptions.ConfiguredName(provider.GetOptions(tree), provider.GlobalOptions), out _));
        }

        /// <summary>The properties every security diagnostic carries: pack, kind of choice and shape of the reported expression.</summary>
        public static ImmutableDictionary<string, string?>.Builder Properties(BaselinePack pack, string kind, string shape)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, string?>();
            builder[DiagnosticProperties.Pack] = BaselinePacks.Name(pack);
            builder[DiagnosticProperties.Kind] = kind;
            builder[DiagnosticProperties.Shape] = shape;
            return builder;
        }
    }
}
