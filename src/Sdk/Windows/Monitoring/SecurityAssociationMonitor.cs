using System;
using System.Collections.Generic;
using System.Linq;
using IpsecSdk.Catalogue;
using IpsecSdk.Validation;
using IpsecSdk.Windows.Cim;
using IpsecSdk.Windows.Mapping;

namespace IpsecSdk.Windows.Monitoring
{
    /// <summary>
    /// Reads the live SAs through a gateway and judges what they actually negotiated with the baseline
    /// catalogue (BSI M 5.90 asks to verify SA set-up with monitoring tools). Findings carry paths like
    /// <c>mainModeSAs[0].hashAlgorithm</c>.
    /// </summary>
    public static class SecurityAssociationMonitor
    {
        /// <summary>All live main-mode SAs.</summary>
        public static IReadOnlyList<MainModeSecurityAssociation> ReadMainMode(ICimGateway gateway) =>
            (gateway ?? throw new ArgumentNullException(nameof(gateway))).Enumerate(CimTarget.Live, CimClassNames.MainModeSA).Select(ToMainMode).ToList();

        /// <summary>All live quick-mode SAs.</summary>
        public static IReadOnlyList<QuickModeSecurityAssociation> ReadQuickMode(ICimGateway gateway) =>
            (gateway ?? throw new ArgumentNullException(nameof(gateway))).Enumerate(CimTarget.Live, CimClassNames.QuickModeSA).Select(ToQuickMode).ToList();

        /// <summary>Reads every live SA and judges it under <paramref name="pack"/>.</summary>
        public static IReadOnlyList<Finding> Check(ICimGateway gateway, BaselinePack pack = BaselinePack.Default) =>
            Judge(ReadMainMode(gateway), ReadQuickMode(gateway), pack);

        /// <summary>Findings for every negotiated algorithm the pack judges worse than OK.</summary>
        public static IReadOnlyList<Finding> Judge(IReadOnlyList<MainModeSecurityAssociation> mainMode, IReadOnlyList<QuickModeSecurityAssociation> quickMode, BaselinePack pack)
        {
            var findings = new List<Finding>();
            for (var i = 0; i < mainMode.Count; i++)
            {
                var sa = mainMode[i];
                var path = "mainModeSAs[" + i + "].";
                var who = "The live main-mode SA " + Peers(sa.LocalEndpoint, sa.RemoteEndpoint);
                Add(findings, pack, path + "hashAlgorithm", who, sa.Integrity, RuleIds.WeakIntegrity, v => BaselineCatalogue.Integrity(v, CryptoPhase.MainMode));
                Add(findings, pack, path + "cipherAlgorithm", who, sa.Encryption, RuleIds.WeakEncryption, v => BaselineCatalogue.Encryption(v, CryptoPhase.MainMode));
                Add(findings, pack, path + "groupId", who, sa.KeyExchange, RuleIds.WeakKeyExchange, BaselineCatalogue.KeyExchange);
            }

            for (var i = 0; i < quickMode.Count; i++)
            {
                var sa = quickMode[i];
                var path = "quickModeSAs[" + i + "].";
                var who = "The live quick-mode SA " + Peers(sa.LocalEndpoint, sa.RemoteEndpoint);
                AddTransform(findings, pack, path + "first", who, sa.FirstIntegrity, sa.FirstEncryption);
                if (sa.SecondTransformType != 0)
                {
                    AddTransform(findings, pack, path + "second", who, sa.SecondIntegrity, sa.SecondEncryption);
                }

                Add(findings, pack, path + "pfsGroupId", who, sa.PfsGroup, RuleIds.PfsOff, BaselineCatalogue.Pfs);
            }

            return findings;
        }

        // One quick-mode transform: its integrity and cipher (paths ...firstIntegrityAlgorithm / ...firstCipherAlgorithm).
        private static void AddTransform(List<Finding> findings, BaselinePack pack, string prefix, string who, Integrity integrity, Encryption encryption)
        {
            Add(findings, pack, prefix + "IntegrityAlgorithm", who, integrity, RuleIds.WeakIntegrity, v => BaselineCatalogue.Integrity(v, CryptoPhase.QuickMode));
            Add(findings, pack, prefix + "CipherAlgorithm", who, encryption, RuleIds.WeakEncryption, v => BaselineCatalogue.Encryption(v, CryptoPhase.QuickMode));
        }

        private static void Add<T>(List<Finding> findings, BaselinePack pack, string path, string who, T value, string unknownRule, Func<T, CatalogueEntry> row)
            where T : struct, Enum
        {
            if (!Enum.IsDefined(typeof(T), value))
            {
                findings.Add(new Finding(unknownRule, Verdict.Warning, path, who + " reports " + typeof(T).Name + " value " + Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) + ", which no documented algorithm has; it cannot be judged."));
                return;
            }

            var entry = row(value);
            var verdict = entry.For(pack);
            if (verdict != Verdict.Ok)
            {
                findings.Add(new Finding(entry.RuleId, verdict, path, who + " uses " + value + ": " + entry.Message(pack), entry.Source));
            }
        }

        private static string Peers(string? local, string? remote) => (local ?? "?") + " <-> " + (remote ?? "?");

        private static MainModeSecurityAssociation ToMainMode(CimInstanceDescription o) => new MainModeSecurityAssociation
        {
            InstanceId = CimValues.String(o, "InstanceID"),
            LocalEndpoint = CimValues.String(o, "LocalEndpoint"),
            RemoteEndpoint = CimValues.String(o, "RemoteEndpoint"),
            KeyModule = (int)CimValues.Integer(o, "KeyModule", 0),
            Encryption = (Encryption)CimValues.Integer(o, "CipherAlgorithm", 0),
            Integrity = (Integrity)CimValues.Integer(o, "HashAlgorithm", 0),
            KeyExchange = (DiffieHellmanGroup)CimValues.Integer(o, "GroupId", 0),
            LocalUdpEncapsulationPort = (int)CimValues.Integer(o, "LocalUdpEncapsulationPort", 0),
            RemoteUdpEncapsulationPort = (int)CimValues.Integer(o, "RemoteUdpEncapsulationPort", 0),
        };

        private static QuickModeSecurityAssociation ToQuickMode(CimInstanceDescription o) => new QuickModeSecurityAssociation
        {
            InstanceId = CimValues.String(o, "InstanceID"),
            LocalEndpoint = CimValues.String(o, "LocalEndpoint"),
            RemoteEndpoint = CimValues.String(o, "RemoteEndpoint"),
            LocalPort = (int)CimValues.Integer(o, "LocalPort", 0),
            RemotePort = (int)CimValues.Integer(o, "RemotePort", 0),
            IpProtocol = (int)CimValues.Integer(o, "IpProtocol", 0),
            MainModeSaId = (ulong)CimValues.Integer(o, "MmSaId", 0),
            FirstTransformType = (uint)CimValues.Integer(o, "FirstTransformType", 0),
            FirstIntegrity = (Integrity)CimValues.Integer(o, "FirstIntegrityAlgorithm", 0),
            FirstEncryption = (Encryption)CimValues.Integer(o, "FirstCipherAlgorithm", 0),
            SecondTransformType = (uint)CimValues.Integer(o, "SecondTransformType", 0),
            SecondIntegrity = (Integrity)CimValues.Integer(o, "SecondIntegrityAlgorithm", 0),
            SecondEncryption = (Encryption)CimValues.Integer(o, "SecondCipherAlgorithm", 0),
            PfsGroup = (PfsGroup)CimValues.Integer(o, "PfsGroupId", 0),
        };
    }
}
