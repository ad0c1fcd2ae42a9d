using System.Linq;
using IpsecSdk.Export.Netsh;

namespace IpsecSdk.Tests.Export.Netsh
{
    /// <summary>Representative policies and helpers for the netsh export tests.</summary>
    internal static class NetshTestPolicies
    {
        internal const string Ca = "CN=Contoso Root CA";

        /// <summary>One server-isolation rule with the SDK's secure defaults and certificate authentication.</summary>
        internal static IpsecPolicy ServerIsolation() => IpsecPolicy.Create("Contoso IPsec")
            .AddRule("srv", r => r.WithDisplayName("Server isolation").WithRemoteAddresses("10.0.0.0/24").Tcp().WithLocalPorts(443)
                .AuthenticateWithCertificate(Ca))
            .Build();

        /// <summary>The policy with its single rule replaced by <paramref name="rule"/> (bypasses builder validation for hostile input).</summary>
        internal static IpsecPolicy WithRule(ConnectionSecurityRule rule) => ServerIsolation() with { Rules = ValueList.Of(rule) };

        internal static ConnectionSecurityRule Rule => ServerIsolation().Rules[0];

        /// <summary>The <c>consec add rule</c> lines of a script.</summary>
        internal static string[] AddLines(NetshScript script) =>
            Lines(script).Where(l => l.StartsWith("netsh advfirewall consec add rule ", System.StringComparison.Ordinal)).ToArray();

        /// <summary>Exports <paramref name="policy"/> and returns its only <c>consec add rule</c> line.</summary>
        internal static string SingleAddLine(IpsecPolicy policy) => Xunit.Assert.Single(AddLines(NetshScriptWriter.Write(policy)));

        internal static string[] Lines(NetshScript script) => script.Script.Split("\r\n");

        /// <summary>The <c>key=value</c> tokens of a command line, split on spaces outside double quotes.</summary>
        internal static string[] Tokens(string line)
        {
            var tokens = new System.Collections.Generic.List<string>();
            var current = new System.Text.StringBuilder();
            var quoted = false;
            foreach (var c in line)
            {
                if (c == '"')
                {
                    quoted = !quoted;
                }
                if (c == ' ' && !quoted)
                {
                    tokens.Add(current.ToString());
                    current.Clear();
                    continue;
                }
                current.Append(c);
            }
            tokens.Add(current.ToString());
            return tokens.Where(t => t.Length > 0).ToArray();
        }

        internal static string? Parameter(string line, string key) =>
            Tokens(line).Where(t => t.StartsWith(key + "=", System.StringComparison.Ordinal)).Select(t => t.Substring(key.Length + 1)).SingleOrDefault();
    }
}
