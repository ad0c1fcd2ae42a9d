using System.IO;
using System.Linq;
using System.Threading.Tasks;
using IpsecSdk.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace IpsecSdk.Analyzers.Tests.Scratch
{
    public sealed class ScratchTests
    {
        private readonly ITestOutputHelper _output;
        public ScratchTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task Print()
        {
            var source = File.ReadAllText("/tmp/scratch.cs");
            var pack = File.Exists("/tmp/scratch.pack") ? File.ReadAllText("/tmp/scratch.pack").Trim() : null;
            var all = await AnalyzerRunner.RunAsync(new[] { source }, pack == null ? null : new System.Collections.Generic.Dictionary<string, string> { ["ipsec_sdk.baseline"] = pack });
            foreach (var d in all.OrderBy(d => d.Location.SourceSpan.Start))
            {
                var text = d.Location.IsInSource ? d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan) : "";
                File.AppendAllText("/tmp/scratch.out", $"{d.Id} {d.Severity} L{d.Location.GetLineSpan().StartLinePosition.Line + 1} [{text}] {d.GetMessage()} {{{string.Join(",", d.Properties.Select(p => p.Key + "=" + p.Value))}}}\n");
            }
        }
    }
}
