using System.Collections.Generic;
using System.Threading.Tasks;
using IpsecSdk.Catalogue;
using Xunit;

namespace IpsecSdk.Analyzers.Tests.Agreement
{
    /// <summary>
    /// The validity side of the agreement for names and IDs (IPSEC113): a rule ID or display name the analyzers flag is one
    /// <c>Build()</c> rejects, and the other way round — blank, <c>|</c>, the reserved <c>all</c>, the 511-character rule ID
    /// and the 254-character main-mode set ID the builder derives from it (unless the rule takes a ready-made set).
    /// </summary>
    public sealed class NameAgreementTests
    {
        [Fact]
        public async Task Analyzer_flags_exactly_the_rule_ids_and_display_names_Build_rejects()
        {
            const string Auth = "r => r.AuthenticateWithCertificate(\"CN=ca\")";
            var calls = new List<string>
            {
                ".AddRule(\"web\", " + Auth + ")",
                ".AddRule(\"\", " + Auth + ")",
                ".AddRule(\"  \", " + Auth + ")",
                ".AddRule(\"a|b\", " + Auth + ")",
                ".AddRule(\"all\", " + Auth + ")",
                ".AddRule(\"" + new string('a', 511) + "\", r => r.AuthenticateWithCertificate(\"CN=ca\").UseMainMode(Shared))",
                ".AddRule(\"" + new string('b', 512) + "\", r => r.AuthenticateWithCertificate(\"CN=ca\").UseMainMode(Shared))",
                ".AddRule(\"" + new string('c', 245) + "\", " + Auth + ")",
                ".AddRule(\"" + new string('d', 246) + "\", " + Auth + ")",
                ".AddRule(\"" + new string('e', 246) + "\", r => r.AuthenticateWithCertificate(\"CN=ca\").UseMainMode(Shared))",
                ".AddRule(\"n1\", r => r.AuthenticateWithCertificate(\"CN=ca\").WithDisplayName(\"ALL \"))",
                ".AddRule(\"n2\", r => r.AuthenticateWithCertificate(\"CN=ca\").WithDisplayName(\"x|y\"))",
                ".AddRule(\"n3\", r => r.AuthenticateWithCertificate(\"CN=ca\").WithDisplayName(\"\"))",
                ".AddRule(\"n4\", r => r.AuthenticateWithCertificate(\"CN=ca\").WithDisplayName(\"" + new string('n', 10000) + "\"))",
                ".AddRule(\"n5\", r => r.AuthenticateWithCertificate(\"CN=ca\").WithDisplayName(\"Contoso web servers\"))",
            };

            const string Shared = "    private static readonly MainModeCryptoSet Shared = new MainModeCryptoSet { Id = \"shared.mm\", DisplayName = \"shared\" };\n";
            var (mismatches, judged) = await RuleByRuleComparison.CompareAsync(calls, new HashSet<string> { RuleIds.InvalidName }, _ => true, presenceOnly: true, Shared);

            Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
            Assert.True(judged >= 9, "Too few name findings (" + judged + ") for the cases to mean anything.");
        }
    }
}
