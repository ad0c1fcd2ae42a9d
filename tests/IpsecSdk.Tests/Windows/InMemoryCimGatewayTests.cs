using System.Linq;
using IpsecSdk.Windows;
using IpsecSdk.Windows.Cim;
using IpsecSdk.Windows.Mapping;
using IpsecSdk.Windows.Testing;
using Xunit;

namespace IpsecSdk.Tests.Windows
{
    /// <summary>The in-memory gateway refuses what the WFAS provider documents as invalid.</summary>
    public sealed class InMemoryCimGatewayTests
    {
        private static readonly CimTarget Store = CimTarget.PersistentStore;

        [Fact]
        public void An_unknown_class_is_refused()
        {
            var error = Assert.Throws<CimGatewayException>(() => new InMemoryCimGateway().Create(Store, Set("MSFT_NetIPsecMainModeCryptoSet", "x")));
            Assert.Contains("MSFT_NetIPsecMainModeCryptoSet", error.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void An_unknown_property_is_refused()
        {
            var set = Set(CimClassNames.QMCryptoSet, "x").With(new CimPropertyValue("PfsGroup", CimValueType.UInt16, (ushort)14));
            var error = Assert.Throws<CimGatewayException>(() => new InMemoryCimGateway().Create(Store, set));
            Assert.Contains("no property 'PfsGroup'", error.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_wrong_cim_type_is_refused()
        {
            var set = Set(CimClassNames.QMCryptoSet, "x").With(new CimPropertyValue("PfsGroupID", CimValueType.UInt32, 14u));
            var error = Assert.Throws<CimGatewayException>(() => new InMemoryCimGateway().Create(Store, set));
            Assert.Contains("is uint16, not uint32", error.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Proposals_must_be_embedded_instances_of_the_documented_proposal_class()
        {
            var wrong = new CimInstanceDescription(CimClassNames.KerbAuthProposal, null, new[] { new CimPropertyValue("AuthenticationMethod", CimValueType.UInt16, (ushort)65002) });
            var set = Set(CimClassNames.QMCryptoSet, "x").With(new CimPropertyValue("Proposals", CimValueType.InstanceArray, ValueList.Of(wrong)));
            var error = Assert.Throws<CimGatewayException>(() => new InMemoryCimGateway().Create(Store, set));
            Assert.Contains("not a MSFT_NetIKECryptoProposal", error.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Proposals_as_a_string_array_are_refused()
        {
            var set = Set(CimClassNames.QMCryptoSet, "x").With(new CimPropertyValue("Proposals", CimValueType.StringArray, ValueList.Of("ESP")));
            Assert.Throws<CimGatewayException>(() => new InMemoryCimGateway().Create(Store, set));
        }

        [Fact]
        public void A_rule_referring_to_a_missing_set_is_refused()
        {
            var rule = Rule("r").With(new CimPropertyValue("QuickModeCryptoSet", CimValueType.String, "missing"));
            var error = Assert.Throws<CimGatewayException>(() => new InMemoryCimGateway().Create(Store, rule));
            Assert.Contains("'missing'", error.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_duplicate_InstanceID_is_refused()
        {
            var gateway = new InMemoryCimGateway();
            gateway.Create(Store, Set(CimClassNames.QMCryptoSet, "x"));
            var error = Assert.Throws<CimGatewayException>(() => gateway.Create(Store, Set(CimClassNames.QMCryptoSet, "x")));
            Assert.Contains("already exists", error.Message, System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(PolicyStores.Active)]
        [InlineData(PolicyStores.Rsop)]
        [InlineData(PolicyStores.SystemDefaults)]
        [InlineData(PolicyStores.StaticServiceStore)]
        public void Read_only_stores_refuse_writes_but_can_be_read(string store)
        {
            var gateway = new InMemoryCimGateway();
            var target = CimTarget.Store(store);

            var error = Assert.Throws<CimGatewayException>(() => gateway.Create(target, Set(CimClassNames.QMCryptoSet, "x")));

            Assert.Contains("read-only", error.Message, System.StringComparison.Ordinal);
            Assert.Empty(gateway.Enumerate(target, CimClassNames.QMCryptoSet));
        }

        [Fact]
        public void Deleting_a_set_still_referenced_by_a_rule_is_refused()
        {
            var gateway = new InMemoryCimGateway();
            gateway.Create(Store, Set(CimClassNames.QMCryptoSet, "qm"));
            gateway.Create(Store, Rule("r").With(new CimPropertyValue("QuickModeCryptoSet", CimValueType.String, "qm")));

            var error = Assert.Throws<CimGatewayException>(() => gateway.Delete(Store, new CimObjectKey(CimClassNames.QMCryptoSet, "qm")));

            Assert.Contains("still referenced by MSFT_NetConSecRule 'r'", error.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_rule_comes_with_its_filters_which_can_be_modified_but_not_created_or_deleted_alone()
        {
            var gateway = new InMemoryCimGateway();
            var rule = new CimObjectKey(CimClassNames.ConSecRule, "r");
            gateway.Create(Store, Rule("r"));
            var address = new CimObjectKey(CimClassNames.AddressFilter, rule);

            gateway.Modify(Store, new CimInstanceDescription(CimClassNames.AddressFilter, address, new[] { new CimPropertyValue("RemoteAddress", CimValueType.StringArray, ValueList.Of("10.0.0.1")) }));

            Assert.Equal(ValueList.Of("10.0.0.1"), gateway.Get(Store, address)!["RemoteAddress"]);
            Assert.Throws<CimGatewayException>(() => gateway.Delete(Store, address));
            gateway.Delete(Store, rule);
            Assert.Null(gateway.Get(Store, address));
        }

        [Fact]
        public void DisplayName_is_derived_from_ElementName_and_writes_to_it_are_ignored()
        {
            var gateway = new InMemoryCimGateway();
            gateway.Create(Store, Rule("r").With(new CimPropertyValue("DisplayName", CimValueType.String, "ignored")));

            Assert.Equal("Rule r", gateway.Get(Store, new CimObjectKey(CimClassNames.ConSecRule, "r"))!["DisplayName"]);
        }

        [Fact]
        public void Embedded_only_classes_cannot_be_stored()
        {
            var proposal = new CimInstanceDescription(CimClassNames.CertAuthProposal, new CimObjectKey(CimClassNames.CertAuthProposal, "p"), new[] { new CimPropertyValue("InstanceID", CimValueType.String, "p") });
            Assert.Throws<CimGatewayException>(() => new InMemoryCimGateway().Create(Store, proposal));
        }

        [Fact]
        public void A_GPO_session_edits_a_cache_that_Save_writes_back_to_the_GPO()
        {
            var gateway = new InMemoryCimGateway();
            var gpo = CimTarget.Store(@"contoso.com\IPsec");
            var session = GpoSession.Open(gateway, @"contoso.com\IPsec", "dc1.contoso.com");

            gateway.Create(session.Target, Set(CimClassNames.QMCryptoSet, "x"));
            Assert.Empty(gateway.Enumerate(gpo, CimClassNames.QMCryptoSet));
            session.Save();

            Assert.Single(gateway.Enumerate(gpo, CimClassNames.QMCryptoSet));
        }

        [Fact]
        public void A_GPO_session_needs_a_named_domain_controller()
        {
            var error = Assert.Throws<System.ArgumentException>(() => GpoSession.Open(new InMemoryCimGateway(), @"contoso.com\IPsec", ""));
            Assert.Contains("read-only DC", error.Message, System.StringComparison.Ordinal);
        }

        private static CimInstanceDescription Set(string className, string id) =>
            new CimInstanceDescription(className, new CimObjectKey(className, id), new[]
            {
                new CimPropertyValue("InstanceID", CimValueType.String, id),
                new CimPropertyValue("RuleGroup", CimValueType.String, "g"),
            });

        private static CimInstanceDescription Rule(string id) =>
            new CimInstanceDescription(CimClassNames.ConSecRule, new CimObjectKey(CimClassNames.ConSecRule, id), new[]
            {
                new CimPropertyValue("InstanceID", CimValueType.String, id),
                new CimPropertyValue("ElementName", CimValueType.String, "Rule " + id),
                new CimPropertyValue("RuleGroup", CimValueType.String, "g"),
            });
    }
}
