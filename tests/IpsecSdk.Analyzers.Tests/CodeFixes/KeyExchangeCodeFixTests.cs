using System.Threading.Tasks;
using IpsecSdk.Catalogue;
using IpsecSdk.CodeFixes;
using Microsoft.CodeAnalysis;
using Xunit;
using static IpsecSdk.Analyzers.Tests.CodeFixes.FixVerifier;

namespace IpsecSdk.Analyzers.Tests.CodeFixes
{
    public class KeyExchangeCodeFixTests
    {
        [Fact]
        public Task Dh2_in_main_mode_becomes_Dh20() =>
            VerifyAsync<KeyExchangeCodeFixProvider>(
                BaselinePack.Default,
                Policy("            .UseMainMode(m => m.AddProposal(Encryption.Aes256, Integrity.Sha384, {|#0:DiffieHellmanGroup.Dh2|}))"),
                Policy("            .UseMainMode(m => m.AddProposal(Encryption.Aes256, Integrity.Sha384, DiffieHellmanGroup.Dh20))"),
                new[] { At(0, RuleIds.WeakKeyExchange, DiagnosticSeverity.Warning) });

        [Fact]
        public Task Every_proposal_of_the_main_mode_set_moves_to_the_same_group() =>
            VerifyAsync<KeyExchangeCodeFixProvider>(
                BaselinePack.Bsi,
                Policy("            .UseMainMode(m => m\n                .AddProposal(Encryption.Aes256, Integrity.Sha384, {|#0:DiffieHellmanGroup.Dh14|})\n                .AddProposal(Encryption.Aes128, Integrity.Sha256, {|#1:DiffieHellmanGroup.Dh14|}))"),
                Policy("            .UseMainMode(m => m\n                .AddProposal(Encryption.Aes256, Integrity.Sha384, DiffieHellmanGroup.Dh20)\n                .AddProposal(Encryption.Aes128, Integrity.Sha256, DiffieHellmanGroup.Dh20))"),
                new[] { At(0, RuleIds.WeakKeyExchange, DiagnosticSeverity.Warning), At(1, RuleIds.WeakKeyExchange, DiagnosticSeverity.Warning) });

        [Fact]
        public Task A_set_mixing_groups_moves_entirely_to_Dh20() =>
            VerifyAsync<KeyExchangeCodeFixProvider>(
                BaselinePack.Default,
                Policy("            .UseMainMode(m => m\n                .AddProposal(Encryption.Aes256, Integrity.Sha384, DiffieHellmanGroup.Dh14)\n                .AddProposal(Encryption.Aes128, Integrity.Sha256, {|#0:DiffieHellmanGroup.Dh19|}))"),
                Policy("            .UseMainMode(m => m\n                .AddProposal(Encryption.Aes256, Integrity.Sha384, DiffieHellmanGroup.Dh20)\n                .AddProposal(Encryption.Aes128, Integrity.Sha256, DiffieHellmanGroup.Dh20))"),
                new[] { At(0, RuleIds.MixedKeyExchange, DiagnosticSeverity.Error) });

        [Fact]
        public Task A_MainModeCryptoSet_initializer_mixing_groups_moves_entirely_to_Dh20() =>
            VerifyAsync<KeyExchangeCodeFixProvider>(
                BaselinePack.Default,
                "using IpsecSdk;\n\nclass Sample\n{\n    MainModeCryptoSet Set() => new MainModeCryptoSet\n    {\n        Proposals = new[]\n        {\n            new MainModeProposal(Encryption.Aes256, Integrity.Sha384, DiffieHellmanGroup.Dh19),\n            new MainModeProposal(Encryption.Aes128, Integrity.Sha256, {|#0:DiffieHellmanGroup.Dh20|}),\n        },\n    };\n}\n",
                "using IpsecSdk;\n\nclass Sample\n{\n    MainModeCryptoSet Set() => new MainModeCryptoSet\n    {\n        Proposals = new[]\n        {\n            new MainModeProposal(Encryption.Aes256, Integrity.Sha384, DiffieHellmanGroup.Dh20),\n            new MainModeProposal(Encryption.Aes128, Integrity.Sha256, DiffieHellmanGroup.Dh20),\n        },\n    };\n}\n",
                new[] { At(0, RuleIds.MixedKeyExchange, DiagnosticSeverity.Error) });

        [Fact]
        public Task A_weak_pfs_group_becomes_Dh20_under_bsi() =>
            VerifyAsync<KeyExchangeCodeFixProvider>(
                BaselinePack.Bsi,
                Policy("            .UseQuickMode(q => q.WithPfs({|#0:PfsGroup.Dh14|}))"),
                Policy("            .UseQuickMode(q => q.WithPfs(PfsGroup.Dh20))"),
                new[] { At(0, RuleIds.WeakKeyExchange, DiagnosticSeverity.Warning) });

        [Fact]
        public Task Pfs_off_first_becomes_pfs_with_the_main_mode_group() =>
            VerifyAsync<KeyExchangeCodeFixProvider>(
                BaselinePack.Default,
                Policy("            .UseQuickMode(q => q.WithPfs({|#0:PfsGroup.None|}))"),
                Policy("            .UseQuickMode(q => q.WithPfs(PfsGroup.SameAsMainMode))"),
                new[] { At(0, RuleIds.PfsOff, DiagnosticSeverity.Warning) });

        [Fact]
        public Task Pfs_off_second_action_chooses_ecp_384() =>
            VerifyAsync<KeyExchangeCodeFixProvider>(
                BaselinePack.Nist,
                Policy("            .UseQuickMode(q => q.WithPfs({|#0:PfsGroup.None|}))"),
                Policy("            .UseQuickMode(q => q.WithPfs(PfsGroup.Dh20))"),
                new[] { At(0, RuleIds.PfsOff, DiagnosticSeverity.Error) },
                action: "IpsecSdk.IPSEC004.Dh20");

        [Fact]
        public Task A_quick_mode_set_initializer_gets_pfs_back() =>
            VerifyAsync<KeyExchangeCodeFixProvider>(
                BaselinePack.Default,
                Policy("            .UseQuickMode(new QuickModeCryptoSet { Id = \"qm\", PfsGroup = {|#0:PfsGroup.None|} })"),
                Policy("            .UseQuickMode(new QuickModeCryptoSet { Id = \"qm\", PfsGroup = PfsGroup.SameAsMainMode })"),
                new[] { At(0, RuleIds.PfsOff, DiagnosticSeverity.Warning) });
    }
}
