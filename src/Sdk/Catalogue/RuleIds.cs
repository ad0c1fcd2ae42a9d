namespace IpsecSdk.Catalogue
{
    /// <summary>The rule IDs: the contract shared by analyzers, run-time findings, docs pages and SARIF.</summary>
    public static class RuleIds
    {
        /// <summary>Weak integrity / hash algorithm.</summary>
        public const string WeakIntegrity = "IPSEC001";
        /// <summary>Weak or missing encryption.</summary>
        public const string WeakEncryption = "IPSEC002";
        /// <summary>Weak Diffie-Hellman group (main mode or PFS group).</summary>
        public const string WeakKeyExchange = "IPSEC003";
        /// <summary>Perfect forward secrecy off for session keys.</summary>
        public const string PfsOff = "IPSEC004";
        /// <summary>AH encapsulation.</summary>
        public const string AhEncapsulation = "IPSEC005";
        /// <summary>Pre-shared key authentication.</summary>
        public const string PresharedKey = "IPSEC006";
        /// <summary>Clear-text fallback (request mode).</summary>
        public const string ClearTextFallback = "IPSEC007";
        /// <summary>Kerberos for peers outside the domain.</summary>
        public const string KerberosOutsideDomain = "IPSEC008";
        /// <summary>Key lifetime beyond the baseline.</summary>
        public const string LongLifetime = "IPSEC009";
        /// <summary>Master-key PFS off where protection needs are high.</summary>
        public const string MasterKeyPfsOff = "IPSEC010";
        /// <summary>Certificate authentication without revocation checking.</summary>
        public const string NoRevocationCheck = "IPSEC011";
        /// <summary>NTLM authentication.</summary>
        public const string Ntlm = "IPSEC012";
        /// <summary>IKEv1 key module.</summary>
        public const string IkeV1 = "IPSEC013";
        /// <summary>No mutual authentication (anonymous only, or none at all).</summary>
        public const string NoMutualAuthentication = "IPSEC014";
        /// <summary>Certificate signing algorithm below the baseline.</summary>
        public const string WeakCertificateSigning = "IPSEC015";
        /// <summary>Kerberos traffic left unprotected (NoDefaultExempt ≠ 1).</summary>
        public const string KerberosExempt = "IPSEC016";
        /// <summary>No proposal in common with the peer.</summary>
        public const string NoCommonProposal = "IPSEC017";

        /// <summary>GCM encryption or GMAC integrity in main mode.</summary>
        public const string GcmInMainMode = "IPSEC101";
        /// <summary>SHA-384 in quick mode.</summary>
        public const string Sha384InQuickMode = "IPSEC102";
        /// <summary>AH+ESP with different integrity algorithms.</summary>
        public const string AhEspIntegrityMismatch = "IPSEC103";
        /// <summary>ESP with neither integrity nor encryption.</summary>
        public const string EspWithoutProtection = "IPSEC104";
        /// <summary>AES-GCM encryption not paired with the matching GCM/GMAC integrity.</summary>
        public const string GcmPairing = "IPSEC105";
        /// <summary>Main-mode crypto set mixing key-exchange groups.</summary>
        public const string MixedKeyExchange = "IPSEC106";
        /// <summary>Lifetime out of range.</summary>
        public const string LifetimeOutOfRange = "IPSEC107";
        /// <summary>Ports given without TCP or UDP.</summary>
        public const string PortsWithoutTcpUdp = "IPSEC108";
        /// <summary>Invalid tunnel-mode rule.</summary>
        public const string InvalidTunnel = "IPSEC109";
        /// <summary>IKEv2 with Kerberos, PSK or NTLM.</summary>
        public const string IkeV2Authentication = "IPSEC110";
        /// <summary>Phase-2 authentication with a key module other than AuthIP.</summary>
        public const string Phase2NeedsAuthIP = "IPSEC111";
        /// <summary>PSK and NTLM together in phase 1.</summary>
        public const string PskWithNtlm = "IPSEC112";
        /// <summary>Invalid name or id.</summary>
        public const string InvalidName = "IPSEC113";
        /// <summary>Invalid address, subnet, range, keyword or port literal.</summary>
        public const string InvalidAddressOrPort = "IPSEC114";
        /// <summary>An authorization list that is not a security descriptor Windows can apply (SDDL).</summary>
        public const string InvalidAuthorization = "IPSEC115";
        /// <summary>A required part is missing (null, an empty proposal list, no CA name or key), or a part sits where none is allowed.</summary>
        public const string MissingPart = "IPSEC116";
        /// <summary>An authentication method or option in a phase that does not take it.</summary>
        public const string WrongPhase = "IPSEC117";
        /// <summary>An inbound/outbound combination Windows does not offer.</summary>
        public const string InvalidSecurityCombination = "IPSEC118";

        /// <summary>An IPSEC diagnostic suppressed without a justification.</summary>
        public const string SuppressionWithoutJustification = "IPSEC201";
        /// <summary>The configured baseline pack name is unknown (analyzer configuration).</summary>
        public const string UnknownBaselinePack = "IPSEC202";
    }
}
