using System;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using IpsecSdk.Building;
using IpsecSdk.Catalogue;
using IpsecSdk.Export.PowerShell;
using IpsecSdk.Validation;

namespace IpsecSdk.Benchmarks;

/// <summary>
/// The SDK's main path at scale: build (with validation), evaluate against a baseline, export to PowerShell.
/// Goal: linear growth, i.e. 100,000 rules take at most 12 times as long as 10,000.
/// </summary>
[MemoryDiagnoser]
public class PolicyPipelineBenchmarks
{
    private IpsecPolicy _policy = null!;

    /// <summary>Connection security rules in the policy.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup() => _policy = CreateBuilder(Rules).Build();

    [Benchmark(Description = "build + evaluate + export")]
    public int Pipeline()
    {
        var policy = CreateBuilder(Rules).Build();
        var findings = BaselineEvaluator.Evaluate(policy, BaselinePack.Bsi);
        return Export(policy) + findings.Count;
    }

    [Benchmark(Description = "build")]
    public IpsecPolicy Build() => CreateBuilder(Rules).Build();

    [Benchmark(Description = "evaluate (bsi)")]
    public int Evaluate() => BaselineEvaluator.Evaluate(_policy, BaselinePack.Bsi).Count;

    [Benchmark(Description = "export PowerShell (streamed)")]
    public int Export() => Export(_policy);

    // Streams the script through a UTF-8 writer into a null stream: what saving it to a file costs, minus the disk.
    private static int Export(IpsecPolicy policy)
    {
        using var writer = new StreamWriter(Stream.Null, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        PowerShellScriptWriter.Write(policy, writer);
        return policy.Rules.Count;
    }

    /// <summary>A server-isolation policy with one rule per port/peer pair, a tenth of them weakened.</summary>
    internal static IpsecPolicyBuilder CreateBuilder(int rules)
    {
        var builder = IpsecPolicy.Create("Benchmark.Isolation");
        for (var i = 0; i < rules; i++)
        {
            var index = i;
            builder.AddRule("rule-" + index, rule =>
            {
                rule.Tcp()
                    .WithLocalPorts(1024 + (index % 60_000))
                    .WithRemoteAddresses(FormattableString.Invariant($"10.{index / 65_536 % 256}.{index / 256 % 256}.{index % 256}"))
                    .AuthenticateWithCertificate("DC=com, DC=contoso, CN=Contoso Issuing CA 1");
                if (index % 10 == 0)
                {
                    rule.UseQuickMode(q => q.AddEspProposal(Integrity.Sha1, Encryption.Aes128).WithPfs(PfsGroup.Dh14));
                }
            });
        }

        return builder;
    }
}
