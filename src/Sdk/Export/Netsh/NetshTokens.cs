using System;
using System.Collections.Generic;

namespace IpsecSdk.Export.Netsh
{
    /// <summary>
    /// The netsh advfirewall token for each SDK enum value, as the netsh help and the schema reference
    /// (windows-ipsec-schema.md 1.2.1, 1.7, 3.1, 3.2) spell them. <c>null</c> means netsh has no token.
    /// </summary>
    internal static class NetshTokens
    {
        /// <summary>Encryption token (<c>des</c>, <c>3des</c>, <c>aes128</c> …, <c>aesgcm256</c>); null for <see cref="Encryption.None"/>.</summary>
        public static string? Encryption(Encryption encryption) => encryption switch
        {
            IpsecSdk.Encryption.Des => "des",
            IpsecSdk.Encryption.Des3 => "3des",
            IpsecSdk.Encryption.Aes128 => "aes128",
            IpsecSdk.Encryption.Aes192 => "aes192",
            IpsecSdk.Encryption.Aes256 => "aes256",
            IpsecSdk.Encryption.AesGcm128 => "aesgcm128",
            IpsecSdk.Encryption.AesGcm192 => "aesgcm192",
            IpsecSdk.Encryption.AesGcm256 => "aesgcm256",
            _ => null,
        };

        /// <summary>Integrity token (<c>md5</c>, <c>sha1</c>, <c>sha256</c>, <c>sha384</c>, <c>aesgmac128</c> …); null for <see cref="Integrity.None"/>.</summary>
        public static string? Integrity(Integrity integrity) => integrity switch
        {
            IpsecSdk.Integrity.Md5 => "md5",
            IpsecSdk.Integrity.Sha1 => "sha1",
            IpsecSdk.Integrity.Sha256 => "sha256",
            IpsecSdk.Integrity.Sha384 => "sha384",
            IpsecSdk.Integrity.AesGmac128 => "aesgmac128",
            IpsecSdk.Integrity.AesGmac192 => "aesgmac192",
            IpsecSdk.Integrity.AesGmac256 => "aesgmac256",
            _ => null,
        };

        /// <summary>
        /// ESP integrity token of a quick-mode proposal. With AES-GCM encryption netsh wants the GCM token on
        /// both sides (<c>esp:aesgcm256-aesgcm256</c>), where the SDK model stores the matching GMAC integrity.
        /// </summary>
        public static string? EspIntegrity(Integrity integrity, Encryption encryption) =>
            GcmPairs.IsGcm(encryption) && integrity == GcmPairs.GmacFor(encryption) ? Encryption(encryption) : Integrity(integrity);

        /// <summary>Main-mode key-exchange token of <c>mmsecmethods</c> (<c>dhgroup14</c>, <c>ecdhp384</c> …); null for none.</summary>
        public static string? KeyExchange(DiffieHellmanGroup group) => group switch
        {
            DiffieHellmanGroup.Dh1 => "dhgroup1",
            DiffieHellmanGroup.Dh2 => "dhgroup2",
            DiffieHellmanGroup.Dh14 => "dhgroup14",
            DiffieHellmanGroup.Dh19 => "ecdhp256",
            DiffieHellmanGroup.Dh20 => "ecdhp384",
            DiffieHellmanGroup.Dh24 => "dhgroup24",
            _ => null,
        };

        /// <summary>
        /// <c>qmpfs=</c> token. <see cref="PfsGroup.Dh24"/> yields <c>dhgroup24</c>, which only the newer
        /// <c>mmsecmethods</c> help lists: <see cref="IsDocumentedQuickModePfs"/> is false for it.
        /// </summary>
        public static string QuickModePfs(PfsGroup group) => group switch
        {
            PfsGroup.None => "none",
            PfsGroup.Dh1 => "dhgroup1",
            PfsGroup.Dh2 => "dhgroup2",
            PfsGroup.Dh14 => "dhgroup14",
            PfsGroup.Dh19 => "ecdhp256",
            PfsGroup.Dh20 => "ecdhp384",
            PfsGroup.Dh24 => "dhgroup24",
            PfsGroup.SameAsMainMode => "mainmode",
            _ => "none",
        };

        /// <summary>Whether the <c>qmpfs=</c> help lists the group (it lacks <c>dhgroup24</c>).</summary>
        public static bool IsDocumentedQuickModePfs(PfsGroup group) => group != PfsGroup.Dh24;

