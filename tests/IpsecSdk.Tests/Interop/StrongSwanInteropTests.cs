using System.Diagnostics;
using System.Linq;
using IpsecSdk.Catalogue;
using IpsecSdk.Export.StrongSwan;
using IpsecSdk.Negotiation;
using Xunit;
using Xunit.Abstractions;

namespace IpsecSdk.Tests.Interop
{
    /// <summary>
    /// BSI M 5.90: interoperability with non-Windows peers must be proven in a practical test. A strongSwan daemon
    /// configured from our policy plays the Windows host (it offers exactly that policy's proposals); a second one,
    /// configured by <see cref="SwanctlConfigWriter"/>, is the peer. Tunnel mode with UDP encapsulation, because
    /// strongSwan's userspace kernel-libipsec backend (this kernel has no ESP/AEAD xfrm) has no transport mode.
    /// Linux-only, as root; installs strongSwan with apt on first use.
    /// </summary>
    [Trait("Platform", "NonWindows")] // strongSwan in Linux network namespaces: excluded on Windows by OnWindows.runsettings
    public sealed class StrongSwanInteropTests
    {
        private const string Connection = "win-peer";
        private const string CaName = "C=DE, O=IpsecSdk Interop, CN=IpsecSdk Interop CA";
        private readonly ITestOutputHelper _output;

        public StrongSwanInteropTests(ITestOutputHelper output)
        {
            _output = output;
        }

        /// <summary>The policy under test: the SDK's strongest defaults, IKEv2 with ECDSA P-384 certificates, as a tunnel.</summary>
        private static IpsecPolicy WindowsPolicy() => IpsecPolicy.Create("Interop")
            .AddRule(Connection, r => r.WithDisplayName("Interop tunnel").WithLocalAddresses("192.0.2.64/27").WithRemoteAddresses("192.0.2.96/27")
                .Tunnel("192.0.2.1", "192.0.2.2").AuthenticateWithCertificate(CaName))
            .Build();

        private static string WindowsSide(IpsecPolicy policy) => SwanctlConfigWriter.Write(policy, new SwanctlExportOptions
        {
            Perspective = SwanctlPerspective.WindowsHost, LocalCertificate = "windows.pem", StartAction = "none", ForceUdpEncapsulation = true,
        }).Config;

        private static SwanctlConfig PeerSide(IpsecPolicy policy) => SwanctlConfigWriter.Write(policy, new SwanctlExportOptions
        {
            Perspective = SwanctlPerspective.Peer, LocalCertificate = "peer.pem", StartAction = "none", ForceUdpEncapsulation = true,
        });

