using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using IpsecSdk.Catalogue;
using IpsecSdk.Export.PowerShell;
using IpsecSdk.Validation;
using Quickstart;

// Quickstart: build a server-isolation policy, judge it against a baseline, and print (or write) the
// PowerShell script that applies it. Exit codes: 0 = done, 2 = bad arguments, 3 = the baseline found errors.
var baseline = new Option<string>("--baseline")
{
    Description = "Baseline pack to evaluate against: " + string.Join(", ", BaselinePacks.Names) + ".",
    DefaultValueFactory = _ => "bsi",
};
baseline.AcceptOnlyFromAmong(BaselinePacks.Names);
var output = new Option<FileInfo?>("--out") { Description = "Write the PowerShell script to this file instead of printing it." };
var store = new Option<string>("--store")
{
    Description = "PowerShell -PolicyStore the script targets (PersistentStore, localhost, or domain\\GPO).",
    DefaultValueFactory = _ => "PersistentStore",
};

var root = new RootCommand("IpsecSdk quickstart: a server-isolation policy, evaluated and exported.") { baseline, output, store };
root.SetAction(parsed =>
{
    var pack = BaselinePacks.Parse(parsed.GetValue(baseline));
    var policy = ServerIsolationPolicy.Build();
    var findings = BaselineEvaluator.Evaluate(policy, pack);

    Console.WriteLine($"Policy '{policy.Group}': {policy.Rules.Count} connection security rules.");
    Console.WriteLine($"Baseline '{BaselinePacks.Name(pack)}': {Summary(findings)}");
    Console.WriteLine();
    FindingsTable.Write(Console.Out, findings);
    Console.WriteLine();

    var script = PowerShellScriptWriter.Write(policy, new PowerShellExportOptions { PolicyStore = parsed.GetValue(store)! });
    var file = parsed.GetValue(output);
    if (file is null)
    {
        Console.WriteLine(script);
    }
    else
    {
        File.WriteAllText(file.FullName, script);
        Console.WriteLine($"PowerShell script written to {file.FullName} ({script.Split('\n').Length} lines).");
    }

    return findings.Any(f => f.Severity == Verdict.Error) ? 3 : 0;
});

return root.Parse(args).Invoke();

static string Summary(System.Collections.Generic.IReadOnlyList<Finding> findings)
{
    int Count(Verdict v) => findings.Count(f => f.Severity == v);
    return $"{Count(Verdict.Error)} errors, {Count(Verdict.Warning)} warnings, {Count(Verdict.Info)} info.";
}
