using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using IpsecSdk.Windows.Cim;
using IpsecSdk.Windows.Mapping;
using Xunit;

namespace IpsecSdk.Tests.Windows
{
    /// <summary>Every class, property, CIM type and enum value the mapping writes is what the WFAS class reference documents.</summary>
    public sealed class CimMappingFixtureTests
    {
        /// <summary>
        /// Values the reference does not list but the mapping must write, each tied to a documented caveat or reference
        /// row: (class, property, value) → why.
        /// </summary>
        private static readonly Dictionary<(string Class, string Property, long Value), string> DocumentedExceptions = new Dictionary<(string, string, long), string>
        {
            [("*AuthProposal", "AuthenticationMethod", 65006)] = "AuthenticationMethod enum lists value 65005 twice",
            [(CimClassNames.QMCryptoSet, "PfsGroupID", 0)] = "MSFT_NetIKEQMCryptoSet.PfsGroupID documents only 1, 2, 14, 19, 20, 24",
            [(CimClassNames.QMCryptoSet, "PfsGroupID", 65535)] = "MSFT_NetIKEQMCryptoSet.PfsGroupID documents only 1, 2, 14, 19, 20, 24",
            // Not in the fixture's caveats; from the reference, section 1.7: "CIM value for Default UNCONFIRMED, presumably 0" / FW_INTERFACE_TYPE ALL 0.
            [(CimClassNames.ConSecRule, "KeyModule", 0)] = "",
            [(CimClassNames.InterfaceTypeFilter, "InterfaceType", 0)] = "",
        };

        public static IEnumerable<object[]> Descriptions() =>
            AllValuesPolicies.All().Concat(new[] { WindowsTestPolicies.Realistic() })
                .SelectMany(p => CimPolicyWriter.Map(p).All()) // the mapping below the gate: every value, one at a time
                .Where(d => d.ClassName != CimClassNames.StdRegProv)
                .SelectMany(d => Flatten(d, null))
                .Select(x => new object[] { x.Instance, x.Container ?? "" });

        [Fact]
        public void The_coverage_policies_write_every_class_the_issue_names()
        {
            var classes = Descriptions().Select(d => ((CimInstanceDescription)d[0]).ClassName).ToHashSet();
            var expected = new[]
            {
                "MSFT_NetConSecRule", "MSFT_NetMainModeRule", "MSFT_NetIKEMMCryptoSet", "MSFT_NetIKEMMCryptoProposal", "MSFT_NetIKEQMCryptoSet",
                "MSFT_NetIKEQMCryptoProposal", "MSFT_NetIKEP1AuthSet", "MSFT_NetIKEP2AuthSet", "MSFT_NetIKEBasicAuthProposal", "MSFT_NetIKECertAuthProposal",
                "MSFT_NetIKEKerbAuthProposal", "MSFT_NetIKEPSKAuthProposal", "MSFT_NetAddressFilter", "MSFT_NetProtocolPortFilter",
                "MSFT_NetInterfaceTypeFilter", "MSFT_NetSecuritySettingData",
            };
            Assert.Empty(expected.Except(classes));
        }

        [Fact]
        public void Every_class_property_type_and_enum_value_written_is_documented()
        {
            var problems = new List<string>();
            var checkedValues = 0;
            foreach (var row in Descriptions())
            {
                var instance = (CimInstanceDescription)row[0];
                var container = (string)row[1];
                if (!WfasFixture.TryClass(instance.ClassName, out _))
                {
                    problems.Add("unknown class " + instance.ClassName);
                    continue;
                }

                foreach (var property in instance.Properties)
                {
                    var where = instance.ClassName + "." + property.Name;
                    if (!WfasFixture.TryProperty(instance.ClassName, property.Name, out var info))
                    {
                        problems.Add(where + ": not a documented property");
                        continue;
                    }

                    if (Flag(info, "ignored") || Flag(info, "reserved") || Flag(info, "writesIgnored"))
                    {
                        problems.Add(where + ": documented as ignored, reserved or derived, yet written");
                    }

                    var documentedType = Text(info, "wireCimType") ?? Text(info, "cimType");
                    if (CimValueTypes.SchemaName(property.Type) != documentedType)
                    {
                        problems.Add(where + ": written as " + CimValueTypes.SchemaName(property.Type) + ", documented " + documentedType);
                    }

                    if (property.Value is ValueList<CimInstanceDescription> embedded)
                    {
                        var required = Text(info, "embeddedInstanceClass");
                        problems.AddRange(embedded.Where(e => required == null || !WfasFixture.DerivesFrom(e.ClassName, required))
                            .Select(e => where + ": embeds " + e.ClassName + ", which is not a " + required));
                    }

                    if (info.TryGetProperty("enum", out var documentedEnum) && property.Value != null)
                    {
                        checkedValues++;
                        var value = Convert.ToInt64(property.Value, CultureInfo.InvariantCulture);
                        if (!EnumAllows(documentedEnum, value, IsBitmask(instance.ClassName, property.Name, info)) && !IsDocumentedException(instance.ClassName, property.Name, value))
                        {
                            problems.Add(where + ": value " + value + " is not documented (" + string.Join(", ", documentedEnum.EnumerateObject().Select(e => e.Name)) + ")" + (container.Length > 0 ? " in " + container : ""));
                        }
                    }
                }
            }

            Assert.True(checkedValues > 500, "Only " + checkedValues + " enum values were checked; the coverage policies are too small.");
            Assert.Empty(problems.Distinct());
        }

