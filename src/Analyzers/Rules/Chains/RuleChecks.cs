using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using IpsecSdk.Analyzers.Infrastructure;
using IpsecSdk.Catalogue;
using IpsecSdk.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace IpsecSdk.Analyzers.Rules.Chains
{
    /// <summary>The checks that need several calls of one rule chain together.</summary>
    internal static class RuleChecks
    {
        /// <summary>
        /// Runs every rule-chain check; <paramref name="policyRequirement"/> is null when the policy's requirement is unknown.
        /// A rule without any authentication is reported at <paramref name="addRule"/>, its <c>AddRule(id, r => ...)</c> call.
        /// </summary>
        [MethodImpl(Hot.Path)]
        public static void Run(RuleFacts rule, IInvocationOperation addRule, ProtectionRequirement? policyRequirement, BaselinePack pack, Action<Diagnostic> report)
        {
            var requirement = Effective(rule.Requirement, policyRequirement);
            ClearTextFallback(rule, requirement, pack, report);
            MasterKeyPfs(rule, requirement, pack, report);
            if (!rule.Exemption)
            {
                KerberosOutsideDomain(rule, pack, report);
                AnonymousOnly(rule, pack, report);
                NoAuthentication(rule, addRule, pack, report);
                KeyModuleAgainstAuthentication(rule, report);
                PskWithNtlm(rule, report);
            }

            PortsWithoutTcpUdp(rule, report);
            PortRanges(rule, report);
            Tunnel(rule, report);
        }

        /// <summary>The stricter of two requirements, or null when either is unknown.</summary>
        public static ProtectionRequirement? Effective(ProtectionRequirement? rule, ProtectionRequirement? policy) =>
            rule == null || policy == null ? (ProtectionRequirement?)null : rule > policy ? rule : policy;

        private static void ClearTextFallback(RuleFacts rule, ProtectionRequirement? requirement, BaselinePack pack, Action<Diagnostic> report)
        {
            if (requirement == null || !EnumValues<ProtectionRequirement>.IsDefined((long)requirement.Value))
            {
                return;
            }

            var entry = BaselineCatalogue.RequestMode(requirement.Value, rule.BoundaryZone ? IsolationZone.Boundary : IsolationZone.Isolated);
            foreach (var call in rule.RequestMethods)
            {
                var properties = IpsecCompilation.Properties(pack, nameof(ChoiceKind.SecurityAction), DiagnosticProperties.ShapeMethod);
                properties[DiagnosticProperties.SuggestedMethod] = "RequireInboundAndOutbound";
                Report.IfAny(report, ChoiceJudge.Security(entry, pack, OperationHelpers.NameLocation(call), Declared(properties, rule.BoundaryZone), "Require"));
            }

            foreach (var value in rule.RequestValues)
            {
                var properties = IpsecCompilation.Properties(pack, nameof(ChoiceKind.SecurityAction), DiagnosticProperties.ShapeValue);
                Report.IfAny(report, ChoiceJudge.Security(entry, pack, value.Source.GetLocation(), Declared(properties, rule.BoundaryZone), "Require"));
            }
        }

        // A declared boundary zone's request mode is intended: the finding says so, and no fix rewrites it.
        internal static System.Collections.Immutable.ImmutableDictionary<string, string?>.Builder Declared(System.Collections.Immutable.ImmutableDictionary<string, string?>.Builder properties, bool boundaryZone)
        {
            if (boundaryZone)
            {
                properties[DiagnosticProperties.Intent] = nameof(IsolationZone.Boundary);
            }

            return properties;
        }

        private static void MasterKeyPfs(RuleFacts rule, ProtectionRequirement? requirement, BaselinePack pack, Action<Diagnostic> report)
        {
            if (requirement == null || !EnumValues<ProtectionRequirement>.IsDefined((long)requirement.Value))
            {
                return;
            }

            foreach (var value in rule.MasterKeyPfsOff)
            {
                var properties = IpsecCompilation.Properties(pack, "MaxSessions", DiagnosticProperties.ShapeValue);
                Report.IfAny(report, ChoiceJudge.Security(BaselineCatalogue.MasterKeyPfsOff(requirement.Value), pack, value.Source.GetLocation(), properties, "1"));
            }
        }

        private static void KerberosOutsideDomain(RuleFacts rule, BaselinePack pack, Action<Diagnostic> report)
        {
            // Tunnel rules reach their peers through the remote tunnel endpoints, as the evaluator judges them.
            var remotes = rule.Tunnels.Count > 0 ? rule.RemoteTunnelEndpoints : rule.RemoteAddresses;
            if (!remotes.Any(AddressScope.IsOutside))
            {
                return;
            }

            foreach (var call in rule.MachineKerberos.Concat(rule.UserKerberos))
            {
                Report.IfAny(report, ChoiceJudge.Security(BaselineCatalogue.KerberosOutsideDomain, pack, OperationHelpers.NameLocation(call), IpsecCompilation.Properties(pack, nameof(ChoiceKind.AuthenticationMethod), DiagnosticProperties.ShapeMethod), null));
            }
        }

        private static void AnonymousOnly(RuleFacts rule, BaselinePack pack, Action<Diagnostic> report)
        {
            var others = rule.MachineKerberos.Count + rule.PresharedKeys.Count + rule.MachineNtlm.Count + rule.Certificates.Count(c => c.TargetMethod.Name == "AuthenticateWithCertificate");
            if (rule.SharedPhase1 || others > 0 || rule.Anonymous.Count == 0)
            {
                return;
            }

            foreach (var call in rule.Anonymous)
            {
                Report.IfAny(report, ChoiceJudge.Security(BaselineCatalogue.AnonymousOnly, pack, OperationHelpers.NameLocation(call), IpsecCompilation.Properties(pack, nameof(ChoiceKind.AuthenticationMethod), DiagnosticProperties.ShapeMethod), null));
            }
        }

        // As Phase1AuthenticationRules: a protected rule without any phase-1 authentication has no safe default.
        private static void NoAuthentication(RuleFacts rule, IInvocationOperation addRule, BaselinePack pack, Action<Diagnostic> report)
        {
            var phase1 = rule.MachineKerberos.Count + rule.PresharedKeys.Count + rule.MachineNtlm.Count + rule.Anonymous.Count + rule.Certificates.Count(c => c.TargetMethod.Name == "AuthenticateWithCertificate");
            if (!rule.FullyVisible || rule.SecurityUnknown || rule.SharedPhase1 || phase1 > 0)
            {
                return;
            }

            var properties = IpsecCompilation.Properties(pack, nameof(ChoiceKind.AuthenticationMethod), DiagnosticProperties.ShapeMethod);
            var entry = BaselineCatalogue.AnonymousOnly;
            Report.IfAny(report, Report.Security(entry, entry.For(pack), pack, OperationHelpers.NameLocation(addRule), properties.ToImmutable(),
                "The rule has no phase-1 authentication and there is no safe default: call AuthenticateWithCertificate(\"CN=Your CA\") (recommended), AuthenticateWithKerberos() inside one Active Directory forest, or another method."));
        }

        // As PortRules: New-NetIPsecRule accepts port ranges only when both directions are None (exemptions).
        private static void PortRanges(RuleFacts rule, Action<Diagnostic> report)
        {
            if (rule.Exemption || rule.SecurityUnknown)
            {
                return;
            }

            foreach (var call in rule.PortCalls)
            {
                var local = call.TargetMethod.Name == "WithLocalPorts";
                foreach (var leaf in RuleFacts.StringLeaves(call, System.Threading.CancellationToken.None))
                {
                    if (leaf.Value is string text && PortLiteral.Parse(text, local, out _) is PortLiteral literal && literal.IsRange)
                    {
                        report(Report.Validity(Descriptors.InvalidAddressOrPort, leaf.Source.GetLocation(), "The port range '" + text + "' is allowed only on exemption rules (DoNotSecure); list the ports one by one."));
                    }
                }
            }
        }

        private static void KeyModuleAgainstAuthentication(RuleFacts rule, Action<Diagnostic> report)
        {
            // As the validator's KeyModuleRules: IKEv2 alone cannot carry phase-1 Kerberos, NTLM or PSK; phase 2 needs AuthIP (or Default).
            var nonCertificate = rule.MachineKerberos.Count + rule.PresharedKeys.Count + rule.MachineNtlm.Count;
            foreach (var module in rule.KeyModules)
            {
                if (!module.TryGetInt64(out var value))
                {
                    continue;
                }

                var keyModule = (KeyModule)value;
                if (keyModule == KeyModule.IkeV2 && nonCertificate > 0)
                {
                    report(Report.Validity(Descriptors.IkeV2Authentication, module.Source.GetLocation(), "IKEv2 as the only key module supports certificate authentication only, but this rule's phase 1 uses Kerberos, a pre-shared key or NTLM; add IkeV1/AuthIP or authenticate with certificates only."));
                }

                if (rule.HasPhase2 && keyModule != KeyModule.Default && (keyModule & KeyModule.AuthIP) == 0)
                {
                    report(Report.Validity(Descriptors.Phase2NeedsAuthIP, module.Source.GetLocation(), "Key module " + keyModule + " cannot carry the rule's second (phase-2) authentication; only AuthIP can (use KeyModule.AuthIP or Default)."));
                }
            }
        }

        private static void PskWithNtlm(RuleFacts rule, Action<Diagnostic> report)
        {
            if (rule.PresharedKeys.Count == 0 || rule.MachineNtlm.Count == 0)
            {
                return;
            }

            // Report at whichever of the two comes second: that is the call that made the set invalid.
            var all = rule.PresharedKeys.Concat(rule.MachineNtlm).OrderBy(c => OperationHelpers.NameStart(c)).ToList();
            foreach (var call in all.Skip(1))
            {
                report(Report.Validity(Descriptors.PskWithNtlm, OperationHelpers.NameLocation(call), "A phase-1 authentication set cannot offer both a pre-shared key and NTLM."));
            }
        }

        private static void PortsWithoutTcpUdp(RuleFacts rule, Action<Diagnostic> report)
        {
            if (rule.ProtocolUnknown || rule.Protocol == RuleFacts.IpProtocolsTcp || rule.Protocol == RuleFacts.IpProtocolsUdp)
            {
                return;
            }

            foreach (var call in rule.PortCalls)
            {
                var protocol = rule.Protocol == null ? "no protocol" : "protocol " + rule.Protocol;
                report(Report.Validity(Descriptors.PortsWithoutTcpUdp, OperationHelpers.NameLocation(call), "Ports need the protocol TCP or UDP, but the rule has " + protocol + "; call Tcp() or Udp()."));
            }
        }

        private static void Tunnel(RuleFacts rule, Action<Diagnostic> report)
        {
            foreach (var call in rule.Tunnels)
            {
                var problems = new List<string>();
                if (rule.Protocol != null || rule.PortCalls.Count > 0)
                {
                    problems.Add("a protocol or ports");
                }

                if (rule.RequestMethods.Count > 0 || rule.RequestValues.Count > 0)
                {
                    problems.Add("Request instead of Require");
                }

                if (problems.Count > 0)
                {
                    report(Report.Validity(Descriptors.InvalidTunnel, OperationHelpers.NameLocation(call), "A tunnel-mode rule cannot have " + string.Join(" or ", problems) + "."));
                }
            }
        }
    }
}
