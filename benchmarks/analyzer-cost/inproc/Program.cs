// Runs analyzers in-process on a consumer whose csc command line a measured build logged, several times in one process.
//
// Default mode (inproc.sh): the IPSEC analyzers and CA5350/CA5351 together, and each run's attributed time per side.
// Run 1 is what a one-shot compiler process pays (first use of everything: JIT, tiering, lazily built state); later runs,
// on fresh clones of the compilation, are the steady-state cost of the work.
//
// --against-empty (sparse.sh, inproc.sh with EMPTY=1): the way roslyn-analyzers' PerformanceTests measure an analyzer,
// against an empty one. Each analyzer set runs alone on a fresh clone of the compilation, and what is timed is what a
// compile does with it, single-threaded: the compiler's own diagnostics (GetDiagnostics: binding every method body), then
// the set's analysis (GetAnalysisResultAsync, which also gives Roslyn's attributed time per analyzer). roslyn-analyzers
// time GetAnalysisResultAsync alone; with an empty analyzer that does nothing at all (~1 ms: Roslyn binds nothing for it),
// so their differences include the binding the analyzer makes Roslyn do — here both sides bind what a compile binds,
// and the difference is what the analyzers add to it. The sets, in turns rotated from run to run:
//   empty        EmptyAnalyzer: a compilation-start action that does nothing (what the IPSEC analyzers do in a project
//                without IpsecSdk); the baseline of roslyn-analyzers' EmptyAnalyzer, which registers nothing at all.
//   empty-block  EmptyOperationBlockAnalyzer: an operation-block action that does nothing. It makes Roslyn build the
//                operation trees, which any operation analyzer does (CA5350/CA5351 too, and most default NetAnalyzers
//                rules), so IPSEC − empty-block is what the IPSEC analyzers add where another operation analyzer runs.
//   IPSEC        the IpsecSdk analyzers.
//   CA           NetAnalyzers' CA5350/CA5351 analyzer, for scale.
// Before run 1, --warmup runs (default 2, untimed) of empty-block, so that the compiler's and Roslyn's own first use and
// tiering (binding, operation trees) is not charged to whichever set comes first in run 1; the analyzers' own first use
// stays in their run 1. Cost of a set = the same run's wall time minus the baseline's; cold
// = run 1, warm = the median over runs 2..N; per unit = that divided by --units (files or SDK call sites).
//
// Usage: InProc <project dir> <csc response file> <IpsecSdk.Analyzers.dll> <NetAnalyzers dll> <runs>
//               [--against-empty [--units N] [--unit NAME] [--warmup N] [--result FILE]]
using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

var (projectDir, responseFile, ipsecDll, netAnalyzersDll, runs) = (args[0], args[1], args[2], args[3], int.Parse(args[4]));
var againstEmpty = args.Contains("--against-empty");
var units = int.Parse(Option("--units") ?? "0");
var unit = Option("--unit") ?? "unit";
var resultFile = Option("--result");
var warmup = int.Parse(Option("--warmup") ?? "2");

var arguments = File.ReadAllText(responseFile).Split(' ', StringSplitOptions.RemoveEmptyEntries);
var references = arguments.Where(a => a.StartsWith("/reference:", StringComparison.Ordinal))
    .Select(a => MetadataReference.CreateFromFile(a.Substring("/reference:".Length).Trim('"'))).ToList();
// Parsed as csc parsed them: the build's preprocessor symbols (#if DEBUG), doc comments checked when it wrote XML docs.
var defines = arguments.Where(a => a.StartsWith("/define:", StringComparison.Ordinal))
    .SelectMany(a => a.Substring("/define:".Length).Split(';', StringSplitOptions.RemoveEmptyEntries));
var documentation = arguments.Any(a => a.StartsWith("/doc:", StringComparison.Ordinal)) ? DocumentationMode.Diagnose : DocumentationMode.Parse;
var sources = Directory.GetFiles(Path.Combine(projectDir, "src"), "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
var parse = new CSharpParseOptions(LanguageVersion.Latest, documentation, preprocessorSymbols: defines);
var trees = sources.Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), parse, file)).ToList();

var ipsec = Load(ipsecDll).ToList();
var ca = Load(netAnalyzersDll).Where(a => a.SupportedDiagnostics.Any(d => d.Id is "CA5350" or "CA5351")).ToList();
var analyzers = ipsec.Concat(ca).ToImmutableArray();

// Every rule the two sides report at warning, as run.sh's global configs do (and the empty analyzers' own IDs, so that
// Roslyn does not skip them as fully suppressed).
var severities = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id)
    .Where(id => id.StartsWith("IPSEC", StringComparison.Ordinal) || id is "CA5350" or "CA5351").Distinct()
    .Concat([EmptyAnalyzer.Id, EmptyOperationBlockAnalyzer.Id])
    .ToImmutableDictionary(id => id, _ => ReportDiagnostic.Warn);
