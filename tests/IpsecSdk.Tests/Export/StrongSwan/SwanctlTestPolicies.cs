using System;
using System.Linq;
using System.Text.RegularExpressions;
using IpsecSdk.Export.StrongSwan;

namespace IpsecSdk.Tests.Export.StrongSwan
{
    internal static class SwanctlTestPolicies
    {
        internal const string Ca = "CN=Contoso Root CA";

        /// <summary>A transport-mode web rule with the SDK's secure defaults and IKEv2 certificate authentication.</summary>
        internal static ConnectionSecurityRule Rule => IpsecPolicy.Create("g")
            .AddRule("web", r => r.WithLocalAddresses("10.0.0.5").WithRemoteAddresses("10.0.1.0/24").Tcp().WithLocalPorts(443).AuthenticateWithCertificate(Ca))
            .Build().Rules[0];

        internal static IpsecPolicy Policy(params ConnectionSecurityRule[] rules) => new IpsecPolicy { Group = "g", Rules = ValueList.Of(rules) };

        internal static SwanctlConfig Write(ConnectionSecurityRule rule, SwanctlExportOptions? options = null) => SwanctlConfigWriter.Write(Policy(rule), options);

        /// <summary>The value of <c>key = value</c> lines in the config (all occurrences, in order).</summary>
        internal static string[] Values(SwanctlConfig config, string key) =>
            Regex.Matches(config.Config, "^ *" + Regex.Escape(key) + " = (.*)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();

        internal static string Value(SwanctlConfig config, string key) => Values(config, key).Single();
    }
}
