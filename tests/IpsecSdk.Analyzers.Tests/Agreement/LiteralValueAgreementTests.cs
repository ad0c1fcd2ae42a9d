using System.Collections.Generic;
using System.Threading.Tasks;
using IpsecSdk.Catalogue;
using Xunit;

namespace IpsecSdk.Analyzers.Tests.Agreement
{
    /// <summary>
    /// The agreement for literal values: an authorization list (IPSEC115), a security pair (IPSEC118) or an empty key or CA
    /// name (IPSEC116) the analyzers flag is one <c>Build()</c> rejects with the same ID, and the other way round. The
    /// analyzers use the validator's own parsers (<c>SddlLiteral</c>, linked in), so this guards the wiring.
    /// </summary>
    public sealed class LiteralValueAgreementTests
    {
        [Fact]
        public async Task Analyzer_flags_exactly_the_authorization_lists_Build_rejects()
        {
            var lists = new[]
            {
                "D:(A;;CC;;;DC)", "O:LSD:(A;;CC;;;DU)", "D:(A;;CC;;;S-1-5-21-1-2-3-512)", "D:PAI(A;OICI;GA;;;BA)", "D:",
                "", "Domain Computers", "garbage", "O:BA", "D:(A;;CC;;DC)", "D:(A;;CC;;;XY)", "D:(XA;;CC;;;WD;(Member_of {SID(BA)}))",
            };
            var calls = new List<string>();
            for (var i = 0; i < lists.Length; i++)
            {
                var method = i % 2 == 0 ? "AuthorizeMachines" : "AuthorizeUsers";
                calls.Add(".AddRule(\"r" + i + "\", r => r.AuthenticateWithCertificate(\"CN=ca\")." + method + "(\"" + lists[i] + "\"))");
            }

            var (mismatches, judged) = await RuleByRuleComparison.CompareAsync(calls, new HashSet<string> { RuleIds.InvalidAuthorization }, _ => true, presenceOnly: false);

            Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
            Assert.Equal(7, judged);
        }

        [Fact]
        public async Task Analyzer_flags_exactly_the_security_pairs_and_missing_literals_Build_rejects()
        {
            var actions = new[] { "None", "Request", "Require" };
            var calls = new List<string>();
            foreach (var inbound in actions)
            {
                foreach (var outbound in actions)
                {
                    calls.Add(".AddRule(\"" + inbound + outbound + "\", r => r.WithSecurity(SecurityAction." + inbound + ", SecurityAction." + outbound + ").AuthenticateWithCertificate(\"CN=ca\"))");
                }
            }

            calls.Add(".AddRule(\"k\", r => r.UseKeyModule(KeyModule.IkeV1).AuthenticateWithPresharedKey(\"\"))");
            calls.Add(".AddRule(\"c\", r => r.AuthenticateWithCertificate(\"\"))");

            var (mismatches, judged) = await RuleByRuleComparison.CompareAsync(calls, new HashSet<string> { RuleIds.InvalidSecurityCombination, RuleIds.MissingPart }, _ => true, presenceOnly: false);

            Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
            Assert.Equal(5, judged); // Request/Require, None/Request, None/Require, the empty key, the empty CA name
        }
    }
}
