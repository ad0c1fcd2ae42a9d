using System;
using System.CommandLine;
using System.IO;
using ApplyToHost;
using IpsecSdk.Export.PowerShell;
using IpsecSdk.Windows;
using IpsecSdk.Catalogue;
using IpsecSdk.Windows.Mi;
using IpsecSdk.Windows.Monitoring;
using IpsecSdk.Windows.Planning;
using IpsecSdk.Windows.Testing;

// Prints what applying the sample policy would change on this host (or a remote host / a GPO); with --apply,
// applies it. Off Windows it plans against an empty simulated store and writes a PowerShell script instead.
var store = new Option<string>("--store") { Description = "Policy store to target (PersistentStore, localhost, ...).", DefaultValueFactory = _ => PolicyStores.Persistent };
var gpo = new Option<string?>("--gpo") { Description = "Edit a domain GPO instead, given as domain\\GPO name (needs --domain-controller)." };
var domainController = new Option<string?>("--domain-controller") { Description = "Writable domain controller for --gpo." };
var computer = new Option<string?>("--computer") { Description = "Remote computer to manage over WS-Man (default: this machine)." };
var output = new Option<FileInfo?>("--out") { Description = "Where to write the PowerShell script (off Windows, or on request)." };
var apply = new Option<bool>("--apply") { Description = "Apply the plan (Windows only; otherwise the script is written)." };

var root = new RootCommand("Plan (and with --apply, apply) the IpsecSdk sample policy to a Windows policy store or GPO.")
{
    store, gpo, domainController, computer, output, apply,
};
root.SetAction(parsed => Run(
    parsed.GetValue(store)!, parsed.GetValue(gpo), parsed.GetValue(domainController), parsed.GetValue(computer), parsed.GetValue(output), parsed.GetValue(apply)));
return root.Parse(args).Invoke();

static int Run(string store, string? gpo, string? domainController, string? computer, FileInfo? output, bool apply)
{
    if (gpo != null && string.IsNullOrWhiteSpace(domainController))
    {
        Console.Error.WriteLine("--gpo needs --domain-controller: without a named, writable DC the changes may go to a read-only DC and be lost.");
        return 2;
    }

    var policy = SamplePolicy.Build();
    if (!OperatingSystem.IsWindows())
    {
        Console.WriteLine("Not running on Windows: planning against an EMPTY simulated store (InMemoryCimGateway), not against "
            + (computer ?? "this machine") + ". On Windows the plan shows the real differences.");
        Console.WriteLine();
        var simulated = new InMemoryCimGateway();
        var target = gpo != null ? GpoSession.Open(simulated, gpo, domainController!).Target : CimTarget.Store(store);
        Console.WriteLine(PolicyPlanner.Plan(simulated, target, policy));
        if (apply || output != null)
        {
            if (apply)
            {
                Console.WriteLine("--apply needs Windows: the WFAS CIM provider (Microsoft.Management.Infrastructure) exists only there.");
            }

            WriteScript(policy, store, gpo, domainController, output);
        }

        return apply ? 3 : 0;
    }

    using var gateway = computer == null ? MiCimGateway.ConnectLocal() : MiCimGateway.ConnectRemote(computer);
    var session = gpo != null ? GpoSession.Open(gateway, gpo, domainController!) : null;
    var storeTarget = session?.Target ?? CimTarget.Store(store);
    var plan = PolicyPlanner.Plan(gateway, storeTarget, policy);
    Console.WriteLine(plan);
    if (output != null)
    {
        WriteScript(policy, store, gpo, domainController, output);
    }

    if (!apply || plan.IsEmpty)
    {
        Console.WriteLine(apply ? "Nothing to apply." : "Run again with --apply to make these changes.");
        return 0;
    }

    try
    {
        PolicyApplier.Apply(gateway, plan, new ConsoleProgress());
        session?.Save();
        Console.WriteLine("Applied " + plan.Changes.Count + " change(s)" + (session != null ? " and saved the GPO on " + domainController : "") + ".");

        // BSI M 5.90: check what the live SAs actually negotiated (they appear once peers talk).
        foreach (var finding in SecurityAssociationMonitor.Check(gateway, BaselinePack.Bsi))
        {
            Console.WriteLine(finding);
        }

        return 0;
    }
    catch (ApplyException e)
    {
        Console.Error.WriteLine(e.Message);
        return 1;
    }
}

static void WriteScript(IpsecSdk.IpsecPolicy policy, string store, string? gpo, string? domainController, FileInfo? output)
{
    var path = output?.FullName ?? Path.GetFullPath("ipsec-policy.ps1");
    var options = gpo != null ? PowerShellExportOptions.ForGpo(gpo, domainController) : PowerShellExportOptions.Default with { PolicyStore = store };
    PowerShellScriptWriter.Save(policy, path, options);
    Console.WriteLine("Wrote the PowerShell script to " + path + ": run it as administrator on the Windows host (pre-shared keys, if any, are asked for as parameters).");
}

/// <summary>Prints one line per verified step (every 10th for large plans) and every undo.</summary>
internal sealed class ConsoleProgress : IProgress<ApplyProgress>
{
    public void Report(ApplyProgress value)
    {
        if (value.Stage == ApplyStage.Undoing || (value.Stage == ApplyStage.Verified && (value.Total <= 50 || value.Step % 10 == 0 || value.Step == value.Total)))
        {
            Console.WriteLine(value);
        }
    }
}
