using System;
using System.Collections.Generic;
using System.Linq;
using IpsecSdk.Export.PowerShell;
using IpsecSdk.Tests.Support;
using Xunit;

namespace IpsecSdk.Tests.Export.PowerShell
{
    /// <summary>Every enum value of the SDK maps to names the cmdlet reference accepts, and distinct values stay distinct.</summary>
    public sealed class NetSecurityValuesTests
    {
        [Fact]
        public void Algorithms_map_to_accepted_proposal_values()
        {
            AllAccepted<Encryption>(e => new[] { NetSecurityValues.Encryption(e) },
                ("New-NetIPsecMainModeCryptoProposal", "Encryption"), ("New-NetIPsecQuickModeCryptoProposal", "Encryption"));
            AllAccepted<Integrity>(i => new[] { NetSecurityValues.Integrity(i) },
                ("New-NetIPsecMainModeCryptoProposal", "Hash"), ("New-NetIPsecQuickModeCryptoProposal", "AHHash"), ("New-NetIPsecQuickModeCryptoProposal", "ESPHash"));
            AllAccepted<DiffieHellmanGroup>(g => new[] { NetSecurityValues.KeyExchange(g) }, ("New-NetIPsecMainModeCryptoProposal", "KeyExchange"));
            AllAccepted<PfsGroup>(g => new[] { NetSecurityValues.Pfs(g) }, ("New-NetIPsecQuickModeCryptoSet", "PerfectForwardSecrecyGroup"));
            AllAccepted<Encapsulation>(NetSecurityValues.Encapsulation, ("New-NetIPsecQuickModeCryptoProposal", "Encapsulation"));
        }

        [Fact]
        public void Rule_fields_map_to_accepted_rule_values()
        {
            AllAccepted<SecurityAction>(a => new[] { NetSecurityValues.Security(a) }, ("New-NetIPsecRule", "InboundSecurity"), ("New-NetIPsecRule", "OutboundSecurity"));
            AllAccepted<IpsecMode>(m => new[] { NetSecurityValues.Mode(m) }, ("New-NetIPsecRule", "Mode"));
            AllAccepted(new[] { true, false }, b => new[] { NetSecurityValues.Enabled(b) }, ("New-NetIPsecRule", "Enabled"), ("New-NetIPsecMainModeRule", "Enabled"));
            AllAccepted(AllFlagCombinations<KeyModule>(), NetSecurityValues.KeyModules, ("New-NetIPsecRule", "KeyModule"));
            AllAccepted(AllFlagCombinations<FirewallProfiles>(), NetSecurityValues.Profiles, ("New-NetIPsecRule", "Profile"), ("New-NetIPsecMainModeRule", "Profile"));
            AllAccepted(AllFlagCombinations<InterfaceTypes>(), NetSecurityValues.InterfaceTypes, ("New-NetIPsecRule", "InterfaceType"));
        }

        [Fact]
        public void Certificate_fields_map_to_accepted_auth_proposal_values()
        {
            AllAccepted<CertificateAuthorityType>(t => new[] { NetSecurityValues.AuthorityType(t) }, ("New-NetIPsecAuthProposal", "AuthorityType"));
            AllAccepted<CertificateSigning>(s => new[] { NetSecurityValues.Signing(s) }, ("New-NetIPsecAuthProposal", "Signing"));
            AllAccepted<CertificateNameType>(n => new[] { NetSecurityValues.SubjectNameType(n) }, ("New-NetIPsecAuthProposal", "SubjectNameType"));
        }

        [Fact]
        public void Global_settings_map_to_accepted_firewall_setting_values()
        {
            AllAccepted<CertValidationLevel>(l => new[] { NetSecurityValues.CertValidationLevel(l) }, ("Set-NetFirewallSetting", "CertValidationLevel"));
            AllAccepted<IpsecThroughNat>(n => new[] { NetSecurityValues.IpsecThroughNat(n) }, ("Set-NetFirewallSetting", "AllowIPsecThroughNAT"));
            AllAccepted<PresharedKeyEncoding>(k => new[] { NetSecurityValues.KeyEncoding(k) }, ("Set-NetFirewallSetting", "KeyEncoding"));
            AllAccepted(
                AllFlagCombinations<IpsecExemptions>().Where(e => e != IpsecExemptions.NotConfigured && ((uint)e & ~0xFu) == 0).Append(IpsecExemptions.NotConfigured).ToArray(),
                NetSecurityValues.Exemptions,
                ("Set-NetFirewallSetting", "Exemptions"));
        }

        [Theory]
        [InlineData(6, "TCP")]
        [InlineData(17, "UDP")]
        [InlineData(1, "ICMPv4")]
        [InlineData(58, "ICMPv6")]
        [InlineData(0, "0")]
        [InlineData(47, "47")]
        [InlineData(255, "255")]
        public void Protocols_use_the_cmdlet_names_or_their_number(int protocol, string expected)
        {
            Assert.Equal(expected, NetSecurityValues.Protocol(protocol));
        }

        [Fact]
        public void Values_without_a_cmdlet_name_are_refused_with_type_value_and_allowed_names()
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => NetSecurityValues.Encryption((Encryption)7));
            var flagsError = Assert.Throws<ArgumentOutOfRangeException>(() => NetSecurityValues.KeyModules((KeyModule)0x10));
            var protocolError = Assert.Throws<ArgumentOutOfRangeException>(() => NetSecurityValues.Protocol(256));

            Assert.Contains("Encryption value 7 has no NetSecurity cmdlet name; allowed: None, Des, Des3", error.Message, StringComparison.Ordinal);
            Assert.Contains("KeyModule value 16", flagsError.Message, StringComparison.Ordinal);
            Assert.Contains("0..255", protocolError.Message, StringComparison.Ordinal);
        }

        private static void AllAccepted<T>(Func<T, IReadOnlyList<string>> map, params (string Cmdlet, string Parameter)[] targets)
            where T : struct, Enum => AllAccepted(Enum.GetValues<T>(), map, targets);

        private static void AllAccepted<T>(IReadOnlyList<T> values, Func<T, IReadOnlyList<string>> map, params (string Cmdlet, string Parameter)[] targets)
        {
            var mapped = values.Select(v => string.Join(",", map(v))).ToList();
            Assert.Equal(mapped.Count, mapped.Distinct(StringComparer.Ordinal).Count());
            foreach (var (cmdlet, parameterName) in targets)
            {
                var parameter = NetSecurityFixture.Current.Parameter(cmdlet, parameterName)!;
                Assert.NotNull(parameter.AcceptedValues);
                foreach (var value in values)
                {
                    Assert.All(map(value), name => Assert.True(parameter.AcceptedValues!.Contains(name, StringComparer.Ordinal), cmdlet + " -" + parameterName + " does not accept '" + name + "' (for " + value + ")"));
                }
            }
        }

        private static T[] AllFlagCombinations<T>()
            where T : struct, Enum
        {
            var bits = Enum.GetValues<T>().Select(v => Convert.ToUInt64(v, System.Globalization.CultureInfo.InvariantCulture)).Where(b => b != 0 && (b & (b - 1)) == 0).ToList();
            return Enumerable.Range(0, 1 << bits.Count)
                .Select(mask => bits.Where((_, i) => (mask & (1 << i)) != 0).Aggregate(0UL, (a, b) => a | b))
                .Select(v => (T)Enum.ToObject(typeof(T), v))
                .ToArray();
        }
    }
}
