using System;
using System.Collections.Generic;
using System.Linq;
using IpsecSdk.Catalogue;

namespace IpsecSdk.Analyzers.Tests.Agreement
{
    /// <summary>Every catalogue row that consumer code can express, as a snippet (built from the enums, not from a table).</summary>
    public static class AgreementCases
    {
        private const string Certificate = "r.AuthenticateWithCertificate(\"CN=ca\")";

        /// <summary>Rows no source code can express: they need the peer's configuration.</summary>
        public static readonly CatalogueEntry[] WithoutSourceForm = { BaselineCatalogue.NoCommonProposal };

        public static IReadOnlyList<AgreementCase> All { get; } = Build().ToList();

        private static IEnumerable<AgreementCase> Build()
        {
            foreach (var integrity in Values<Integrity>())
            {
                // GMAC-n pairs with GCM-n (IPSEC105); everything else with AES-256-CBC.
                var pair = integrity.ToString().StartsWith("AesGmac", StringComparison.Ordinal) ? integrity.ToString().Replace("Gmac", "Gcm", StringComparison.Ordinal) : "Aes256";
                yield return Rule("QM integrity " + integrity, BaselineCatalogue.Integrity(integrity, CryptoPhase.QuickMode),
                    ".UseQuickMode(q => q.AddEspProposal(/*<*/Integrity." + integrity + "/*>*/, Encryption." + pair + "))", "quickMode.proposals[0].espIntegrity");
                yield return Rule("MM integrity " + integrity, BaselineCatalogue.Integrity(integrity, CryptoPhase.MainMode),
                    ".UseMainMode(m => m.AddProposal(Encryption.Aes256, /*<*/Integrity." + integrity + "/*>*/, DiffieHellmanGroup.Dh20))", "mainMode.proposals[0].integrity");
            }

            foreach (var encryption in Values<Encryption>())
            {
                var pair = encryption.ToString().StartsWith("AesGcm", StringComparison.Ordinal) ? encryption.ToString().Replace("Gcm", "Gmac", StringComparison.Ordinal) : "Sha256";
                yield return Rule("QM encryption " + encryption, BaselineCatalogue.Encryption(encryption, CryptoPhase.QuickMode),
                    ".UseQuickMode(q => q.AddEspProposal(Integrity." + pair + ", /*<*/Encryption." + encryption + "/*>*/))", "quickMode.proposals[0].encryption");
                yield return Rule("MM encryption " + encryption, BaselineCatalogue.Encryption(encryption, CryptoPhase.MainMode),
                    ".UseMainMode(m => m.AddProposal(/*<*/Encryption." + encryption + "/*>*/, Integrity.Sha384, DiffieHellmanGroup.Dh20))", "mainMode.proposals[0].encryption");
            }

            foreach (var group in Values<DiffieHellmanGroup>())
            {
                yield return Rule("key exchange " + group, BaselineCatalogue.KeyExchange(group),
                    ".UseMainMode(m => m.AddProposal(Encryption.Aes256, Integrity.Sha384, /*<*/DiffieHellmanGroup." + group + "/*>*/))", "mainMode.proposals[0].keyExchange");
            }

            foreach (var group in Values<PfsGroup>())
            {
                yield return Rule("PFS " + group, BaselineCatalogue.Pfs(group), ".UseQuickMode(q => q.WithPfs(/*<*/PfsGroup." + group + "/*>*/))", "quickMode.pfsGroup");
            }

            foreach (var encapsulation in Values<Encapsulation>())
            {
                yield return Rule("encapsulation " + encapsulation, BaselineCatalogue.Encapsulation(encapsulation),
                    ".UseQuickMode(q => q.AddProposal(p => p.WithEncapsulation(/*<*/Encapsulation." + encapsulation + "/*>*/).WithIntegrity(Integrity.Sha256).WithEncryption(Encryption.Aes256)))",
                    "quickMode.proposals[0].encapsulation");
            }

            foreach (var method in Values<AuthenticationMethod>())
            {
                yield return Authentication(method);
            }

            foreach (var signing in Values<CertificateSigning>())
            {
                yield return new AgreementCase("signing " + signing, BaselineCatalogue.Signing(signing),
                    ".AddRule(\"r\", r => r.AuthenticateWithCertificate(\"CN=ca\", c => c.WithSigning(/*<*/CertificateSigning." + signing + "/*>*/)))", "rules[0].phase1Authentication.proposals[0].signing");
            }

            foreach (var level in Values<CertValidationLevel>())
            {
                yield return new AgreementCase("CRL " + level, BaselineCatalogue.RevocationChecking(level),
                    ".AddRule(\"r\", r => " + Certificate + ").WithSettings(s => s with { CertValidationLevel = /*<*/CertValidationLevel." + level + "/*>*/ })", "settings.certValidationLevel");
            }

            foreach (var requirement in Values<ProtectionRequirement>())
            {
                yield return new AgreementCase("request mode " + requirement, BaselineCatalogue.RequestMode(requirement),
                    ".WithProtectionRequirement(ProtectionRequirement." + requirement + ").AddRule(\"r\", r => " + Certificate + ".WithSecurity(SecurityAction.Require, /*<*/SecurityAction.Request/*>*/))", "rules[0].outboundSecurity");
                yield return new AgreementCase("request mode in a boundary zone " + requirement, BaselineCatalogue.RequestMode(requirement, IsolationZone.Boundary),
                    ".WithProtectionRequirement(ProtectionRequirement." + requirement + ").AddRule(\"r\", r => " + Certificate + "./*<*/AsBoundaryZone/*>*/())", "rules[0].inboundSecurity");
                yield return new AgreementCase("master-key PFS off " + requirement, BaselineCatalogue.MasterKeyPfsOff(requirement),
                    ".WithProtectionRequirement(ProtectionRequirement." + requirement + ").AddRule(\"r\", r => " + Certificate + ".UseMainMode(m => m.WithMaxSessions(/*<*/0/*>*/)))", "rules[0].mainMode.maxSessions");
            }

            foreach (var module in new[] { KeyModule.IkeV1, KeyModule.AuthIP })
            {
                yield return Rule("key module " + module, BaselineCatalogue.KeyModuleChoice(module), ".UseKeyModule(/*<*/KeyModule." + module + "/*>*/)", "keyModule");
            }

            foreach (var minutes in new[] { 480, 1500 })
            {
                yield return Rule("MM lifetime " + minutes, BaselineCatalogue.MainModeLifetime(minutes), ".UseMainMode(m => m.WithLifetime(/*<*/" + minutes + "/*>*/))", "mainMode.lifetimeMinutes");
            }

            foreach (var minutes in new[] { 300, 600 })
            {
                var m = minutes;
                yield return new AgreementCase("QM lifetime " + minutes, BaselineCatalogue.QuickModeLifetimeTooLong,
                    ".AddRule(\"r\", r => " + Certificate + ".UseQuickMode(q => q.AddProposal(p => p.WithLifetime(/*<*/" + minutes + "/*>*/))))", "rules[0].quickMode.proposals[0].lifetimeMinutes",
                    pack => BaselineCatalogue.QuickModeLifetime(m, pack));
            }

            yield return new AgreementCase("anonymous only", BaselineCatalogue.AnonymousOnly,
                ".AddRule(\"r\", r => r./*<*/AllowAnonymous/*>*/().AuthenticateUserWithCertificate(\"CN=ca\"))", "rules[0].phase1Authentication.proposals");
            yield return new AgreementCase("Kerberos towards the Internet", BaselineCatalogue.KerberosOutsideDomain,
                ".AddRule(\"r\", r => r./*<*/AuthenticateWithKerberos/*>*/().WithRemoteAddresses(\"Internet\"))", "rules[0].remoteAddresses[0]");
            yield return new AgreementCase("Kerberos with NoDefaultExempt false", BaselineCatalogue.KerberosExempt,
                ".AddRule(\"r\", r => r.AuthenticateWithKerberos()).WithSettings(s => s with { NoDefaultExempt = /*<*/false/*>*/ })", "settings.noDefaultExempt");
        }