        /// <summary>
        /// <c>action=</c> token for inbound/outbound security (schema 1.2.1); null for pairs netsh cannot state.
        /// Require-in/None-out is <c>requireinclearout</c>, valid in tunnel mode only.
        /// </summary>
        public static string? Action(SecurityAction inbound, SecurityAction outbound, IpsecMode mode) => (inbound, outbound) switch
        {
            (SecurityAction.Require, SecurityAction.Request) => "requireinrequestout",
            (SecurityAction.Request, SecurityAction.Request) => "requestinrequestout",
            (SecurityAction.Require, SecurityAction.Require) => "requireinrequireout",
            (SecurityAction.None, SecurityAction.None) => "noauthentication",
            (SecurityAction.Require, SecurityAction.None) when mode == IpsecMode.Tunnel => "requireinclearout",
            _ => null,
        };

        /// <summary><c>mode=</c> token.</summary>
        public static string Mode(IpsecMode mode) => mode == IpsecMode.Tunnel ? "tunnel" : "transport";

        /// <summary><c>profile=</c> value: <c>any</c> or a comma list of <c>domain</c>, <c>private</c>, <c>public</c>.</summary>
        public static string Profiles(FirewallProfiles profiles)
        {
            if (profiles == FirewallProfiles.Any)
            {
                return "any";
            }
            var tokens = new List<string>();
            if ((profiles & FirewallProfiles.Domain) != 0)
            {
                tokens.Add("domain");
            }
            if ((profiles & FirewallProfiles.Private) != 0)
            {
                tokens.Add("private");
            }
            if ((profiles & FirewallProfiles.Public) != 0)
            {
                tokens.Add("public");
            }
            return string.Join(",", tokens);
        }

        /// <summary>
        /// <c>interfacetype=</c> token: netsh takes exactly one of <c>any</c>, <c>lan</c>, <c>wireless</c>, <c>ras</c>
        /// (the Windows 7 help misspells it "wiresless"; the Technical Reference says <c>wireless</c>).
        /// Null for combinations.
        /// </summary>
        public static string? InterfaceType(InterfaceTypes types) => types switch
        {
            InterfaceTypes.Any => "any",
            InterfaceTypes.Wired => "lan",
            InterfaceTypes.Wireless => "wireless",
            InterfaceTypes.RemoteAccess => "ras",
            _ => null,
        };

