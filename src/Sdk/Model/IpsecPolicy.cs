using System.Linq;
using System.Text.Json.Serialization;

namespace IpsecSdk
{
    /// <summary>
    /// The aggregate: a named group of connection security rules (with their sets) and the global IPsec
    /// settings. Everything the SDK applies or exports is tagged with <see cref="Group"/>, and only objects of
    /// that group are ever replaced. Build it with <see cref="Create"/>.
    /// </summary>
    public sealed record IpsecPolicy
    {
        /// <summary>The owner group (CIM <c>RuleGroup</c>, PowerShell <c>-Group</c>) of every object of the policy.</summary>
        public string Group { get; init; } = "";

        /// <summary>Protection requirement of the whole policy; a rule may raise it for itself.</summary>
        public ProtectionRequirement ProtectionRequirement { get; init; } = ProtectionRequirement.Normal;

        /// <summary>The connection security rules, in order.</summary>
        public ValueList<ConnectionSecurityRule> Rules { get; init; } = ValueList<ConnectionSecurityRule>.Empty;

        /// <summary>The global IPsec settings (null leaves the machine's settings alone).</summary>
        /// <remarks>Written to JSON even when null: null means "leave alone", which the default (secure settings) is not.</remarks>
        [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
        public GlobalIpsecSettings? Settings { get; init; } = new GlobalIpsecSettings();

        /// <summary>Starts a policy builder for the given owner group.</summary>
        public static Building.IpsecPolicyBuilder Create(string group) => new Building.IpsecPolicyBuilder(group);

        /// <summary>The main-mode rules Windows needs for the policy, one per protected rule, in rule order.</summary>
        public ValueList<MainModeRule> GetMainModeRules() =>
            new ValueList<MainModeRule>(Rules.Where(r => !r.IsExemption).Select(MainModeRule.For));

        /// <summary>The protection requirement that applies to a rule: the higher of the rule's and the policy's.</summary>
        public ProtectionRequirement EffectiveProtection(ConnectionSecurityRule rule) =>
            rule.ProtectionRequirement > ProtectionRequirement ? rule.ProtectionRequirement : ProtectionRequirement;
    }
}
