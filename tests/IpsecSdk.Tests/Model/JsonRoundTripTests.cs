using IpsecSdk.Catalogue;
using IpsecSdk.Serialization;
using IpsecSdk.Validation;
using Xunit;

namespace IpsecSdk.Tests.Model
{
    public class JsonRoundTripTests
    {
        private const string Ca = "CN=Contoso Root CA, DC=contoso, DC=com";

        private static IpsecPolicy RichPolicy() => IpsecPolicy.Create("Contoso.Isolation")
            .WithProtectionRequirement(ProtectionRequirement.High)
            .AddRule("servers", r => r
                .WithDisplayName("Server isolation")
                .WithDescription("Servers talk IPsec only")
                .ForProfiles(FirewallProfiles.Domain | FirewallProfiles.Private)
                .WithLocalAddresses("10.0.0.0/24")
                .WithRemoteAddresses("10.1.0.1-10.1.0.99", "fd00::/48")
                .Tcp().WithLocalPorts(443, 8443)
                .UseMainMode(m => m.AddProposal(Encryption.Aes256, Integrity.Sha384, DiffieHellmanGroup.Dh20).AddProposal(Encryption.Aes128, Integrity.Sha256, DiffieHellmanGroup.Dh20).WithLifetime(240))
                .UseQuickMode(q => q.AddEspProposal(Integrity.AesGmac256, Encryption.AesGcm256).AddProposal(p => p.WithIntegrity(Integrity.Sha256).WithEncryption(Encryption.Aes256).WithLifetime(30, 50_000)).WithPfs(PfsGroup.SameAsMainMode))
                .AuthenticateWithCertificate(Ca, c => c.WithSigning(CertificateSigning.Rsa).IssuedByIntermediateCa().WithCriteria(k => k with { SubjectName = "srv", SubjectNameType = CertificateNameType.DomainName, ExtendedKeyUsages = ValueList.Of("1.3.6.1.5.5.7.3.1") }))
                .AuthenticateUserWithKerberos())
            .AddRule("gateway", r => r.Tunnel("192.0.2.1", "198.51.100.1").AuthenticateWithCertificate(Ca))
            .AddRule("dns", r => r.DoNotSecure().Udp().WithRemotePorts("53"))
            .WithSettings(s => s with { CertValidationLevel = CertValidationLevel.AttemptCrlCheck, Exemptions = IpsecExemptions.NeighborDiscovery, MaxSaIdleTimeSeconds = 600 })
            .Build();

        [Fact]
        public void A_rich_policy_round_trips_with_equality()
        {
            var policy = RichPolicy();

            var json = IpsecJson.Serialize(policy);
            var back = IpsecJson.Deserialize(json);

            Assert.Equal(policy, back);
            Assert.Equal(json, IpsecJson.Serialize(back));
            Assert.Contains("\"pfsGroup\": \"SameAsMainMode\"", json, System.StringComparison.Ordinal);
            Assert.Contains("\"espIntegrity\": \"AesGmac256\"", json, System.StringComparison.Ordinal);
        }

        [Fact]
        public void The_rich_policy_is_valid_and_its_read_back_copy_is_judged_the_same()
        {
            var policy = RichPolicy();
            var back = IpsecJson.Deserialize(IpsecJson.Serialize(policy));

            Assert.Empty(PolicyValidator.Validate(back));
            Assert.Equal(BaselineEvaluator.Evaluate(policy, BaselinePack.Cnsa), BaselineEvaluator.Evaluate(back, BaselinePack.Cnsa));
        }
    }
}