// Single-threaded in --against-empty (concurrentBuild: false, as replay.sh's /parallel-): differences of a few
// milliseconds are not lost in the scheduling of two threads on two vCPUs.
var compilation = CSharpCompilation.Create("Consumer", trees, references,
    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, specificDiagnosticOptions: severities, concurrentBuild: !againstEmpty));

Console.WriteLine($"{trees.Count} files, {ipsec.Count} IPSEC analyzers, {ca.Count} CA analyzer(s)");
if (againstEmpty)
{
    await AgainstEmpty();
    return;
}

for (var run = 1; run <= runs; run++)
{
    // A fresh clone: new semantic models and operation trees, the same syntax trees and reference symbols.
    var withAnalyzers = compilation.Clone().WithAnalyzers(analyzers, Options());
    var clock = Stopwatch.StartNew();
    var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    var wall = clock.Elapsed.TotalSeconds;
    var ipsecTime = await Seconds(withAnalyzers, ipsec);
    var caTime = await Seconds(withAnalyzers, ca);
    var ipsecCount = diagnostics.Count(d => d.Id.StartsWith("IPSEC", StringComparison.Ordinal));
    var caCount = diagnostics.Count(d => d.Id is "CA5350" or "CA5351");
    Console.WriteLine($"run {run}: IPSEC {ipsecTime:0.000} s ({ipsecCount} diagnostics), CA5350+CA5351 {caTime:0.000} s ({caCount}), analysis wall {wall:0.0} s");
}

return;

async Task AgainstEmpty()
{
    var sets = new (string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)[]
    {
        ("empty", [new EmptyAnalyzer()]),
        ("empty-block", [new EmptyOperationBlockAnalyzer()]),
        ("IPSEC", [.. ipsec]),
        ("CA", [.. ca]),
    };
    var sdkSites = SdkCallSites(compilation);
    Console.WriteLine($"{units} {unit}(s); {sdkSites} IpsecSdk invocations and object creations in the code; runs 1..{runs} after {warmup} untimed");
    for (var w = 0; w < warmup; w++)
    {
        await Measure(sets[1], 0);
    }

    var results = sets.ToDictionary(s => s.Name, _ => new List<Run>());
    for (var run = 1; run <= runs; run++)
    {
        for (var k = 0; k < sets.Length; k++)
        {
            var set = sets[(k + run - 1) % sets.Length];
            results[set.Name].Add(await Measure(set, run));
        }
    }

    var lines = new List<string> { $"units={units}", $"unit={unit}", $"runs={runs}", $"warmup={warmup}", $"files={trees.Count}", $"sdk_sites={sdkSites}" };
    Console.WriteLine();
    Console.WriteLine($"| Set vs. baseline | cold: run 1 (ms) | warm: median of runs 2..{runs} (ms) | warm per {unit} (µs) | warm CPU per {unit} (µs) | attributed warm (ms) | attributed warm per {unit} (µs) |");
    Console.WriteLine("|---|---|---|---|---|---|---|");
    foreach (var (set, baseline) in new[] { ("IPSEC", "empty"), ("IPSEC", "empty-block"), ("CA", "empty"), ("CA", "empty-block"), ("empty-block", "empty") })
    {
        var a = results[set];
        var b = results[baseline];
        var cold = a[0].Wall - b[0].Wall;
        var warm = Median(Enumerable.Range(1, runs - 1).Select(i => a[i].Wall - b[i].Wall));
        var warmCpu = Median(Enumerable.Range(1, runs - 1).Select(i => a[i].Cpu - b[i].Cpu));
        var attributed = Median(a.Skip(1).Select(r => r.Attributed));
        var perUnit = units > 0 ? warm / units * 1e6 : double.NaN;
        var perUnitCpu = units > 0 ? warmCpu / units * 1e6 : double.NaN;
        var attributedPerUnit = units > 0 ? attributed / units * 1e6 : double.NaN;
        Console.WriteLine($"| {set} − {baseline} | {cold * 1000:0} | {warm * 1000:0} | {perUnit:0.00} | {perUnitCpu:0.00} | {attributed * 1000:0} | {attributedPerUnit:0.00} |");
        var key = $"{set}-{baseline}";
        lines.Add($"{key}.cold_s={cold:0.0000}");
        lines.Add($"{key}.warm_s={warm:0.0000}");
        lines.Add($"{key}.warm_cpu_s={warmCpu:0.0000}");
        lines.Add($"{key}.warm_s_runs={string.Join(",", Enumerable.Range(1, runs - 1).Select(i => (a[i].Wall - b[i].Wall).ToString("0.0000")))}");
        lines.Add($"{key}.warm_us_per_unit={perUnit:0.000}");
        lines.Add($"{key}.warm_cpu_us_per_unit={perUnitCpu:0.000}");
    }

    foreach (var (name, list) in results)
    {
        lines.Add($"{name}.warm_wall_s={Median(list.Skip(1).Select(r => r.Wall)):0.0000}");
        lines.Add($"{name}.cold_wall_s={list[0].Wall:0.0000}");
        lines.Add($"{name}.warm_attributed_s={Median(list.Skip(1).Select(r => r.Attributed)):0.0000}");
        lines.Add($"{name}.warm_attributed_s_runs={string.Join(",", list.Skip(1).Select(r => r.Attributed.ToString("0.0000")))}");
        lines.Add($"{name}.cold_attributed_s={list[0].Attributed:0.0000}");
        lines.Add($"{name}.diagnostics={list[0].Diagnostics}");
        lines.Add($"{name}.callbacks={list[0].Callbacks}");
    }

    Console.WriteLine();
    Console.WriteLine($"Wall time of GetDiagnostics + GetAnalysisResultAsync, same-run differences; single-threaded; runs 2..{runs} warm. "
        + "Attributed: Roslyn's execution time of the set's callbacks (runs 2..N, median).");
    if (resultFile != null)
    {
        File.WriteAllLines(resultFile, lines);
    }
}

