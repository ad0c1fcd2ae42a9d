namespace IpsecSdk.Package.Tests.Infrastructure;

/// <summary>
/// The C# files the consumer projects compile. A line that must carry diagnostics ends in
/// <c>// expect: ID ...</c> (see <see cref="ExpectedDiagnostics"/>). The files stay C# 7.3 so the same
/// code compiles in the net462 and netstandard2.0 consumers.
/// </summary>
public static class ConsumerSources
{
    /// <summary>File name of <see cref="WeakPolicy"/>.</summary>
    public const string WeakPolicyFile = "WeakPolicy.cs";

    /// <summary>Weak choices the default baseline warns about (none of them is an error there).</summary>
    public const string WeakPolicy = """
        using IpsecSdk;

        namespace Consumer
        {
            public static class WeakPolicies
            {
                public static IpsecPolicy Legacy()
                {
                    return IpsecPolicy.Create("Consumer.Weak")
                        .AddRule("legacy", r => r
                            .RequireInboundAndOutbound()
                            .UseMainMode(m => m.AddProposal(Encryption.Des3, Integrity.Sha1, DiffieHellmanGroup.Dh2)) // expect: IPSEC001 IPSEC002 IPSEC003
                            .UseQuickMode(q => q.AddEspProposal(Integrity.Sha256, Encryption.Aes256).WithPfs(PfsGroup.None)) // expect: IPSEC004
                            .AuthenticateWithCertificate("CN=Consumer Root"))
                        .AddRule("branch", r => r
                            .RequireInboundAndOutbound()
                            .UseKeyModule(KeyModule.AuthIP)
                            .AuthenticateWithPresharedKey("not-a-secret")) // expect: IPSEC006
                        .Build();
                }
            }
        }
        """;

    /// <summary>File name of <see cref="FixablePolicy"/>.</summary>
    public const string FixablePolicyFile = "FixablePolicy.cs";

    /// <summary>Weak algorithm choices the packaged code fixes can rewrite.</summary>
    public const string FixablePolicy = """
        using IpsecSdk;

        namespace Consumer
        {
            public static class FixablePolicies
            {
                public static IpsecPolicy Legacy()
                {
                    return IpsecPolicy.Create("Consumer.Fixable")
                        .AddRule("legacy", r => r
                            .RequireInboundAndOutbound()
                            .UseMainMode(m => m.AddProposal(Encryption.Des3, Integrity.Sha1, DiffieHellmanGroup.Dh2)) // expect: IPSEC001 IPSEC002 IPSEC003
                            .UseQuickMode(q => q.AddEspProposal(Integrity.Sha256, Encryption.Aes256).WithPfs(PfsGroup.None)) // expect: IPSEC004
                            .AuthenticateWithCertificate("CN=Consumer Root"))
                        .Build();
                }
            }
        }
        """;

    /// <summary>File name of <see cref="Dh14Policy"/>.</summary>
    public const string Dh14PolicyFile = "Dh14Policy.cs";

    /// <summary>Line of the DH group 14 proposal in <see cref="Dh14Policy"/>.</summary>
    public const int Dh14Line = 12;

    /// <summary>
    /// DH group 14 (MODP-2048): fine under the default baseline, below BSI's 3000-bit floor
    /// (warning) and not CNSA (error). Everything else on the rule is strong in every pack.
    /// </summary>
    public const string Dh14Policy = """
        using IpsecSdk;

        namespace Consumer
        {
            public static class Dh14Policies
            {
                public static IpsecPolicy Modp2048()
                {
                    return IpsecPolicy.Create("Consumer.Dh14")
                        .AddRule("modp2048", r => r
                            .RequireInboundAndOutbound()
                            .UseMainMode(m => m.AddProposal(Encryption.Aes256, Integrity.Sha384, DiffieHellmanGroup.Dh14))
                            .AuthenticateWithCertificate("CN=Consumer Root"))
                        .Build();
                }
            }
        }
        """;

    /// <summary>File name of <see cref="Lookalike"/>.</summary>
    public const string LookalikeFile = "Lookalike.cs";

    /// <summary>
    /// Code that never touches the SDK's types but mimics their names: the analyzers match symbols,
    /// not spellings, so they must stay silent here.
    /// </summary>
    public const string Lookalike = """
        namespace Consumer
        {
            public enum Integrity { Md5, Sha1 }

            public enum Encryption { Des, Des3 }

            public sealed class MainModeCryptoSetBuilder
            {
                public MainModeCryptoSetBuilder AddProposal(Encryption encryption, Integrity integrity, int keyExchange) { return this; }
            }

            public static class NotIpsec
            {
                public static MainModeCryptoSetBuilder Legacy()
                {
                    return new MainModeCryptoSetBuilder().AddProposal(Encryption.Des, Integrity.Md5, 1);
                }
            }
        }
        """;
}
