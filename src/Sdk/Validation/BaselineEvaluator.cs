using System;
using System.Collections.Generic;
using System.Linq;
using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// Judges a policy against a security baseline (IPSEC0xx). Every verdict comes from
    /// <see cref="BaselineCatalogue"/>, the same rows the Roslyn analyzers use, so run time and compile time agree.
    /// Findings carry the pack's severity (never <see cref="Verdict.Ok"/>), the row's message and source, and the
    /// path of the offending field.
    /// </summary>
    /// <remarks>
    /// <para>Exemption rules (None/None) carry no crypto or authentication and are not judged.</para>
    /// <para>Rules are judged at their effective protection requirement, the higher of the rule's and the policy's
    /// (<see cref="IpsecPolicy.EffectiveProtection"/>).</para>
    /// <para>Global settings: certificate revocation checking (IPSEC011) and <c>NoDefaultExempt</c> (IPSEC016) are
    /// judged only when the policy sets <see cref="IpsecPolicy.Settings"/>; with null settings the machine's values
    /// are unknown and nothing is guessed.</para>
    /// <para>IPSEC014 (anonymous as the only computer authentication) is reported here only when phase 2 authenticates
    /// users; without phase 2 it is a validity error of <see cref="PolicyValidator"/> (every pack forbids it) and is not
    /// reported twice. <see cref="KeyModule.Default"/> is judged as the catalogue judges it (not IKEv1).</para>
    /// <para>The builder's default policy (certificate authentication only) is clean under every pack except one
    /// documented info item under CNSA: AES-256 in main mode (IPSEC002), since Windows main mode has no AES-GCM.</para>
    /// <para>A policy Windows would reject (IPSEC1xx, unknown enum values, nulls) is refused with
    /// <see cref="PolicyValidationException"/> (<see cref="PolicyGate"/>), so "evaluate, no findings, export" never passes an
    /// invalid policy on.</para>
    /// </remarks>
    public static class BaselineEvaluator
    {
        /// <summary>The security findings of the whole policy under <paramref name="pack"/>, in rule order.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
        /// <exception cref="PolicyValidationException">The policy is one <c>Build()</c> would refuse; every problem is listed.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="pack"/> is not a known pack.</exception>
        public static IReadOnlyList<Finding> Evaluate(IpsecPolicy policy, BaselinePack pack)
        {
            var verdicts = Start(policy, pack);
            var rules = policy.Rules ?? ValueList<ConnectionSecurityRule>.Empty;
            for (var i = 0; i < rules.Count; i++)
            {
                EvaluateRule(verdicts, policy, i);
            }

            EvaluateSettings(verdicts, policy, rules.Where(r => r != null));
            return verdicts.Findings;
        }

        /// <summary>
        /// The security findings of one rule (<c>policy.Rules[ruleIndex]</c>), including the global settings that
        /// concern it; paths are the same as in <see cref="Evaluate(IpsecPolicy, BaselinePack)"/>.
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="ruleIndex"/> or <paramref name="pack"/> is out of range.</exception>
        public static IReadOnlyList<Finding> EvaluateRule(IpsecPolicy policy, int ruleIndex, BaselinePack pack)
        {
            var verdicts = Start(policy, pack);
            var rules = policy.Rules ?? ValueList<ConnectionSecurityRule>.Empty;
            if (ruleIndex < 0 || ruleIndex >= rules.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(ruleIndex), ruleIndex, "The policy has " + rules.Count + " rules; give an index 0.." + (rules.Count - 1) + ".");
            }

            EvaluateRule(verdicts, policy, ruleIndex);
            EvaluateSettings(verdicts, policy, rules[ruleIndex] is null ? Enumerable.Empty<ConnectionSecurityRule>() : new[] { rules[ruleIndex] });
            return verdicts.Findings;
        }

        private static VerdictCollector Start(IpsecPolicy policy, BaselinePack pack)
        {
            PolicyGate.EnsureValid(policy);
            if (!Known.Is(pack))
            {
                throw new ArgumentOutOfRangeException(nameof(pack), pack, "Known packs: " + string.Join(", ", BaselinePacks.Names) + ".");
            }

            return new VerdictCollector(pack);
        }

        private static void EvaluateRule(VerdictCollector verdicts, IpsecPolicy policy, int index)
        {
            var rule = policy.Rules[index];
            if (rule is null || rule.IsExemption)
            {
                return;
            }

            var rulePath = PolicyPath.Rule(index);
            var protection = policy.EffectiveProtection(rule);
            CryptoEvaluation.EvaluateMainMode(verdicts, rule.MainMode, protection, PolicyPath.Member(rulePath, "mainMode"));
            CryptoEvaluation.EvaluateQuickMode(verdicts, rule.QuickMode, rule.MainMode, PolicyPath.Member(rulePath, "quickMode"));
            ProtectionEvaluation.Evaluate(verdicts, rule, protection, rulePath);
            AuthenticationEvaluation.Evaluate(verdicts, rule, rulePath);
        }

        private static void EvaluateSettings(VerdictCollector verdicts, IpsecPolicy policy, IEnumerable<ConnectionSecurityRule> rules)
        {
            var settings = policy.Settings;
            if (settings is null)
            {
                return;
            }

            var list = rules.ToList();
            if (list.Any(AuthenticationEvaluation.UsesCertificates) && Known.Is(settings.CertValidationLevel))
            {
                verdicts.Add(BaselineCatalogue.RevocationChecking(settings.CertValidationLevel), "settings.certValidationLevel");
            }

            if (!settings.NoDefaultExempt && list.Any(AuthenticationEvaluation.UsesKerberos))
            {
                verdicts.Add(BaselineCatalogue.KerberosExempt, "settings.noDefaultExempt");
            }
        }
    }
}
