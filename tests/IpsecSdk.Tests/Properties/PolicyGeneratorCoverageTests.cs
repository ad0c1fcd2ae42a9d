using System.Collections.Concurrent;
using System.Linq;
using CsCheck;
using IpsecSdk.Tests.Support;
using Xunit;

namespace IpsecSdk.Tests.Properties
{
    /// <summary>
    /// The generator is only as good as what it reaches: 500 policies (about 1,500 rules) must include every
    /// rule kind, authentication method, encapsulation and key-module choice the exporters handle.
    /// </summary>
    public sealed class PolicyGeneratorCoverageTests
    {
        [Fact]
        public void Generated_policies_reach_every_feature_the_exporters_handle()
        {
            var seen = new ConcurrentDictionary<string, bool>();
            PolicyGenerators.Policy.Sample(policy =>
            {
                seen[policy.Settings == null ? "settings:unchanged" : "settings:set"] = true;
                foreach (var rule in policy.Rules)
                {
                    seen[rule.IsExemption ? "kind:exemption" : "kind:" + rule.Mode] = true;
                    seen["keyModule:" + rule.KeyModule] = true;
                    seen["security:" + rule.InboundSecurity + "/" + rule.OutboundSecurity] = true;
                    foreach (var p in (rule.Phase1Authentication?.Proposals ?? ValueList<AuthenticationProposal>.Empty).Concat(rule.Phase2Authentication?.Proposals ?? ValueList<AuthenticationProposal>.Empty))
                    {
                        seen["auth:" + p.Method] = true;
                        seen[p.Criteria == null ? "criteria:none" : "criteria:set"] = true;
                    }

                    foreach (var q in rule.QuickMode?.Proposals ?? ValueList<QuickModeProposal>.Empty)
                    {
                        seen["encapsulation:" + q.Encapsulation] = true;
                    }

                    if (rule.QuickMode?.Id == PolicyRecipe.SharedQuickModeId)
                    {
                        seen["quickMode:shared"] = true;
                    }

                    if (rule.RemoteTunnelEndpoints.Any(e => e.Contains(':', System.StringComparison.Ordinal)))
                    {
                        seen["tunnel:IPv6"] = true;
                    }
                }
            }, iter: 500, threads: 1);

            var expected = new[]
            {
                "settings:unchanged", "settings:set", "kind:exemption", "kind:Transport", "kind:Tunnel",
                "keyModule:Default", "keyModule:IkeV1", "keyModule:AuthIP", "keyModule:IkeV2", "keyModule:IkeV1, IkeV2", "keyModule:IkeV1, AuthIP",
                "security:Require/Require", "security:Require/Request", "security:Request/Request", "security:None/None",
                "auth:MachineCertificate", "auth:MachineKerberos", "auth:MachineNtlm", "auth:PresharedKey", "auth:Anonymous",
                "auth:UserKerberos", "auth:UserNtlm", "auth:UserCertificate", "auth:MachineHealthCertificate", "criteria:none", "criteria:set",
                "encapsulation:Esp", "encapsulation:Ah", "encapsulation:AhAndEsp", "quickMode:shared", "tunnel:IPv6",
            };
            Assert.DoesNotContain(expected, e => !seen.ContainsKey(e));
        }
    }
}