        [Fact]
        public void Every_exception_to_the_documented_enums_is_a_documented_caveat()
        {
            foreach (var reason in DocumentedExceptions.Values.Where(r => r.Length > 0))
            {
                Assert.Contains(WfasFixture.Caveats, c => c.Contains(reason, StringComparison.Ordinal));
            }
        }

        [Fact]
        public void Every_filter_is_linked_to_its_rule_by_a_documented_association()
        {
            var filters = CimPolicyWriter.Describe(WindowsTestPolicies.Realistic()).Objects.Where(o => o.Key!.Owner != null).ToList();
            Assert.NotEmpty(filters);
            foreach (var filter in filters)
            {
                var owner = filter.Key!.Owner!;
                var association = CimClassNames.FilterAssociation(owner.ClassName, filter.ClassName);
                Assert.NotNull(association);
                Assert.True(WfasFixture.TryProperty(association!, "GroupComponent", out var group), association + " is not documented");
                Assert.True(WfasFixture.TryProperty(association!, "PartComponent", out var part));
                Assert.True(WfasFixture.DerivesFrom(owner.ClassName, Text(group, "refClass")!), association + ".GroupComponent refers to " + Text(group, "refClass"));
                Assert.Equal(filter.ClassName, Text(part, "refClass"));
            }
        }

        [Fact]
        public void NoDefaultExempt_is_a_dword_under_the_policy_agent_key_written_through_StdRegProv()
        {
            var value = CimPolicyWriter.Describe(WindowsTestPolicies.Realistic()).NoDefaultExempt!;
            Assert.Equal("StdRegProv", value.ClassName);
            Assert.Equal(@"HKLM\SYSTEM\CurrentControlSet\Services\PolicyAgent\NoDefaultExempt", value.Key!.InstanceId);
            Assert.Equal(new CimPropertyValue("uValue", CimValueType.UInt32, 1u), Assert.Single(value.Properties));
        }

        private static bool IsDocumentedException(string className, string property, long value) =>
            DocumentedExceptions.ContainsKey((className, property, value)) ||
            (className.EndsWith("AuthProposal", StringComparison.Ordinal) && DocumentedExceptions.ContainsKey(("*AuthProposal", property, value)));

        // Bitmasks: the enums the pages write in hex (Profiles, KeyModule), plus Exemptions and InterfaceType,
        // which the reference (sections 1.7, 1.9) documents as flags.
        private static bool IsBitmask(string className, string property, JsonElement info) =>
            Flag(info, "enumValuesWrittenInHex") ||
            (className == CimClassNames.SecuritySettingData && property == "Exemptions") ||
            (className == CimClassNames.InterfaceTypeFilter && property == "InterfaceType");

        // A documented value, or for a bitmask a combination of documented single-bit values.
        private static bool EnumAllows(JsonElement documented, long value, bool bitmask)
        {
            var keys = documented.EnumerateObject().Select(e => long.Parse(e.Name, CultureInfo.InvariantCulture)).ToList();
            if (keys.Contains(value))
            {
                return true;
            }

            var bits = keys.Where(k => k > 0 && (k & (k - 1)) == 0).Aggregate(0L, (a, b) => a | b);
            return bitmask && value > 0 && (value & ~bits) == 0;
        }

        private static IEnumerable<(CimInstanceDescription Instance, string? Container)> Flatten(CimInstanceDescription d, string? container)
        {
            yield return (d, container);
            foreach (var p in d.Properties)
            {
                if (p.Value is ValueList<CimInstanceDescription> embedded)
                {
                    foreach (var e in embedded.SelectMany(e => Flatten(e, d.ClassName + "." + p.Name)))
                    {
                        yield return e;
                    }
                }
            }
        }

        private static bool Flag(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

        private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
    }
}
