using System;
using System.Collections.Generic;
using System.Globalization;

namespace IpsecSdk.Export.PowerShell
{
    /// <summary>
    /// The one place that turns the SDK's enums into the value names the NetSecurity cmdlets accept
    /// (e.g. <see cref="Encryption.Des3"/> → <c>DES3</c>, <see cref="PfsGroup.SameAsMainMode"/> → <c>SameAsMainMode</c>).
    /// Flag enums become lists of names. Every name is checked against Microsoft's cmdlet reference by the tests.
    /// </summary>
    internal static class NetSecurityValues
    {
        internal static string Encryption(Encryption value) => value switch
        {
            IpsecSdk.Encryption.None => "None",
            IpsecSdk.Encryption.Des => "DES",
            IpsecSdk.Encryption.Des3 => "DES3",
            IpsecSdk.Encryption.Aes128 => "AES128",
            IpsecSdk.Encryption.Aes192 => "AES192",
            IpsecSdk.Encryption.Aes256 => "AES256",
            IpsecSdk.Encryption.AesGcm128 => "AESGCM128",
            IpsecSdk.Encryption.AesGcm192 => "AESGCM192",
            IpsecSdk.Encryption.AesGcm256 => "AESGCM256",
            _ => throw Unknown(value),
        };

        internal static string Integrity(Integrity value) => value switch
        {
            IpsecSdk.Integrity.None => "None",
            IpsecSdk.Integrity.Md5 => "MD5",
            IpsecSdk.Integrity.Sha1 => "SHA1",
            IpsecSdk.Integrity.Sha256 => "SHA256",
            IpsecSdk.Integrity.Sha384 => "SHA384",
            IpsecSdk.Integrity.AesGmac128 => "AESGMAC128",
            IpsecSdk.Integrity.AesGmac192 => "AESGMAC192",
            IpsecSdk.Integrity.AesGmac256 => "AESGMAC256",
            _ => throw Unknown(value),
        };

        internal static string KeyExchange(DiffieHellmanGroup value) => value switch
        {
            DiffieHellmanGroup.None => "None",
            DiffieHellmanGroup.Dh1 => "DH1",
            DiffieHellmanGroup.Dh2 => "DH2",
            DiffieHellmanGroup.Dh14 => "DH14",
            DiffieHellmanGroup.Dh19 => "DH19",
            DiffieHellmanGroup.Dh20 => "DH20",
            DiffieHellmanGroup.Dh24 => "DH24",
            _ => throw Unknown(value),
        };

        internal static string Pfs(PfsGroup value) => value switch
        {
            PfsGroup.None => "None",
            PfsGroup.Dh1 => "DH1",
            PfsGroup.Dh2 => "DH2",
            PfsGroup.Dh14 => "DH14",
            PfsGroup.Dh19 => "DH19",
            PfsGroup.Dh20 => "DH20",
            PfsGroup.Dh24 => "DH24",
            PfsGroup.SameAsMainMode => "SameAsMainMode",
            _ => throw Unknown(value),
        };

        /// <summary>AH and ESP together is the list <c>AH, ESP</c> (the cmdlet's own notation).</summary>
        internal static IReadOnlyList<string> Encapsulation(Encapsulation value) => value switch
        {
            IpsecSdk.Encapsulation.Ah => new[] { "AH" },
            IpsecSdk.Encapsulation.Esp => new[] { "ESP" },
            IpsecSdk.Encapsulation.AhAndEsp => new[] { "AH", "ESP" },
            _ => throw Unknown(value),
        };

        internal static string Security(SecurityAction value) => value switch
        {
            SecurityAction.None => "None",
            SecurityAction.Request => "Request",
            SecurityAction.Require => "Require",
            _ => throw Unknown(value),
        };

        internal static string Mode(IpsecMode value) => value switch
        {
            IpsecMode.Transport => "Transport",
            IpsecMode.Tunnel => "Tunnel",
            _ => throw Unknown(value),
        };

        internal static string Enabled(bool enabled) => enabled ? "True" : "False";

        internal static IReadOnlyList<string> KeyModules(KeyModule value) => Flags(value, "Default",
            (KeyModule.IkeV1, "IKEv1"), (KeyModule.AuthIP, "AuthIP"), (KeyModule.IkeV2, "IKEv2"));

        internal static IReadOnlyList<string> Profiles(FirewallProfiles value) => Flags(value, "Any",
            (FirewallProfiles.Domain, "Domain"), (FirewallProfiles.Private, "Private"), (FirewallProfiles.Public, "Public"));

