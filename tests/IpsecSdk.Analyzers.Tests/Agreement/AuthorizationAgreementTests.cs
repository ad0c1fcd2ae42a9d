using System.Collections.Generic;
using System.Threading.Tasks;
using IpsecSdk.Catalogue;
using Xunit;

namespace IpsecSdk.Analyzers.Tests.Agreement
{
    /// <summary>
    /// The agreement for authorization lists (IPSEC115): an SDDL literal the analyzers flag is one <c>Build()</c> rejects,
    /// and the other way round. Both use <c>SddlLiteral</c> (linked into the analyzers), so this guards the wiring.
    /// </summary>
    public sealed class AuthorizationAgreementTests
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
    }
}