        [Fact]
        public void Linux_root_only_strongest_policy_negotiates_exactly_its_algorithms_with_a_strongSwan_peer()
        {
            var watch = Stopwatch.StartNew();
            InteropHarness.EnsureStrongSwan();
            var policy = WindowsPolicy();
            var rule = policy.Rules[0];
            var peer = PeerSide(policy);
            Assert.Equal(new[] { Connection }, peer.Connections);
            Assert.Contains("proposals = aes256-sha384-ecp384\n", peer.Config, System.StringComparison.Ordinal);
            Assert.Contains("esp_proposals = aes256gcm16-ecp384\n", peer.Config, System.StringComparison.Ordinal);

            // Our prediction first: the negotiator must agree with what strongSwan then does.
            var (mainMode, quickMode) = ProposalNegotiator.Negotiate(rule, rule);
            Assert.True(mainMode.Succeeded && quickMode!.Succeeded, "ProposalNegotiator predicts a failure: " + mainMode + " / " + quickMode);

            var run = InteropHarness.Run("windows", WindowsSide(policy), peer.Config, Connection);

            _output.WriteLine("IKE_SA + CHILD_SA setup: " + run.InitiateMilliseconds + " ms; harness " + run.TotalMilliseconds + " ms; test " + watch.Elapsed.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " s");
            Assert.True(run.Initiated, "strongSwan did not establish the SAs; notifies: " + string.Join(", ", run.Notifies));
            var selected = mainMode.Selected!;
            var selectedQuick = quickMode.Selected!;
            foreach (var side in new[] { "windows", "peer" })
            {
                var ike = run.IkeSa(side);
                Assert.NotNull(ike);
                Assert.Equal("ESTABLISHED", ike!["state"]);
                Assert.Equal("2", ike["version"]);
                Assert.Equal(StrongSwanSaNames.Encryption(selected.Encryption), (ike["encr-alg"]!, ike["encr-keysize"]!));
                Assert.Equal(StrongSwanSaNames.Integrity(selected.Integrity), ike["integ-alg"]);
                Assert.Equal(StrongSwanSaNames.Prf(selected.Integrity), ike["prf-alg"]);
                Assert.Equal(StrongSwanSaNames.Group(selected.KeyExchange), ike["dh-group"]);

                // The rekeyed CHILD_SA ran a key exchange, so it shows the PFS group too.
                var child = Assert.Single(ike.Children, c => c.TryGetValue("state", out var state) && state == "INSTALLED");
                Assert.Equal("TUNNEL", child["mode"]);
                Assert.Equal("ESP", child["protocol"]);
                Assert.Equal("yes", child["encap"]);
                Assert.Equal(StrongSwanSaNames.Encryption(selectedQuick.Proposal.Encryption), (child["encr-alg"], child["encr-keysize"]));
                Assert.False(child.ContainsKey("integ-alg"), "AES-GCM is an AEAD: no separate integrity algorithm");
                Assert.Equal(StrongSwanSaNames.Group((DiffieHellmanGroup)(int)selectedQuick.PfsGroup), child["dh-group"]);
                Assert.NotEqual("0", child["packets-in"]);
                Assert.NotEqual("0", child["packets-out"]);
            }
            Assert.Equal("ok", run.Fact("rekey"));
            Assert.Equal("ok", run.Fact("ping"));
        }

        [Fact]
        public void Linux_root_only_legacy_peer_offering_only_3des_md5_modp1024_is_refused_as_IPSEC017_predicts()
        {
            var watch = Stopwatch.StartNew();
            InteropHarness.EnsureStrongSwan();
            var policy = WindowsPolicy();
            var legacyRule = policy.Rules[0] with
            {
                MainMode = policy.Rules[0].MainMode with { Proposals = ValueList.Of(new MainModeProposal(Encryption.Des3, Integrity.Md5, DiffieHellmanGroup.Dh2)) },
                QuickMode = policy.Rules[0].QuickMode! with { Proposals = ValueList.Of(new QuickModeProposal(Integrity.Md5, Encryption.Des3)), PfsGroup = PfsGroup.None },
            };
            var legacyPeer = PeerSide(policy with { Rules = ValueList.Of(legacyRule) });
            Assert.Contains("proposals = 3des-md5-modp1024\n", legacyPeer.Config, System.StringComparison.Ordinal);
            Assert.Contains(legacyPeer.Limitations, l => l.Path == "rules[0].mainMode.proposals[0]" && l.Kind == IpsecSdk.Export.ExportLimitationKind.Weak);

            // The legacy peer initiates; our policy responds.
            var (mainMode, _) = ProposalNegotiator.Negotiate(legacyRule, policy.Rules[0]);
            Assert.False(mainMode.Succeeded);
            Assert.Equal(RuleIds.NoCommonProposal, mainMode.Finding!.RuleId);

            var run = InteropHarness.Run("peer", WindowsSide(policy), legacyPeer.Config, Connection);

            _output.WriteLine("refusal after " + run.InitiateMilliseconds + " ms; harness " + run.TotalMilliseconds + " ms; test " + watch.Elapsed.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " s");
            Assert.False(run.Initiated, "strongSwan established SAs the negotiator predicted impossible");
            Assert.Contains("NO_PROPOSAL_CHOSEN", run.Notifies);
            Assert.Null(run.IkeSa("windows"));
        }
    }
}
