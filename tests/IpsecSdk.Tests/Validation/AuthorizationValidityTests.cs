using IpsecSdk.Catalogue;
using IpsecSdk.Validation;
using Xunit;
using static IpsecSdk.Tests.Validation.TestPolicies;

namespace IpsecSdk.Tests.Validation
{
    /// <summary>
    /// Authorization lists (IPSEC115) against the SDDL grammar of [MS-DTYP] 2.5.1.1 and the Win32 "ACE Strings" page: the
    /// forms Microsoft documents pass; everything else is refused with the offending part named.
    /// </summary>
    public class AuthorizationValidityTests
    {
        [Theory]
        [InlineData("D:(A;;CC;;;DC)")] // the domain computers, as New-NetIPsecRule -Machine takes it
        [InlineData("O:LSD:(A;;CC;;;DU)")] // owner Local Service, as Windows writes these lists itself
        [InlineData("D:(A;;CC;;;S-1-5-21-1004336348-1177238915-682003330-512)")]
        [InlineData("O:BAG:SYD:PAI(A;OICI;GA;;;BA)(D;;0x1;;;WD)")]
        [InlineData("D:(OA;;CR;ab721a53-1e2f-11d0-9819-00aa0040529b;;AU)S:(AU;SA;GA;;;WD)")]
        [InlineData("D:")] // an empty DACL authorizes nobody: strict, but what it says
        public void Documented_forms_are_accepted(string sddl)
        {
            Assert.Null(SddlLiteral.Problem(sddl));
            Assert.Empty(ValidateRule(r => r with { RequireAuthorization = true, AuthorizedMachinesSddl = sddl, AuthorizedUsersSddl = sddl }));
        }

        [Theory]
        [InlineData("", "it is empty")]
        [InlineData("not sddl", "blank or control character at position 3")]
        [InlineData("garbage", "'garbage' at position 0 does not start a component")]
        [InlineData("O:BA", "no DACL (D:...)")]
        [InlineData("D:(A;;CC;;;DC", "not closed with ')'")]
        [InlineData("D:(A;;CC;;DC)", "has 5 fields")]
        [InlineData("D:(Q;;CC;;;DC)", "'Q' in the ACE at position 2 is not an ACE type")]
        [InlineData("D:(A;XX;CC;;;DC)", "'XX' in the ACE at position 2 is not a string of ACE flags")]
        [InlineData("D:(A;;ZZ;;;DC)", "'ZZ' in the ACE at position 2 is not access rights")]
        [InlineData("D:(A;;CC;not-a-guid;;DC)", "'not-a-guid' in the ACE at position 2 is not a GUID")]
        [InlineData("D:(A;;CC;;;Domain Computers)", "blank or control character")]
        [InlineData("D:(A;;CC;;;XY)", "the account 'XY' in the ACE at position 2 is not a SID")]
        [InlineData("D:(A;;CC;;;S-1-5-)", "is not a SID")]
        [InlineData("D:(XA;;CC;;;WD;(Member_of{SID(BA)}))", "conditional or resource attribute")]
        [InlineData("D:(A;;CC;;;DC)O:BA", "component O: at position 14 is repeated or out of order")]
        [InlineData("D:(A;;CC;;;DC)D:(A;;CC;;;DU)", "repeated or out of order")]
        [InlineData("D:(A;;CC;;;DC)\n}; Stop-Computer", "control character at position 14")]
        public void Other_texts_are_refused_with_the_offending_part(string sddl, string fragment)
        {
            var finding = AssertOnly(ValidateRule(r => r with { RequireAuthorization = true, AuthorizedUsersSddl = sddl }), RuleIds.InvalidAuthorization, "rules[0].authorizedUsersSddl", fragment);

            Assert.StartsWith("rules[0].authorizedUsersSddl is not an authorization list Windows can apply: ", finding.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void The_global_lists_are_checked_by_their_paths()
        {
            var policy = Policy(CertificateRule()) with
            {
                Settings = new GlobalIpsecSettings
                {
                    RemoteMachineTunnelAuthorizationList = "garbage",
                    RemoteUserTunnelAuthorizationList = "",
                    RemoteMachineTransportAuthorizationList = "O:LS",
                    RemoteUserTransportAuthorizationList = "D:(A;;CC;;;DU)",
                },
            };

            var findings = PolicyValidator.Validate(policy);

            AssertFinding(findings, RuleIds.InvalidAuthorization, "settings.remoteMachineTunnelAuthorizationList", "does not start a component");
            AssertFinding(findings, RuleIds.InvalidAuthorization, "settings.remoteUserTunnelAuthorizationList", "it is empty");
            AssertFinding(findings, RuleIds.InvalidAuthorization, "settings.remoteMachineTransportAuthorizationList", "no DACL");
            Assert.Equal(3, findings.Count);
        }

        [Fact]
        public void The_builder_refuses_what_it_cannot_apply()
        {
            var refused = Assert.Throws<PolicyValidationException>(() =>
                IpsecPolicy.Create("g").AddRule("r", r => r.AuthenticateWithCertificate(Ca).AuthorizeMachines("Domain Computers")).Build());

            Assert.Equal(RuleIds.InvalidAuthorization, Assert.Single(refused.Findings).RuleId);
        }
    }
}
