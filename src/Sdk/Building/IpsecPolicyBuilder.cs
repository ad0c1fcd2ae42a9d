using System;
using System.Collections.Generic;
using System.Linq;
using IpsecSdk.Validation;

namespace IpsecSdk.Building
{
    /// <summary>
    /// Builds an <see cref="IpsecPolicy"/>. Single use: <see cref="Build"/> validates everything and either returns
    /// the immutable policy or throws one <see cref="PolicyValidationException"/> listing every problem.
    /// </summary>
    public sealed class IpsecPolicyBuilder
    {
        private readonly List<Func<ProtectionRequirement, ConnectionSecurityRule>> _rules = new List<Func<ProtectionRequirement, ConnectionSecurityRule>>();
        private IpsecPolicy _policy;
        private bool _built;

        /// <summary>Starts a policy owned by <paramref name="group"/> (see <see cref="IpsecPolicy.Group"/>).</summary>
        public IpsecPolicyBuilder(string group)
        {
            _policy = new IpsecPolicy { Group = Guard.NotNull(group, nameof(group)) };
        }

        /// <summary>Sets the BSI protection requirement of the whole policy.</summary>
        public IpsecPolicyBuilder WithProtectionRequirement(ProtectionRequirement requirement)
        {
            _policy = _policy with { ProtectionRequirement = requirement };
            return this;
        }

        /// <summary>Adds a connection security rule configured by <paramref name="configure"/>.</summary>
        public IpsecPolicyBuilder AddRule(string id, Action<ConnectionSecurityRuleBuilder> configure)
        {
            var builder = new ConnectionSecurityRuleBuilder(Guard.NotNull(id, nameof(id)));
            Guard.NotNull(configure, nameof(configure))(builder);
            _rules.Add(builder.Build);
            return this;
        }

        /// <summary>Adds a ready-made rule (validated like every other rule at <see cref="Build"/>).</summary>
        public IpsecPolicyBuilder AddRule(ConnectionSecurityRule rule)
        {
            Guard.NotNull(rule, nameof(rule));
            _rules.Add(_ => rule);
            return this;
        }

        /// <summary>Changes the global IPsec settings (secure defaults: CRL check required, NoDefaultExempt = 1).</summary>
        /// <exception cref="ArgumentException"><paramref name="configure"/> returned null (use <see cref="LeaveGlobalSettingsUnchanged"/>).</exception>
        public IpsecPolicyBuilder WithSettings(Func<GlobalIpsecSettings, GlobalIpsecSettings> configure)
        {
            var current = _policy.Settings ?? new GlobalIpsecSettings();
            // null would silently drop the secure defaults: leaving the machine's settings alone has its own, visible call.
            var settings = Guard.NotNull(configure, nameof(configure))(current)
                ?? throw new ArgumentException("WithSettings: the function returned null; return the settings (e.g. s => s with { ... }), or call LeaveGlobalSettingsUnchanged() to leave the machine's settings alone.", nameof(configure));
            _policy = _policy with { Settings = settings };
            return this;
        }

        /// <summary>Leaves the machine's global IPsec settings as they are.</summary>
        public IpsecPolicyBuilder LeaveGlobalSettingsUnchanged()
        {
            _policy = _policy with { Settings = null };
            return this;
        }

        /// <summary>Validates and returns the policy.</summary>
        /// <exception cref="PolicyValidationException">The policy breaks Windows' validity rules; every problem is listed.</exception>
        /// <exception cref="InvalidOperationException">The builder was already used.</exception>
        public IpsecPolicy Build()
        {
            var policy = Assemble();
            var errors = PolicyValidator.Validate(policy);
            if (errors.Count > 0)
            {
                throw new PolicyValidationException(errors);
            }

            return policy;
        }

        /// <summary>Validates without throwing: the policy when valid, otherwise null and the findings.</summary>
        public IpsecPolicy? TryBuild(out IReadOnlyList<Finding> findings)
        {
            var policy = Assemble();
            findings = PolicyValidator.Validate(policy);
            return findings.Count == 0 ? policy : null;
        }

        private IpsecPolicy Assemble()
        {
            if (_built)
            {
                throw new InvalidOperationException("This IpsecPolicyBuilder has already built its policy; start a new one with IpsecPolicy.Create(group).");
            }

            _built = true;
            var requirement = _policy.ProtectionRequirement;
            return _policy with { Rules = new ValueList<ConnectionSecurityRule>(_rules.Select(build => build(requirement))) };
        }
    }
}
