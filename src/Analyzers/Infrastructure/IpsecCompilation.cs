using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using IpsecSdk.Analyzers.Infrastructure.Gate;
using IpsecSdk.Catalogue;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>
    /// Per-compilation state shared by all IpsecSdk analyzers: the SDK symbols, the pack of each file and the SDK
    /// operations of each declaration, each computed once instead of once per analyzer.
    /// </summary>
    internal sealed class IpsecCompilation
    {
        // Keyed by compilation, then options: an IDE may analyze the same compilation again under changed .editorconfig.
        private static readonly ConditionalWeakTable<Compilation, ConditionalWeakTable<AnalyzerOptions, IpsecCompilation>> s_shared =
            new ConditionalWeakTable<Compilation, ConditionalWeakTable<AnalyzerOptions, IpsecCompilation>>();

        private readonly AnalyzerOptions _options;
        // Boxed packs: ConcurrentDictionary<SyntaxTree, object> runs the runtime's precompiled shared code, whereas an enum value
        // type would make an instantiation that stays unoptimised for most of a short-lived compiler process (see Hot).
        private readonly ConcurrentDictionary<SyntaxTree, object> _packs = new ConcurrentDictionary<SyntaxTree, object>();
        private readonly System.Lazy<SdkSymbols?> _symbols;
        // Null when the gate is switched off: every declaration is walked.
        private readonly System.Lazy<SdkNames>? _names;

        // The last declaration collected on each thread, by managed thread ID (a power of two, so a mask picks the slot).
        private readonly CollectedDeclaration?[] _lastDeclarations = new CollectedDeclaration?[64];

        private IpsecCompilation(Compilation compilation, AnalyzerOptions options)
        {
            // Resolved on first use, from a callback: by then the compiler has bound the references it needs anyway, whereas
            // at compilation start the first symbol lookup would bind all of them and be charged to the analyzers.
            _symbols = new System.Lazy<SdkSymbols?>(() => SdkSymbols.TryCreate(compilation));
            _options = options;
            if (GateOption.IsOn(options.AnalyzerConfigOptionsProvider.GlobalOptions))
            {
                _names = new System.Lazy<SdkNames>(() => SdkNames.Read(Symbols.SdkAssembly, compilation));
            }
        }

        /// <summary>The state of <paramref name="compilation"/> under <paramref name="options"/>, shared by every analyzer of the package.</summary>
        public static IpsecCompilation For(Compilation compilation, AnalyzerOptions options) =>
            s_shared.GetValue(compilation, _ => new ConditionalWeakTable<AnalyzerOptions, IpsecCompilation>()).GetValue(options, o => new IpsecCompilation(compilation, o));

        /// <summary>
        /// The SDK operations of each of <paramref name="blocks"/> (one declaration's operation blocks). Roslyn runs the
        /// package's analyzers on a declaration one after the other on one thread, handing each the same blocks: the
        /// first collects, the others find the result in a one-entry cache per thread. The cache belongs to this state, not
        /// to the thread, so a long-lived compiler server or IDE thread never keeps a finished compilation alive; two
        /// threads sharing a slot only cost a miss, i.e. collecting again.
        /// </summary>
        [MethodImpl(Hot.Path)]
        public SdkOperations[] OperationsOf(ImmutableArray<IOperation> blocks)
        {
            var slot = Thread.CurrentThread.ManagedThreadId & (_lastDeclarations.Length - 1);
            var cached = Volatile.Read(ref _lastDeclarations[slot]);
            if (cached != null && cached.Blocks == blocks)
            {
                return cached.Operations;
            }

            var operations = new SdkOperations[blocks.Length];
            var gate = blocks.IsEmpty ? TreeGate.Open : GateOf(blocks[0].Syntax.SyntaxTree);
            for (var i = 0; i < blocks.Length; i++)
            {
                operations[i] = gate.MayHold(blocks[i].Syntax.Span) ? SdkOperations.Collect(blocks[i], this) : SdkOperations.Empty;
            }

            Volatile.Write(ref _lastDeclarations[slot], new CollectedDeclaration(blocks, operations));
            return operations;
        }

        // The gate over a file's text; it scans only the blocks it is asked about.
        private TreeGate GateOf(SyntaxTree tree) => _names == null ? TreeGate.Open : TreeGate.For(tree, _names.Value, default);

        /// <summary>The SDK's symbols, or null when the reference named IpsecSdk is not the SDK (then nothing is analyzed).</summary>
        public SdkSymbols? SymbolsOrNull => _symbols.Value;

        /// <summary>The SDK's symbols; only for code reached after <see cref="SymbolsOrNull"/> was checked.</summary>
        public SdkSymbols Symbols => _symbols.Value!;

        /// <summary>The pack that judges code in <paramref name="tree"/> (unknown names fall back to default; IPSEC202 reports them).</summary>
        [MethodImpl(Hot.Path)]
        public BaselinePack PackFor(SyntaxTree tree)
        {
            // TryGetValue first: GetOrAdd computes the options before it looks, and this runs for every block with SDK operations.
            if (_packs.TryGetValue(tree, out var pack))
            {
                return (BaselinePack)pack;
            }

            var provider = _options.AnalyzerConfigOptionsProvider;
            return (BaselinePack)_packs.GetOrAdd(tree, BaselineOptions.Parse(BaselineOptions.ConfiguredName(provider.GetOptions(tree), provider.GlobalOptions), out _));
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