async Task<Run> Measure((string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers) set, int run)
{
    // Garbage of the previous run collected now rather than during this one.
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    EmptyAnalyzer.Calls = 0;
    EmptyOperationBlockAnalyzer.Calls = 0;
    var clone = compilation.Clone();
    var withAnalyzers = clone.WithAnalyzers(set.Analyzers, Options());
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var compilerDiagnostics = clone.GetDiagnostics();
    var result = await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None);
    var wall = clock.Elapsed.TotalSeconds;
    var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    var attributed = result.AnalyzerTelemetryInfo.Values.Sum(t => t.ExecutionTime.TotalSeconds);
    var errors = compilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    if (errors.Count > 0)
    {
        throw new InvalidOperationException($"{errors.Count} compile errors, first: {errors[0]}");
    }

    var reported = result.GetAllDiagnostics().Count(d => d.Id.StartsWith("IPSEC", StringComparison.Ordinal) || d.Id is "CA5350" or "CA5351");
    var callbacks = EmptyAnalyzer.Calls + EmptyOperationBlockAnalyzer.Calls;
    Console.WriteLine($"{(run == 0 ? "warm-up (untimed)" : $"run {run}")} {set.Name}: wall {wall:0.000} s, CPU {cpuSeconds:0.000} s, "
        + $"attributed {attributed:0.000} s, {reported} IPSEC/CA diagnostics{(callbacks > 0 ? $", {callbacks} empty callbacks" : "")}");
    return new Run(wall, cpuSeconds, attributed, reported, callbacks);
}

CompilationWithAnalyzersOptions Options() =>
    new(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static int SdkCallSites(Compilation compilation)
{
    // For the record: invocations and object creations bound to IpsecSdk members (generate.py counts a chain's four
    // judged choices and each proposal record as its call sites; this counts every SDK call).
    var count = 0;
    foreach (var tree in compilation.SyntaxTrees)
    {
        var model = compilation.GetSemanticModel(tree);
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            if (node is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax
                && model.GetSymbolInfo(node).Symbol?.ContainingAssembly?.Name == "IpsecSdk")
            {
                count++;
            }
        }
    }

    return count;
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    if (sorted.Length == 0)
    {
        return double.NaN;
    }

    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

static async Task<double> Seconds(CompilationWithAnalyzers withAnalyzers, IEnumerable<DiagnosticAnalyzer> analyzers)
{
    var total = 0.0;
    foreach (var analyzer in analyzers)
    {
        total += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime.TotalSeconds;
    }

    return total;
}

static IEnumerable<DiagnosticAnalyzer> Load(string path) =>
    new AnalyzerFileReference(Path.GetFullPath(path), new Loader()).GetAnalyzers(LanguageNames.CSharp);

record Run(double Wall, double Cpu, double Attributed, int Diagnostics, int Callbacks);

sealed class Loader : IAnalyzerAssemblyLoader
{
    public void AddDependencyLocation(string fullPath)
    {
    }

    public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
}

/// <summary>The baseline: a compilation-start action that does nothing.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "EMPTY001";
    public static int Calls;
    private static readonly DiagnosticDescriptor Rule = new(Id, "empty", "empty", "Benchmark", DiagnosticSeverity.Warning, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(_ => Interlocked.Increment(ref Calls));
    }
}

/// <summary>The operation baseline: an operation-block action that does nothing.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
sealed class EmptyOperationBlockAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "EMPTY002";
    public static int Calls;
    private static readonly DiagnosticDescriptor Rule = new(Id, "empty", "empty", "Benchmark", DiagnosticSeverity.Warning, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterOperationBlockAction(_ => Interlocked.Increment(ref Calls));
    }
}