        internal static IReadOnlyList<string> InterfaceTypes(InterfaceTypes value) => Flags(value, "Any",
            (IpsecSdk.InterfaceTypes.Wired, "Wired"), (IpsecSdk.InterfaceTypes.Wireless, "Wireless"), (IpsecSdk.InterfaceTypes.RemoteAccess, "RemoteAccess"));

        internal static IReadOnlyList<string> Exemptions(IpsecExemptions value) => value == IpsecExemptions.NotConfigured
            ? new[] { "NotConfigured" }
            : Flags(value, "None",
                (IpsecExemptions.NeighborDiscovery, "NeighborDiscovery"), (IpsecExemptions.Icmp, "Icmp"),
                (IpsecExemptions.RouterDiscovery, "RouterDiscovery"), (IpsecExemptions.Dhcp, "Dhcp"));

        internal static string AuthorityType(CertificateAuthorityType value) => value switch
        {
            CertificateAuthorityType.Root => "Root",
            CertificateAuthorityType.Intermediate => "Intermediate",
            _ => throw Unknown(value),
        };

        internal static string Signing(CertificateSigning value) => value switch
        {
            CertificateSigning.Rsa => "RSA",
            CertificateSigning.Ecdsa256 => "ECDSA256",
            CertificateSigning.Ecdsa384 => "ECDSA384",
            _ => throw Unknown(value),
        };

        internal static string SubjectNameType(CertificateNameType value) => value switch
        {
            CertificateNameType.None => "None",
            CertificateNameType.DomainName => "DomainName",
            CertificateNameType.UserPrincipalName => "UserPrincipalName",
            CertificateNameType.EmailAddress => "EmailAddress",
            CertificateNameType.CommonName => "CN",
            CertificateNameType.OrganizationalUnit => "OU",
            CertificateNameType.Organization => "O",
            CertificateNameType.DomainComponent => "DC",
            _ => throw Unknown(value),
        };

        internal static string CertValidationLevel(CertValidationLevel value) => value switch
        {
            IpsecSdk.CertValidationLevel.None => "None",
            IpsecSdk.CertValidationLevel.AttemptCrlCheck => "AttemptCrlCheck",
            IpsecSdk.CertValidationLevel.RequireCrlCheck => "RequireCrlCheck",
            IpsecSdk.CertValidationLevel.NotConfigured => "NotConfigured",
            _ => throw Unknown(value),
        };

        internal static string IpsecThroughNat(IpsecThroughNat value) => value switch
        {
            IpsecSdk.IpsecThroughNat.None => "None",
            IpsecSdk.IpsecThroughNat.Server => "Server",
            IpsecSdk.IpsecThroughNat.Both => "Both",
            IpsecSdk.IpsecThroughNat.NotConfigured => "NotConfigured",
            _ => throw Unknown(value),
        };

        internal static string KeyEncoding(PresharedKeyEncoding value) => value switch
        {
            PresharedKeyEncoding.Utf16 => "UTF16",
            PresharedKeyEncoding.Utf8 => "UTF8",
            PresharedKeyEncoding.NotConfigured => "NotConfigured",
            _ => throw Unknown(value),
        };

        /// <summary>The cmdlets' protocol names where one exists, otherwise the number (0..255).</summary>
        internal static string Protocol(int protocol) => protocol switch
        {
            IpProtocols.Tcp => "TCP",
            IpProtocols.Udp => "UDP",
            IpProtocols.IcmpV4 => "ICMPv4",
            IpProtocols.IcmpV6 => "ICMPv6",
            _ when protocol >= 0 && protocol <= 255 => protocol.ToString(CultureInfo.InvariantCulture),
            _ => throw new ArgumentOutOfRangeException(nameof(protocol), protocol, "The IP protocol must be 0..255 (or null for any); got " + protocol.ToString(CultureInfo.InvariantCulture) + "."),
        };

        private static IReadOnlyList<string> Flags<T>(T value, string none, params (T Flag, string Name)[] names)
            where T : struct, Enum
        {
            var bits = Convert.ToUInt64(value, CultureInfo.InvariantCulture);
            if (bits == 0)
            {
                return new[] { none };
            }

            var result = new List<string>();
            foreach (var (flag, name) in names)
            {
                var flagBits = Convert.ToUInt64(flag, CultureInfo.InvariantCulture);
                if ((bits & flagBits) == flagBits)
                {
                    result.Add(name);
                    bits &= ~flagBits;
                }
            }

            return bits == 0 ? result : throw Unknown(value);
        }

        private static ArgumentOutOfRangeException Unknown<T>(T value)
            where T : struct, Enum =>
            new ArgumentOutOfRangeException(typeof(T).Name, value, typeof(T).Name + " value " + value + " has no NetSecurity cmdlet name; allowed: " + string.Join(", ", Enum.GetNames(typeof(T))) + ".");
    }
}
