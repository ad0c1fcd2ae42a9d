using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using IpsecSdk.Export.StrongSwan;
using IpsecSdk.Tests.Interop;
using IpsecSdk.Validation;
using Xunit;

namespace IpsecSdk.Tests.Fuzzing
{
    /// <summary>
    /// Random text in every string parameter of the builders: <c>Build()</c> refuses it with typed findings or the policy's
    /// artifacts are read by their consumers exactly as meant (the PowerShell parser, netsh tokenisation, swanctl syntax,
    /// and strongSwan itself loading the accepted rules).
    /// </summary>
    public sealed class BuilderTextFuzzTests
    {
        /// <summary>Texts that try to break out of a literal in one of the artifact languages, plus random text.</summary>
        private static readonly Gen<string> Text = Gen.Frequency(
            (3, Gen.OneOf(
                "x'; Remove-Item C:\\ -Recurse; '", "$(Stop-Computer)", "`$HOME `n", "a\r\nb", "trap\n}\n}\nsecrets {", "\"quoted\"", "50% & more",
                "x=y,(z);", "\u2018smart\u2019", "#> <#", "a|b", "", " ", "all", "CN=A, O=\"B, C\"", "D:(A;;CC;;;DC)", "10.0.0.1", "443", "Any")),
            (2, Gen.Char["abcXYZ019 '\"$`;&(){}[]@#%^|=,.\\/-_\t\r\n\u00e9\u2019\u4e2d\0"].Array[0, 16].Select(c => new string(c))),
            (1, Gen.String[0, 24]));

        private sealed record Texts(string Group, string Id, string Name, string Description, string Address, string Port, string Ca, string Sddl, string Key);

        // Fields with a grammar get a valid value most of the time, so that policies with hostile free texts are accepted often.
        private static Gen<string> MostlyValid(params string[] valid) => Gen.Frequency((3, Gen.OneOf(valid)), (1, Text));

        // A CA name is an X.500 name: hostile text goes into it as a quoted common name, as well as raw.
        private static readonly Gen<string> CertificateAuthority = Gen.Frequency(
            (2, Gen.OneOf("CN=Contoso Root CA, DC=contoso, DC=com", "C=DE, O=IpsecSdk Interop, CN=IpsecSdk Interop CA")),
            (2, Text.Select(t => "CN=\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")),
            (1, Text));

        private static readonly Gen<Texts> Inputs = Gen.Select(
            Text.Array[5],
            CertificateAuthority,
            MostlyValid("10.0.0.0/24", "192.0.2.7", "2001:db8::1", "Any", "LocalSubnet"),
            MostlyValid("443", "8443", "80"),
            MostlyValid("D:(A;;CC;;;DC)", "O:LSD:(A;;CC;;;DU)", "D:(A;;CC;;;S-1-5-21-1-2-3-515)"),
            (t, ca, address, port, sddl) => new Texts(t[0], t[1], t[2], t[3], address, port, ca, sddl, t[4]));

        private static IpsecPolicy? BuildOrNull(Texts t)
        {
            try
            {
                return IpsecPolicy.Create(t.Group)
                    .AddRule(t.Id, r => r.WithDisplayName(t.Name).WithDescription(t.Description).WithRemoteAddresses(t.Address).Tcp().WithLocalPorts(t.Port)
                        .AuthenticateWithCertificate(t.Ca).AuthorizeMachines(t.Sddl))
                    .AddRule(t.Id + ".psk", r => r.WithDisplayName(t.Name + " (psk)").UseKeyModule(KeyModule.IkeV1).AuthenticateWithPresharedKey(t.Key))
                    .Build();
            }
            catch (PolicyValidationException refused)
            {
                Assert.NotEmpty(refused.Findings);
                Assert.All(refused.Findings, f => Assert.True(f.RuleId.StartsWith("IPSEC", StringComparison.Ordinal) && f.Path.Length > 0, f.ToString()));
                return null;
            }
        }

        [Fact]
        public void Any_text_is_refused_with_typed_findings_or_read_by_every_consumer_as_meant()
        {
            var accepted = 0;
            Inputs.Sample(texts => JsonFuzzTests.WithinHangLimit(() =>
            {
                var policy = BuildOrNull(texts);
                if (policy == null)
                {
                    return;
                }

                System.Threading.Interlocked.Increment(ref accepted);
                try
                {
                    ArtifactChecks.PowerShell(policy);
                }
                catch (ArgumentException e) when (e.Message.Contains("wildcard", StringComparison.Ordinal))
                {
                    // The one documented refusal of the PowerShell writer: a group that would make -Group a pattern.
                }

                ArtifactChecks.Netsh(policy);
                ArtifactChecks.Swanctl(policy);
            }), iter: 3000);

            Assert.True(accepted > 100, "accepted " + accepted);
        }

        [Fact]
        [Trait("Platform", "NonWindows")] // strongSwan in a Linux network namespace
        public void Linux_root_only_strongSwan_loads_exactly_the_connections_of_fuzzed_rules()
        {
            InteropHarness.EnsureStrongSwan();
            // The rules of many accepted fuzzed policies in one policy; strongSwan's own parser must load exactly the
            // connections and secrets the writer lists: no text may open, close or add a section.
            var rules = new List<ConnectionSecurityRule>();
            var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            Inputs.Sample(texts =>
            {
                var policy = BuildOrNull(texts);
                lock (rules)
                {
                    if (policy != null && rules.Count < 60 && policy.Rules.All(r => ids.Add(r.Id)))
                    {
                        rules.AddRange(policy.Rules);
                    }
                }
            }, iter: 2000, threads: 1);
            var merged = new IpsecPolicy { Group = "Fuzz", Rules = new ValueList<ConnectionSecurityRule>(rules) };
            Assert.Empty(PolicyValidator.Validate(merged));
            var config = SwanctlConfigWriter.Write(merged, new SwanctlExportOptions { Perspective = SwanctlPerspective.WindowsHost, LocalCertificate = "windows.pem", IncludePresharedKeys = true });
            Assert.True(config.Connections.Count >= 20, "too few connections to mean anything: " + config.Connections.Count);

            var output = InteropHarness.Load(config.Config);

            Assert.Contains("successfully loaded " + config.Connections.Count + " connections, 0 unloaded", output, StringComparison.Ordinal);
            var loaded = output.Split('\n').Where(l => l.StartsWith("loaded connection '", StringComparison.Ordinal)).Select(l => l.Substring(19, l.Length - 20)).ToList();
            Assert.Equal(config.Connections.OrderBy(c => c, StringComparer.Ordinal), loaded.OrderBy(c => c, StringComparer.Ordinal));
            var secretsWritten = System.Text.RegularExpressions.Regex.Matches(config.Config, @"^\s*ike-\S* \{", System.Text.RegularExpressions.RegexOptions.Multiline).Count;
            Assert.True(secretsWritten > 0, "no pre-shared key secrets written");
            Assert.Equal(secretsWritten, output.Split('\n').Count(l => l.StartsWith("loaded ike secret '", StringComparison.Ordinal)));
        }
    }
}
