using System;
using System.Collections.Generic;

namespace IpsecSdk.Catalogue
{
    /// <summary>Every rule the SDK and its analyzers report, keyed by ID.</summary>
    public static class RuleCatalogue
    {
        /// <summary>Base address of the rule pages; a rule's help link is this plus <c>IPSECnnn.md</c>.</summary>
        public const string HelpBaseUri = "https://github.com/ipsecsdk/ipsecsdk/blob/main/docs/rules/";

        private static readonly RuleInfo[] Rules =
        {
            Security(RuleIds.WeakIntegrity, "Weak integrity algorithm", "MD5 and SHA-1 no longer protect integrity; BSI M 5.90 allows only the SHA-2 family."),
            Security(RuleIds.WeakEncryption, "Weak or missing encryption", "DES and 3DES are broken or deprecated, and ESP without encryption gives no confidentiality."),
            Security(RuleIds.WeakKeyExchange, "Weak Diffie-Hellman group", "DH groups 1, 2 and 24 (and 14 under BSI) fall below the baseline's key-exchange strength."),
            Security(RuleIds.PfsOff, "Perfect forward secrecy off for session keys", "Without quick-mode PFS one compromised main-mode key exposes every session key derived from it."),
            Security(RuleIds.AhEncapsulation, "AH encapsulation", "AH gives no confidentiality, cannot cross NAT and is not supported by IKEv2 transport mode on Windows; use ESP."),
            Security(RuleIds.PresharedKey, "Pre-shared key authentication", "Windows stores pre-shared keys in clear text in the registry and in GPOs."),
            Security(RuleIds.ClearTextFallback, "Clear-text fallback (request mode)", "Request mode lets traffic flow in the clear when the peer does not negotiate IPsec."),
            Security(RuleIds.KerberosOutsideDomain, "Kerberos for peers outside the domain", "Kerberos only works inside one Active Directory; M 5.90 asks for X.509 certificates towards the Internet and external partners."),
            Security(RuleIds.LongLifetime, "Key lifetime beyond the baseline", "Main-mode keys should be renewed within 24 hours and quick-mode keys within 8 hours (4 under BSI and CNSA)."),
            Security(RuleIds.MasterKeyPfsOff, "Master-key PFS off where protection needs are high", "M 5.90 asks for master-key PFS (one quick mode per main mode) where protection needs are high."),
            Security(RuleIds.NoRevocationCheck, "Certificate authentication without revocation checking", "Without CRL checking a revoked certificate still authenticates."),
            Security(RuleIds.Ntlm, "NTLM authentication", "NTLM is being retired by Microsoft and is weaker than Kerberos or certificates."),
            Security(RuleIds.IkeV1, "IKEv1 key module", "RFC 9395 deprecates IKEv1; TR-02102-3 covers IKEv2 only."),
            Security(RuleIds.NoMutualAuthentication, "No mutual authentication", "M 5.90 requires mutual authentication; anonymous alone authenticates no one."),
            Security(RuleIds.WeakCertificateSigning, "Certificate signing below the baseline", "CNSA requires ECDSA P-384 (or RSA of at least 3072 bits with SHA-384)."),
            Security(RuleIds.KerberosExempt, "Kerberos traffic left unprotected", "Windows exempts Kerberos traffic from IPsec unless NoDefaultExempt is 1 (M 5.90; Greenbone checks it)."),
            Security(RuleIds.NoCommonProposal, "No proposal in common with the peer", "IKE fails when the two sides share no proposal; M 5.90 requires at least one method both partners support."),

            Validity(RuleIds.GcmInMainMode, "GCM or GMAC in main mode", "Windows offers AES-GCM encryption and AES-GMAC integrity in quick mode only."),
            Validity(RuleIds.Sha384InQuickMode, "SHA-384 in quick mode", "Windows offers SHA-384 in main mode only; quick-mode AH and ESP integrity cannot be SHA-384."),
            Validity(RuleIds.AhEspIntegrityMismatch, "AH and ESP with different integrity", "When AH and ESP are combined, MS-FASP requires the same integrity algorithm for both."),
            Validity(RuleIds.EspWithoutProtection, "ESP with neither integrity nor encryption", "An ESP proposal needs integrity, encryption or both."),
            Validity(RuleIds.GcmPairing, "AES-GCM not paired with matching GCM/GMAC integrity", "AES-GCM-n encryption needs AES-GMAC-n (GCM) integrity of the same key size, and GMAC integrity on ESP needs GCM or no encryption."),
            Validity(RuleIds.MixedKeyExchange, "Main-mode set mixing key-exchange groups", "MS-FASP requires every suite of a phase-1 crypto set to use the same key-exchange group."),
            Validity(RuleIds.LifetimeOutOfRange, "Lifetime out of range", "Quick mode: 5..2879 minutes and 20480..2147483647 KB; main mode: 1..2879 minutes."),
            Validity(RuleIds.PortsWithoutTcpUdp, "Ports without TCP or UDP", "Ports can only be given when the protocol is TCP or UDP."),
            Validity(RuleIds.InvalidTunnel, "Invalid tunnel-mode rule", "A tunnel rule needs both tunnel endpoints of one IP version, no protocol or ports, and Require in both directions."),
            Validity(RuleIds.IkeV2Authentication, "IKEv2 with Kerberos, PSK or NTLM", "Windows' IKEv2 supports certificate authentication only."),
            Validity(RuleIds.Phase2NeedsAuthIP, "Phase-2 authentication without AuthIP", "Only AuthIP supports a second authentication."),
            Validity(RuleIds.PskWithNtlm, "Authentication methods Windows does not combine", "MS-FASP forbids pre-shared key and NTLM in one phase-1 set, a method twice, a health certificate beside a plain one, and certificate proposals of one signing algorithm apart."),
            Validity(RuleIds.InvalidName, "Invalid name or ID", "Names and IDs must be non-empty, within Windows' length limits, without '|' and, for rule names, not the reserved word 'all'."),
            Validity(RuleIds.InvalidAddressOrPort, "Invalid address, subnet, range, keyword or port", "Addresses, subnets, ranges, keywords and ports must be literals Windows accepts."),
            Validity(RuleIds.InvalidAuthorization, "Invalid authorization list (SDDL)", "Authorization lists must be security descriptors in SDDL ([MS-DTYP] 2.5.1.1) with a DACL: a list without one authorizes everyone."),
            Validity(RuleIds.MissingPart, "Required part missing or misplaced", "A protected rule needs a main-mode and a quick-mode set and phase-1 authentication, each with proposals; a certificate proposal needs the CA name and a pre-shared key proposal its key; nothing may be null; an exemption rule carries no sets."),
            Validity(RuleIds.WrongPhase, "Authentication method in the wrong phase", "Phase 1 authenticates computers (Kerberos, NTLM, certificates, health certificates, pre-shared key, anonymous); phase 2 authenticates users (Kerberos, NTLM, certificates, anonymous) or the computer's health certificate; excluding the CA name is a phase-1 option."),
            Validity(RuleIds.InvalidSecurityCombination, "Inbound/outbound combination Windows does not offer", "Outbound may never demand more than inbound: Request/Require, None/Request and None/Require are not Windows actions."),

            new RuleInfo(RuleIds.SuppressionWithoutJustification, RuleCategory.Hygiene, "IPSEC diagnostic suppressed without a justification", "A suppressed security finding needs a recorded reason so reviewers and auditors can judge it."),
            new RuleInfo(RuleIds.UnknownBaselinePack, RuleCategory.Hygiene, "Unknown baseline pack", "The baseline named by ipsec_sdk.baseline or IpsecSdkBaseline is not one of default, bsi, nist, cnsa; the analyzers fall back to default."),
        };