        private static AgreementCase Rule(string name, CatalogueEntry entry, string configure, string path) =>
            new AgreementCase(name, entry, ".AddRule(\"r\", r => " + Certificate + configure + ")", "rules[0]." + path);

        private static AgreementCase Authentication(AuthenticationMethod method)
        {
            var entry = BaselineCatalogue.Authentication(method);
            switch (method)
            {
                case AuthenticationMethod.PresharedKey: return Phase1(entry, "AuthenticateWithPresharedKey", "\"key\"");
                case AuthenticationMethod.MachineNtlm: return Phase1(entry, "AuthenticateWithNtlm", "");
                case AuthenticationMethod.MachineKerberos: return Phase1(entry, "AuthenticateWithKerberos", "");
                case AuthenticationMethod.MachineCertificate: return Phase1(entry, "AuthenticateWithCertificate", "\"CN=ca\"");
                case AuthenticationMethod.Anonymous:
                    return new AgreementCase("authentication " + method, entry, ".AddRule(\"r\", r => " + Certificate + "./*<*/AllowAnonymous/*>*/())", "rules[0].phase1Authentication.proposals[1].method");
                case AuthenticationMethod.UserNtlm: return Phase2(entry, "AuthenticateUserWithNtlm", "");
                case AuthenticationMethod.UserKerberos: return Phase2(entry, "AuthenticateUserWithKerberos", "");
                case AuthenticationMethod.UserCertificate: return Phase2(entry, "AuthenticateUserWithCertificate", "\"CN=ca\"");
                case AuthenticationMethod.MachineHealthCertificate: return Phase2(entry, "AuthenticateWithHealthCertificate", "\"CN=ca\"");
                default: throw new ArgumentOutOfRangeException(nameof(method), method, "No builder method for this authentication method; add a case.");
            }
        }

        private static AgreementCase Phase1(CatalogueEntry entry, string method, string arguments) =>
            new AgreementCase("authentication " + method, entry, ".AddRule(\"r\", r => r./*<*/" + method + "/*>*/(" + arguments + "))", "rules[0].phase1Authentication.proposals[0].method");

        private static AgreementCase Phase2(CatalogueEntry entry, string method, string arguments) =>
            new AgreementCase("authentication " + method, entry, ".AddRule(\"r\", r => " + Certificate + "./*<*/" + method + "/*>*/(" + arguments + "))", "rules[0].phase2Authentication.proposals[0].method");

        private static IEnumerable<T> Values<T>() where T : struct, Enum => Enum.GetValues(typeof(T)).Cast<T>();
    }
}
