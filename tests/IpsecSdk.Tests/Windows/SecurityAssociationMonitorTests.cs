using System;
using System.Linq;
using IpsecSdk.Catalogue;
using IpsecSdk.Windows;
using IpsecSdk.Windows.Cim;
using IpsecSdk.Windows.Mapping;
using IpsecSdk.Windows.Monitoring;
using IpsecSdk.Windows.Testing;
using Xunit;

namespace IpsecSdk.Tests.Windows
{
    public sealed class SecurityAssociationMonitorTests
    {
        [Fact]
        public void Live_SAs_are_read_into_typed_records()
        {
            var gateway = WithSAs(mainHash: 65002, quickIntegrity: 65005, quickCipher: 65006, pfs: 20);

            var mainMode = Assert.Single(SecurityAssociationMonitor.ReadMainMode(gateway));
            var quickMode = Assert.Single(SecurityAssociationMonitor.ReadQuickMode(gateway));

            Assert.Equal(new MainModeSecurityAssociation
            {
                InstanceId = "mm1", LocalEndpoint = "10.0.0.1", RemoteEndpoint = "10.0.0.2", KeyModule = 3,
                Encryption = Encryption.Aes256, Integrity = Integrity.Sha384, KeyExchange = DiffieHellmanGroup.Dh20, RemoteUdpEncapsulationPort = 4500,
            }, mainMode);
            Assert.Equal(Integrity.AesGmac256, quickMode.FirstIntegrity);
            Assert.Equal(Encryption.AesGcm256, quickMode.FirstEncryption);
            Assert.Equal(PfsGroup.Dh20, quickMode.PfsGroup);
            Assert.Equal(7UL, quickMode.MainModeSaId);
        }

        [Fact]
        public void Strong_SAs_give_no_findings()
        {
            Assert.Empty(SecurityAssociationMonitor.Check(WithSAs(mainHash: 65002, quickIntegrity: 65005, quickCipher: 65006, pfs: 20), BaselinePack.Bsi));
        }

        [Fact]
        public void A_live_SA_using_SHA1_is_reported_with_its_path()
        {
            var findings = SecurityAssociationMonitor.Check(WithSAs(mainHash: 3, quickIntegrity: 3, quickCipher: 65003, pfs: 0), BaselinePack.Bsi);

            var sha1 = Assert.Single(findings, f => f.Path == "mainModeSAs[0].hashAlgorithm");
            Assert.Equal(RuleIds.WeakIntegrity, sha1.RuleId);
            Assert.Equal(BaselineCatalogue.Integrity(Integrity.Sha1, CryptoPhase.MainMode).For(BaselinePack.Bsi), sha1.Severity);
            Assert.Contains("10.0.0.1 <-> 10.0.0.2 uses Sha1", sha1.Message, StringComparison.Ordinal);
            Assert.Contains(findings, f => f.Path == "quickModeSAs[0].firstIntegrityAlgorithm" && f.RuleId == RuleIds.WeakIntegrity);
            Assert.Contains(findings, f => f.Path == "quickModeSAs[0].pfsGroupId" && f.RuleId == RuleIds.PfsOff);
        }

        [Fact]
        public void An_undocumented_algorithm_value_is_reported_as_not_judgeable()
        {
            var finding = Assert.Single(SecurityAssociationMonitor.Check(WithSAs(mainHash: 99, quickIntegrity: 65005, quickCipher: 65006, pfs: 20)));

            Assert.Equal("mainModeSAs[0].hashAlgorithm", finding.Path);
            Assert.Contains("cannot be judged", finding.Message, StringComparison.Ordinal);
        }

        // Seeds SAs with the documented classes and CIM types (the gateway checks them against the fixture).
        private static InMemoryCimGateway WithSAs(int mainHash, int quickIntegrity, int quickCipher, int pfs)
        {
            var gateway = new InMemoryCimGateway();
            gateway.Seed(CimTarget.Live, new CimInstanceDescription(CimClassNames.MainModeSA, new CimObjectKey(CimClassNames.MainModeSA, "mm1"), new[]
            {
                new CimPropertyValue("InstanceID", CimValueType.String, "mm1"),
                new CimPropertyValue("LocalEndpoint", CimValueType.String, "10.0.0.1"),
                new CimPropertyValue("RemoteEndpoint", CimValueType.String, "10.0.0.2"),
                new CimPropertyValue("KeyModule", CimValueType.UInt16, (ushort)3),
                new CimPropertyValue("CipherAlgorithm", CimValueType.UInt16, (ushort)65003),
                new CimPropertyValue("HashAlgorithm", CimValueType.UInt16, (ushort)mainHash),
                new CimPropertyValue("GroupId", CimValueType.UInt16, (ushort)20),
                new CimPropertyValue("RemoteUdpEncapsulationPort", CimValueType.UInt16, (ushort)4500),
            }));
            gateway.Seed(CimTarget.Live, new CimInstanceDescription(CimClassNames.QuickModeSA, new CimObjectKey(CimClassNames.QuickModeSA, "qm1"), new[]
            {
                new CimPropertyValue("InstanceID", CimValueType.String, "qm1"),
                new CimPropertyValue("LocalEndpoint", CimValueType.String, "10.0.0.1"),
                new CimPropertyValue("RemoteEndpoint", CimValueType.String, "10.0.0.2"),
                new CimPropertyValue("IpProtocol", CimValueType.UInt8, (byte)6),
                new CimPropertyValue("MmSaId", CimValueType.UInt64, 7UL),
                new CimPropertyValue("FirstTransformType", CimValueType.UInt32, 2u),
                new CimPropertyValue("FirstIntegrityAlgorithm", CimValueType.UInt32, (uint)quickIntegrity),
                new CimPropertyValue("FirstCipherAlgorithm", CimValueType.UInt32, (uint)quickCipher),
                new CimPropertyValue("PfsGroupId", CimValueType.UInt32, (uint)pfs),
            }));
            return gateway;
        }
    }
}
