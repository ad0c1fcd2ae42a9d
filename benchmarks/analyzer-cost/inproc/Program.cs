// Runs the IPSEC analyzers and CA5350/CA5351 in-process on a consumer that run.sh generated, several times in one process,
// and prints each run's attributed time per side. Run 1 is what a one-shot compiler process pays (first use of everything:
// JIT, tiering, lazily built state); later runs, on fresh clones of the compilation, are the steady-state cost of the work.
// Usage: InProc <project dir> <csc response file> <IpsecSdk.Analyzers.dll> <NetAnalyzers dll> <runs>
using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

var (projectDir, responseFile, ipsecDll, netAnalyzersDll, runs) = (args[0], args[1], args[2], args[3], int.Parse(args[4]));

var arguments = File.ReadAllText(responseFile).Split(' ', StringSplitOptions.RemoveEmptyEntries);
var references = arguments.Where(a => a.StartsWith("/reference:", StringComparison.Ordinal))
    .Select(a => MetadataReference.CreateFromFile(a.Substring("/reference:".Length).Trim('"'))).ToList();
var sources = Directory.GetFiles(Path.Combine(projectDir, "src"), "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
var parse = new CSharpParseOptions(LanguageVersion.Latest);
var trees = sources.Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), parse, file)).ToList();

var ipsec = Load(ipsecDll).ToList();
var ca = Load(netAnalyzersDll).Where(a => a.SupportedDiagnostics.Any(d => d.Id is "CA5350" or "CA5351")).ToList();
var analyzers = ipsec.Concat(ca).ToImmutableArray();

// Every rule the two sides report at warning, as run.sh's global configs do.
var severities = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id)
    .Where(id => id.StartsWith("IPSEC", StringComparison.Ordinal) || id is "CA5350" or "CA5351").Distinct()
    .ToImmutableDictionary(id => id, _ => ReportDiagnostic.Warn);
var compilation = CSharpCompilation.Create("Consumer", trees, references,
    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, specificDiagnosticOptions: severities));

Console.WriteLine($"{trees.Count} files, {ipsec.Count} IPSEC analyzers, {ca.Count} CA analyzer(s)");
for (var run = 1; run <= runs; run++)
{
    // A fresh clone: new semantic models and operation trees, the same syntax trees and reference symbols.
    var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
    var withAnalyzers = compilation.Clone().WithAnalyzers(analyzers, options);
    var clock = Stopwatch.StartNew();
    var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    var wall = clock.Elapsed.TotalSeconds;
    var ipsecTime = await Seconds(withAnalyzers, ipsec);
    var caTime = await Seconds(withAnalyzers, ca);
    var ipsecCount = diagnostics.Count(d => d.Id.StartsWith("IPSEC", StringComparison.Ordinal));
    var caCount = diagnostics.Count(d => d.Id is "CA5350" or "CA5351");
    Console.WriteLine($"run {run}: IPSEC {ipsecTime:0.000} s ({ipsecCount} diagnostics), CA5350+CA5351 {caTime:0.000} s ({caCount}), analysis wall {wall:0.0} s");
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

sealed class Loader : IAnalyzerAssemblyLoader
{
    public void AddDependencyLocation(string fullPath)
    {
    }

    public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
}
