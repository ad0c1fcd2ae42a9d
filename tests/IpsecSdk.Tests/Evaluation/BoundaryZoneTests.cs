using System.Linq;
using IpsecSdk.Catalogue;
using IpsecSdk.Serialization;
using IpsecSdk.Validation;
using IpsecSdk.Windows.Mapping;
using Xunit;

namespace IpsecSdk.Tests.Evaluation
{
    /// <summary>Request mode nobody declared is a warning; a declared boundary zone (AsBoundaryZone) keeps M 5.90's remark.</summary>
    public sealed class BoundaryZoneTests
    {
        private static IpsecPolicy Policy(System.Func<Building.ConnectionSecurityRuleBuilder, Building.ConnectionSecurityRuleBuilder> configure) =>
            IpsecPolicy.Create("g").AddRule("legacy", r => configure(r.AuthenticateWithCertificate("CN=ca"))).Build();

        [Theory]
        [InlineData(BaselinePack.Default, Verdict.Warning, Verdict.Info)]
        [InlineData(BaselinePack.Bsi, Verdict.Warning, Verdict.Info)]
        [InlineData(BaselinePack.Nist, Verdict.Warning, Verdict.Info)]
        [InlineData(BaselinePack.Cnsa, Verdict.Error, Verdict.Error)]
        public void Undeclared_request_mode_is_a_warning_and_a_declared_boundary_zone_a_remark(BaselinePack pack, Verdict undeclared, Verdict declared)
        {
            var plain = BaselineEvaluator.Evaluate(Policy(r => r.RequestInboundAndOutbound()), pack).Where(f => f.RuleId == RuleIds.ClearTextFallback).ToList();
            var zone = BaselineEvaluator.Evaluate(Policy(r => r.AsBoundaryZone()), pack).Where(f => f.RuleId == RuleIds.ClearTextFallback).ToList();

            Assert.Equal(new[] { "rules[0].inboundSecurity", "rules[0].outboundSecurity" }, plain.Select(f => f.Path));
            Assert.All(plain, f => Assert.Equal(undeclared, f.Severity));
            Assert.Equal(new[] { "rules[0].inboundSecurity", "rules[0].outboundSecurity" }, zone.Select(f => f.Path));
            Assert.All(zone, f => Assert.Equal(declared, f.Severity));
        }

        [Fact]
        public void AsBoundaryZone_requests_both_ways_and_round_trips_through_json_but_not_through_a_windows_store()
        {
            var policy = Policy(r => r.AsBoundaryZone());
            var rule = policy.Rules.Single();

            Assert.Equal((IsolationZone.Boundary, SecurityAction.Request, SecurityAction.Request), (rule.Zone, rule.InboundSecurity, rule.OutboundSecurity));
            Assert.Equal(policy, IpsecJson.Deserialize(IpsecJson.Serialize(policy)));
            Assert.DoesNotContain("\"zone\"", IpsecJson.Serialize(Policy(r => r.RequestInboundAndOutbound())), System.StringComparison.Ordinal);
            Assert.Equal(IsolationZone.Isolated, CimPolicyReader.StorableForm(policy).Rules.Single().Zone);
        }

        [Fact]
        public void AsExemption_is_DoNotSecure() =>
            Assert.Equal(Policy(r => r.DoNotSecure()), IpsecPolicy.Create("g").AddRule("legacy", r => r.AsExemption()).Build());
    }
}