        private static readonly Dictionary<string, RuleInfo> ById = Index();

        /// <summary>Every rule, in ID order.</summary>
        public static IReadOnlyList<RuleInfo> All => Rules;

        /// <summary>The rule with the given ID.</summary>
        /// <exception cref="ArgumentException">No rule has that ID.</exception>
        public static RuleInfo Get(string id)
        {
            if (id != null && ById.TryGetValue(id, out var rule))
            {
                return rule;
            }

            throw new ArgumentException("Unknown rule ID '" + id + "'. Known IDs: IPSEC001..IPSEC017, IPSEC101..IPSEC114, IPSEC201..IPSEC202.", nameof(id));
        }

        /// <summary>The documentation URI of a rule.</summary>
        public static string HelpUri(string id) => HelpBaseUri + id + ".md";

        private static RuleInfo Security(string id, string title, string description) => new RuleInfo(id, RuleCategory.Security, title, description);

        private static RuleInfo Validity(string id, string title, string description) => new RuleInfo(id, RuleCategory.Validity, title, description);

        private static Dictionary<string, RuleInfo> Index()
        {
            var index = new Dictionary<string, RuleInfo>(StringComparer.Ordinal);
            foreach (var rule in Rules)
            {
                index.Add(rule.Id, rule);
            }

            return index;
        }
    }
}
