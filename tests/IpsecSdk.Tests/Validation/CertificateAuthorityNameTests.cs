using IpsecSdk.Catalogue;
using IpsecSdk.Validation;
using Xunit;
using static IpsecSdk.Tests.Validation.TestPolicies;

namespace IpsecSdk.Tests.Validation
{
    /// <summary>
    /// CA names (IPSEC113) as X.500 names in the string form of RFC 4514 and CertStrToName: the forms Microsoft's examples
    /// use pass, anything else is refused with the offending part, so no writer has to guess what a consumer makes of it.
    /// </summary>
    public class CertificateAuthorityNameTests
    {
        [Theory]
        [InlineData("CN=Contoso Root CA, DC=contoso, DC=com")]
        [InlineData("DC=com, DC=contoso, CN=Contoso Issuing CA 1")]
        [InlineData("C=US, O=MSFT, CN=\"Microsoft North, South, East, and West Root Authority\"")] // KB 949856's example
        [InlineData("CN=A \\, B; O=x+OU=y")]
        [InlineData("OID.2.5.4.3=Root; 2.5.4.10=Contoso")]
        [InlineData("CN=\"say \"\"hi\"\"\"")]
        public void X500_names_are_accepted(string ca)
        {
            Assert.Null(DistinguishedNameLiteral.Problem(ca));
        }

        [Theory]
        [InlineData("Contoso Root CA", "is not an attribute type")]
        [InlineData("[..x", "has no attribute type")]
        [InlineData("CN=", "is empty")]
        [InlineData("CN=A,", "has no attribute type")]
        [InlineData("XX=A", "'XX' at position 0 is not an attribute type")]
        [InlineData("CN=\"open", "is not closed")]
        [InlineData("CN=a\"b", "must be escaped")]
        [InlineData("CN=A|CN=B", "'|' at position 4")]
        [InlineData("CN=bad\nname", "control character at position 6")]
        [InlineData("CN=\"x\" O=y", "does not separate two name parts")]
        public void Other_texts_are_refused_with_the_offending_part(string ca, string fragment)
        {
            var finding = AssertOnly(ValidateRule(r => r with { Phase1Authentication = Phase1(Certificate() with { CertificateAuthority = ca }) }),
                RuleIds.InvalidName, "rules[0].phase1Authentication.proposals[0].certificateAuthority", fragment);

            Assert.Contains("is not an X.500 name Windows accepts", finding.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Texts_and_lists_are_bounded_by_what_windows_stores()
        {
            var longName = "CN=" + new string('a', NameLiteral.MaxStoredTextLength);
            var ekus = new string[101];
            System.Array.Fill(ekus, "1.3.6.1.5.5.7.3.1");

            AssertOnly(ValidateRule(r => r with { Phase1Authentication = Phase1(Certificate() with { CertificateAuthority = longName }) }),
                RuleIds.InvalidName, "rules[0].phase1Authentication.proposals[0].certificateAuthority", "32769 characters; at most 32766");
            AssertOnly(ValidateRule(r => r with { Phase1Authentication = Phase1(Certificate() with { Criteria = new CertificateCriteria { ExtendedKeyUsages = ekus } }) }),
                RuleIds.InvalidName, "rules[0].phase1Authentication.proposals[0].criteria.extendedKeyUsages", "lists 101 EKUs; Windows takes at most 100");
            AssertOnly(ValidateRule(r => r with { RequireAuthorization = true, AuthorizedUsersSddl = "D:" + new string('P', NameLiteral.MaxStoredTextLength) }),
                RuleIds.InvalidAuthorization, "rules[0].authorizedUsersSddl", "at most 32766");
        }
    }
}