        /// <summary><c>protocol=</c> token: <c>any</c>, <c>tcp</c>, <c>udp</c>, <c>icmpv4</c>, <c>icmpv6</c> or the number.</summary>
        public static string Protocol(int? protocol) => protocol switch
        {
            null => "any",
            IpProtocols.Tcp => "tcp",
            IpProtocols.Udp => "udp",
            IpProtocols.IcmpV4 => "icmpv4",
            IpProtocols.IcmpV6 => "icmpv6",
            _ => protocol.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        /// <summary>
        /// <c>auth1=</c>/<c>auth2=</c> method token. Certificates carry their signing algorithm
        /// (<c>computercert</c> = RSA, <c>computercertecdsap256</c>, <c>usercertecdsap384</c> …); a phase-2 machine
        /// (health) certificate is <c>computercert…</c>. Null where netsh has no token.
        /// </summary>
        public static string? AuthenticationMethod(AuthenticationMethod method, CertificateSigning signing) => method switch
        {
            IpsecSdk.AuthenticationMethod.Anonymous => "anonymous",
            IpsecSdk.AuthenticationMethod.MachineKerberos => "computerkerb",
            IpsecSdk.AuthenticationMethod.MachineNtlm => "computerntlm",
            IpsecSdk.AuthenticationMethod.PresharedKey => "computerpsk",
            IpsecSdk.AuthenticationMethod.UserKerberos => "userkerb",
            IpsecSdk.AuthenticationMethod.UserNtlm => "userntlm",
            IpsecSdk.AuthenticationMethod.MachineCertificate => "computercert" + SigningSuffix(signing),
            IpsecSdk.AuthenticationMethod.MachineHealthCertificate => "computercert" + SigningSuffix(signing),
            IpsecSdk.AuthenticationMethod.UserCertificate => "usercert" + SigningSuffix(signing),
            _ => null,
        };

        /// <summary>
        /// True when <c>auth2=</c> accepts the method token: <c>computercert…</c>, <c>userkerb</c>, <c>usercert…</c>,
        /// <c>userntlm</c> and <c>anonymous</c> per the netsh help; never the computer PSK, Kerberos or NTLM tokens.
        /// </summary>
        public static bool AcceptedInPhase2(string method) =>
            method.StartsWith("computercert", StringComparison.Ordinal) || method.StartsWith("user", StringComparison.Ordinal) || method == "anonymous";

        /// <summary>
        /// The parameter that names trusted CAs for a certificate method in phase 1 or 2:
        /// <c>auth1ca</c>, <c>auth1ecdsap256ca</c>, <c>auth2ecdsap384ca</c> ….
        /// </summary>
        public static string CertificateAuthorityParameter(int phase, CertificateSigning signing) =>
            "auth" + phase + SigningSuffix(signing) + "ca";

        /// <summary>The phase-1 health-certificate switch for a signing algorithm: <c>auth1healthcert</c>, <c>auth1ecdsap256healthcert</c>, <c>auth1ecdsap384healthcert</c>.</summary>
        public static string HealthCertificateParameter(CertificateSigning signing) => "auth1" + SigningSuffix(signing) + "healthcert";

        /// <summary><c>catype:</c> value inside an <c>auth1ca</c> entry.</summary>
        public static string CertificateAuthorityType(CertificateAuthorityType type) =>
            type == IpsecSdk.CertificateAuthorityType.Intermediate ? "intermediate" : "root";

        /// <summary><c>set global ipsec strongcrlcheck</c> value (0, 1, 2 or <c>notconfigured</c>).</summary>
        public static string StrongCrlCheck(CertValidationLevel level) => level switch
        {
            CertValidationLevel.None => "0",
            CertValidationLevel.AttemptCrlCheck => "1",
            CertValidationLevel.RequireCrlCheck => "2",
            _ => "notconfigured",
        };

        /// <summary><c>set global ipsec ipsecthroughnat</c> value.</summary>
        public static string IpsecThroughNat(IpsecThroughNat value) => value switch
        {
            IpsecSdk.IpsecThroughNat.None => "never",
            IpsecSdk.IpsecThroughNat.Server => "serverbehindnat",
            IpsecSdk.IpsecThroughNat.Both => "serverandclientbehindnat",
            _ => "notconfigured",
        };

        /// <summary>
        /// <c>set global ipsec defaultexemptions</c> value: <c>none</c>, <c>notconfigured</c> or a comma list of
        /// <c>neighbordiscovery</c>, <c>icmp</c>, <c>dhcp</c>. Null when router discovery is exempt: netsh has no token for it.
        /// </summary>
        public static string? DefaultExemptions(IpsecExemptions exemptions)
        {
            if (exemptions == IpsecExemptions.NotConfigured)
            {
                return "notconfigured";
            }
            if ((exemptions & IpsecExemptions.RouterDiscovery) != 0)
            {
                return null;
            }
            var tokens = new List<string>();
            if ((exemptions & IpsecExemptions.NeighborDiscovery) != 0)
            {
                tokens.Add("neighbordiscovery");
            }
            if ((exemptions & IpsecExemptions.Icmp) != 0)
            {
                tokens.Add("icmp");
            }
            if ((exemptions & IpsecExemptions.Dhcp) != 0)
            {
                tokens.Add("dhcp");
            }
            return tokens.Count == 0 ? "none" : string.Join(",", tokens);
        }

        /// <summary>
        /// netsh endpoint keyword for a NetSecurity address keyword (case-insensitive): <c>any</c>,
        /// <c>localsubnet</c>, <c>dns</c>, <c>dhcp</c>, <c>wins</c>, <c>defaultgateway</c>. Null for keywords netsh
        /// lacks (<c>Internet</c>, <c>Intranet</c>, <c>IntranetRemoteAccess</c>, <c>PlayToDevice</c> …) and for literals.
        /// </summary>
        public static string? AddressKeyword(string address)
        {
            switch (address.ToUpperInvariant())
            {
                case "ANY":
                case "*":
                    return "any";
                case "LOCALSUBNET":
                    return "localsubnet";
                case "DNS":
                    return "dns";
                case "DHCP":
                    return "dhcp";
                case "WINS":
                    return "wins";
                case "DEFAULTGATEWAY":
                    return "defaultgateway";
                default:
                    return null;
            }
        }

        private static string SigningSuffix(CertificateSigning signing) => signing switch
        {
            CertificateSigning.Ecdsa256 => "ecdsap256",
            CertificateSigning.Ecdsa384 => "ecdsap384",
            _ => "",
        };
    }
}
