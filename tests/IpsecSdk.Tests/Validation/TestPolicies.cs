using System;
using System.Collections.Generic;
using System.Linq;
using IpsecSdk.Catalogue;
using IpsecSdk.Validation;
using Xunit;

namespace IpsecSdk.Tests.Validation
{
    /// <summary>Valid starting points and assertions shared by the validation and evaluation tests.</summary>
    internal static class TestPolicies
    {
        internal const string Ca = "CN=Contoso Root CA, DC=contoso, DC=com";

        /// <summary>The builder's default rule with certificate authentication: valid and clean.</summary>
        internal static ConnectionSecurityRule CertificateRule(string id = "r1") =>
            IpsecPolicy.Create("Test").AddRule(id, r => r.AuthenticateWithCertificate(Ca)).Build().Rules[0];

        internal static IpsecPolicy Policy(params ConnectionSecurityRule[] rules) => new IpsecPolicy { Group = "Test", Rules = rules };

        /// <summary>Validates a policy holding the certificate rule changed by <paramref name="change"/>.</summary>
        internal static IReadOnlyList<Finding> ValidateRule(Func<ConnectionSecurityRule, ConnectionSecurityRule> change) =>
            PolicyValidator.Validate(Policy(change(CertificateRule())));

        internal static QuickModeCryptoSet QuickMode(params QuickModeProposal[] proposals) =>
            CertificateRule().QuickMode! with { Proposals = proposals };

        internal static MainModeCryptoSet MainMode(params MainModeProposal[] proposals) =>
            CertificateRule().MainMode with { Proposals = proposals };

        internal static Phase1AuthenticationSet Phase1(params AuthenticationProposal[] proposals) =>
            new Phase1AuthenticationSet { Id = "p1", DisplayName = "p1", Proposals = proposals };

        internal static Phase2AuthenticationSet Phase2(params AuthenticationProposal[] proposals) =>
            new Phase2AuthenticationSet { Id = "p2", DisplayName = "p2", Proposals = proposals };

        internal static AuthenticationProposal Certificate(AuthenticationMethod method = AuthenticationMethod.MachineCertificate) =>
            new AuthenticationProposal { Method = method, CertificateAuthority = Ca };

        internal static AuthenticationProposal Method(AuthenticationMethod method) =>
            method == AuthenticationMethod.PresharedKey ? new AuthenticationProposal { Method = method, PresharedKey = "secret" } : new AuthenticationProposal { Method = method };

        /// <summary>Asserts one finding with the rule ID at the path, and that its message holds every fragment.</summary>
        internal static Finding AssertFinding(IReadOnlyList<Finding> findings, string ruleId, string path, params string[] fragments)
        {
            var matches = findings.Where(f => f.RuleId == ruleId && f.Path == path).ToList();
            Assert.True(matches.Count == 1, "Expected one " + ruleId + " at " + path + "; got:" + Environment.NewLine + string.Join(Environment.NewLine, findings));
            foreach (var fragment in fragments)
            {
                Assert.Contains(fragment, matches[0].Message, StringComparison.Ordinal);
            }

            Assert.Equal(Verdict.Error, matches[0].Severity);
            return matches[0];
        }

        /// <summary>Asserts the findings are exactly one, with this rule ID and path.</summary>
        internal static Finding AssertOnly(IReadOnlyList<Finding> findings, string ruleId, string path, params string[] fragments)
        {
            var finding = AssertFinding(findings, ruleId, path, fragments);
            Assert.True(findings.Count == 1, "Expected only " + ruleId + "; got:" + Environment.NewLine + string.Join(Environment.NewLine, findings));
            return finding;
        }
    }
}
