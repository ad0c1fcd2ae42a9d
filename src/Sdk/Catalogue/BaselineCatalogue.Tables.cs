using System.Collections.Generic;
using static IpsecSdk.Catalogue.Verdict;

namespace IpsecSdk.Catalogue
{
    // The verdict tables of the baselines reference (table 2). Columns: default, bsi, nist, cnsa.
    public static partial class BaselineCatalogue
    {
        private const string CnsaMainModeNote = "Windows main mode has no AES-GCM: AES-256 with SHA-384 and ECP-384 is the closest it gets to CNSA, which is not full compliance.";

        private static readonly KeyValuePair<int, CatalogueEntry>[] MainModeIntegrity =
        {
            Row((int)IpsecSdk.Integrity.None, E(RuleIds.WeakIntegrity, "Missing integrity in main mode", Error, Error, Error, Error, Sources.Md5)),
            Row((int)IpsecSdk.Integrity.Md5, E(RuleIds.WeakIntegrity, "MD5 integrity in main mode", Error, Error, Error, Error, Sources.Md5)),
            Row((int)IpsecSdk.Integrity.Sha1, E(RuleIds.WeakIntegrity, "SHA-1 integrity in main mode", Warning, Error, Error, Error, Sources.Sha1)),
            Row((int)IpsecSdk.Integrity.Sha256, E(RuleIds.WeakIntegrity, "SHA-256 integrity in main mode", Ok, Ok, Ok, Error, Sources.Sha2, note: "CNSA needs SHA-384 in main mode.")),
            Row((int)IpsecSdk.Integrity.Sha384, E(RuleIds.WeakIntegrity, "SHA-384 integrity in main mode", Ok, Ok, Ok, Ok, Sources.Sha2)),
            // GMAC in main mode is a validity error (IPSEC101); the security tables have nothing to add.
            Row((int)IpsecSdk.Integrity.AesGmac128, E(RuleIds.WeakIntegrity, "AES-GMAC-128 integrity in main mode", Ok, Ok, Ok, Ok, Sources.Sha2)),
            Row((int)IpsecSdk.Integrity.AesGmac192, E(RuleIds.WeakIntegrity, "AES-GMAC-192 integrity in main mode", Ok, Ok, Ok, Ok, Sources.Sha2)),
            Row((int)IpsecSdk.Integrity.AesGmac256, E(RuleIds.WeakIntegrity, "AES-GMAC-256 integrity in main mode", Ok, Ok, Ok, Ok, Sources.Sha2)),
        };

        private static readonly KeyValuePair<int, CatalogueEntry>[] QuickModeIntegrity =
        {
            // No integrity on ESP is judged through its encryption (IPSEC002 / IPSEC104).
            Row((int)IpsecSdk.Integrity.None, E(RuleIds.WeakIntegrity, "No separate integrity in quick mode", Ok, Ok, Ok, Ok, Sources.Sha2)),
            Row((int)IpsecSdk.Integrity.Md5, E(RuleIds.WeakIntegrity, "MD5 integrity in quick mode", Error, Error, Error, Error, Sources.Md5)),
            Row((int)IpsecSdk.Integrity.Sha1, E(RuleIds.WeakIntegrity, "SHA-1 integrity in quick mode", Warning, Error, Error, Error, Sources.Sha1)),
            Row((int)IpsecSdk.Integrity.Sha256, E(RuleIds.WeakIntegrity, "SHA-256 integrity in quick mode", Ok, Ok, Ok, Error, Sources.Sha2, note: "CNSA allows only AES-GCM-256 (AES-GMAC-256 integrity) in quick mode.")),
            // SHA-384 in quick mode is a validity error (IPSEC102).
            Row((int)IpsecSdk.Integrity.Sha384, E(RuleIds.WeakIntegrity, "SHA-384 integrity in quick mode", Ok, Ok, Ok, Ok, Sources.Sha2)),
            Row((int)IpsecSdk.Integrity.AesGmac128, E(RuleIds.WeakIntegrity, "AES-GMAC-128 integrity in quick mode", Ok, Ok, Ok, Error, Sources.Aes, note: "CNSA allows 256-bit AES only.")),
            Row((int)IpsecSdk.Integrity.AesGmac192, E(RuleIds.WeakIntegrity, "AES-GMAC-192 integrity in quick mode", Ok, Ok, Ok, Error, Sources.Aes, note: "CNSA allows 256-bit AES only.")),
            Row((int)IpsecSdk.Integrity.AesGmac256, E(RuleIds.WeakIntegrity, "AES-GMAC-256 integrity in quick mode", Ok, Ok, Ok, Ok, Sources.Aes)),
        };

        private static readonly KeyValuePair<int, CatalogueEntry>[] MainModeEncryption =
        {
            Row((int)IpsecSdk.Encryption.None, E(RuleIds.WeakEncryption, "Missing encryption in main mode", Error, Error, Error, Error, Sources.NoEncryption)),
            Row((int)IpsecSdk.Encryption.Des, E(RuleIds.WeakEncryption, "DES encryption in main mode", Error, Error, Error, Error, Sources.Des)),
            Row((int)IpsecSdk.Encryption.Des3, E(RuleIds.WeakEncryption, "3DES encryption in main mode", Warning, Error, Error, Error, Sources.Des3, verified: false)),
            Row((int)IpsecSdk.Encryption.Aes128, E(RuleIds.WeakEncryption, "AES-128 encryption in main mode", Ok, Ok, Ok, Error, Sources.Aes, note: "CNSA allows 256-bit AES only.")),
            Row((int)IpsecSdk.Encryption.Aes192, E(RuleIds.WeakEncryption, "AES-192 encryption in main mode", Ok, Ok, Ok, Error, Sources.Aes, note: "CNSA allows 256-bit AES only.")),
            Row((int)IpsecSdk.Encryption.Aes256, E(RuleIds.WeakEncryption, "AES-256 encryption in main mode", Ok, Ok, Ok, Info, Sources.Aes, note: CnsaMainModeNote)),
            // GCM in main mode is a validity error (IPSEC101).
            Row((int)IpsecSdk.Encryption.AesGcm128, E(RuleIds.WeakEncryption, "AES-GCM-128 encryption in main mode", Ok, Ok, Ok, Ok, Sources.Aes)),
            Row((int)IpsecSdk.Encryption.AesGcm192, E(RuleIds.WeakEncryption, "AES-GCM-192 encryption in main mode", Ok, Ok, Ok, Ok, Sources.Aes)),
            Row((int)IpsecSdk.Encryption.AesGcm256, E(RuleIds.WeakEncryption, "AES-GCM-256 encryption in main mode", Ok, Ok, Ok, Ok, Sources.Aes)),
        };

        private static readonly KeyValuePair<int, CatalogueEntry>[] QuickModeEncryption =
        {
            Row((int)IpsecSdk.Encryption.None, E(RuleIds.WeakEncryption, "ESP without encryption (integrity only)", Info, Warning, Warning, Error, Sources.NoEncryption)),
            Row((int)IpsecSdk.Encryption.Des, E(RuleIds.WeakEncryption, "DES encryption in quick mode", Error, Error, Error, Error, Sources.Des)),
            Row((int)IpsecSdk.Encryption.Des3, E(RuleIds.WeakEncryption, "3DES encryption in quick mode", Warning, Error, Error, Error, Sources.Des3, verified: false)),
            Row((int)IpsecSdk.Encryption.Aes128, E(RuleIds.WeakEncryption, "AES-128-CBC encryption in quick mode", Ok, Ok, Ok, Error, Sources.Aes, note: "CNSA allows only AES-GCM-256 in quick mode.")),
            Row((int)IpsecSdk.Encryption.Aes192, E(RuleIds.WeakEncryption, "AES-192-CBC encryption in quick mode", Ok, Ok, Ok, Error, Sources.Aes, note: "CNSA allows only AES-GCM-256 in quick mode.")),
            Row((int)IpsecSdk.Encryption.Aes256, E(RuleIds.WeakEncryption, "AES-256-CBC encryption in quick mode", Ok, Ok, Ok, Error, Sources.Aes, note: "CNSA allows only AES-GCM-256 in quick mode.")),
            Row((int)IpsecSdk.Encryption.AesGcm128, E(RuleIds.WeakEncryption, "AES-GCM-128 encryption in quick mode", Ok, Ok, Ok, Error, Sources.Aes, note: "CNSA allows only AES-GCM-256 in quick mode.")),
            Row((int)IpsecSdk.Encryption.AesGcm192, E(RuleIds.WeakEncryption, "AES-GCM-192 encryption in quick mode", Ok, Ok, Ok, Error, Sources.Aes, note: "CNSA allows only AES-GCM-256 in quick mode.")),
            Row((int)IpsecSdk.Encryption.AesGcm256, E(RuleIds.WeakEncryption, "AES-GCM-256 encryption in quick mode", Ok, Ok, Ok, Ok, Sources.Aes)),
        };

        private static readonly KeyValuePair<int, CatalogueEntry>[] KeyExchangeGroups =
        {
            Row((int)DiffieHellmanGroup.None, E(RuleIds.WeakKeyExchange, "No main-mode key exchange", Error, Error, Error, Error, Sources.Dh1)),
            Row((int)DiffieHellmanGroup.Dh1, E(RuleIds.WeakKeyExchange, "DH group 1 (MODP-768)", Error, Error, Error, Error, Sources.Dh1)),
            Row((int)DiffieHellmanGroup.Dh2, E(RuleIds.WeakKeyExchange, "DH group 2 (MODP-1024)", Warning, Error, Error, Error, Sources.Dh2)),
            Row((int)DiffieHellmanGroup.Dh14, E(RuleIds.WeakKeyExchange, "DH group 14 (MODP-2048)", Ok, Warning, Ok, Error, Sources.Dh14, note: "BSI requires at least 3000-bit MODP groups since 2023; CNSA requires ECP-384.")),
            Row((int)DiffieHellmanGroup.Dh19, E(RuleIds.WeakKeyExchange, "DH group 19 (ECP-256)", Ok, Ok, Ok, Error, Sources.Ecp, note: "CNSA requires ECP-384.")),
            Row((int)DiffieHellmanGroup.Dh20, E(RuleIds.WeakKeyExchange, "DH group 20 (ECP-384)", Ok, Ok, Ok, Ok, Sources.Ecp)),
            Row((int)DiffieHellmanGroup.Dh24, E(RuleIds.WeakKeyExchange, "DH group 24 (MODP-2048/256)", Warning, Error, Warning, Error, Sources.Dh24)),
        };

        private static readonly KeyValuePair<int, CatalogueEntry>[] PfsGroups =
        {
            Row((int)PfsGroup.None, E(RuleIds.PfsOff, "Quick mode without PFS", Warning, Error, Error, Error, Sources.Pfs)),
            Row((int)PfsGroup.Dh1, E(RuleIds.WeakKeyExchange, "PFS with DH group 1 (MODP-768)", Error, Error, Error, Error, Sources.Dh1)),
            Row((int)PfsGroup.Dh2, E(RuleIds.WeakKeyExchange, "PFS with DH group 2 (MODP-1024)", Warning, Error, Error, Error, Sources.Dh2)),
            Row((int)PfsGroup.Dh14, E(RuleIds.WeakKeyExchange, "PFS with DH group 14 (MODP-2048)", Ok, Warning, Ok, Error, Sources.Dh14, note: "BSI requires at least 3000-bit MODP groups since 2023; CNSA requires ECP-384.")),
            Row((int)PfsGroup.Dh19, E(RuleIds.WeakKeyExchange, "PFS with DH group 19 (ECP-256)", Ok, Ok, Ok, Error, Sources.Ecp, note: "CNSA requires ECP-384.")),
            Row((int)PfsGroup.Dh20, E(RuleIds.WeakKeyExchange, "PFS with DH group 20 (ECP-384)", Ok, Ok, Ok, Ok, Sources.Ecp)),
            Row((int)PfsGroup.Dh24, E(RuleIds.WeakKeyExchange, "PFS with DH group 24 (MODP-2048/256)", Warning, Error, Warning, Error, Sources.Dh24)),
            Row((int)PfsGroup.SameAsMainMode, E(RuleIds.WeakKeyExchange, "PFS with the main-mode group", Ok, Ok, Ok, Ok, Sources.Pfs, note: "Judged through the main-mode key-exchange group.")),
        };

        private static readonly KeyValuePair<int, CatalogueEntry>[] Encapsulations =
        {
            Row((int)IpsecSdk.Encapsulation.Ah, E(RuleIds.AhEncapsulation, "AH encapsulation", Warning, Error, Warning, Error, Sources.Ah)),
            Row((int)IpsecSdk.Encapsulation.Esp, E(RuleIds.AhEncapsulation, "ESP encapsulation", Ok, Ok, Ok, Ok, Sources.Ah)),
            Row((int)IpsecSdk.Encapsulation.AhAndEsp, E(RuleIds.AhEncapsulation, "AH together with ESP", Warning, Error, Warning, Error, Sources.Ah)),
        };

        private static readonly KeyValuePair<int, CatalogueEntry>[] AuthenticationMethods =
        {
            Row((int)AuthenticationMethod.PresharedKey, E(RuleIds.PresharedKey, "Pre-shared key authentication", Warning, Warning, Warning, Error, Sources.Psk, verified: false)),
            Row((int)AuthenticationMethod.MachineNtlm, E(RuleIds.Ntlm, "Computer NTLM authentication", Warning, Warning, Warning, Error, Sources.Ntlm, verified: false)),
            Row((int)AuthenticationMethod.UserNtlm, E(RuleIds.Ntlm, "User NTLM authentication", Warning, Warning, Warning, Error, Sources.Ntlm, verified: false)),
            // Anonymous is judged on the whole set (AnonymousOnly); Kerberos on the remote addresses (KerberosOutsideDomain).
            Row((int)AuthenticationMethod.Anonymous, E(RuleIds.NoMutualAuthentication, "Anonymous authentication beside another method", Ok, Ok, Ok, Ok, Sources.Anonymous)),
            Row((int)AuthenticationMethod.MachineKerberos, E(RuleIds.KerberosOutsideDomain, "Computer Kerberos authentication", Ok, Ok, Ok, Ok, Sources.KerberosExternal)),
            Row((int)AuthenticationMethod.UserKerberos, E(RuleIds.KerberosOutsideDomain, "User Kerberos authentication", Ok, Ok, Ok, Ok, Sources.KerberosExternal)),
            Row((int)AuthenticationMethod.MachineCertificate, E(RuleIds.WeakCertificateSigning, "Computer certificate authentication", Ok, Ok, Ok, Ok, Sources.Signing)),
            Row((int)AuthenticationMethod.UserCertificate, E(RuleIds.WeakCertificateSigning, "User certificate authentication", Ok, Ok, Ok, Ok, Sources.Signing)),
            Row((int)AuthenticationMethod.MachineHealthCertificate, E(RuleIds.WeakCertificateSigning, "Computer health certificate authentication", Ok, Ok, Ok, Ok, Sources.Signing)),
        };

        private static readonly KeyValuePair<int, CatalogueEntry>[] SigningAlgorithms =
        {
            Row((int)CertificateSigning.Rsa, E(RuleIds.WeakCertificateSigning, "RSA certificate signing", Ok, Ok, Ok, Warning, Sources.Signing, note: "CNSA accepts RSA only with at least 3072-bit keys and SHA-384; prefer ECDSA P-384.")),
            Row((int)CertificateSigning.Ecdsa256, E(RuleIds.WeakCertificateSigning, "ECDSA P-256 certificate signing", Ok, Ok, Ok, Warning, Sources.Signing, note: "CNSA requires ECDSA P-384.")),
            Row((int)CertificateSigning.Ecdsa384, E(RuleIds.WeakCertificateSigning, "ECDSA P-384 certificate signing", Ok, Ok, Ok, Ok, Sources.Signing)),
        };

        private static readonly KeyValuePair<int, CatalogueEntry>[] ValidationLevels =
        {
            Row((int)CertValidationLevel.None, E(RuleIds.NoRevocationCheck, "Certificate authentication without CRL checking", Warning, Warning, Warning, Error, Sources.Crl)),
            Row((int)CertValidationLevel.AttemptCrlCheck, E(RuleIds.NoRevocationCheck, "Certificate authentication with best-effort CRL checking", Ok, Ok, Ok, Ok, Sources.Crl)),
            Row((int)CertValidationLevel.RequireCrlCheck, E(RuleIds.NoRevocationCheck, "Certificate authentication with required CRL checking", Ok, Ok, Ok, Ok, Sources.Crl)),
            Row((int)CertValidationLevel.NotConfigured, E(RuleIds.NoRevocationCheck, "Certificate authentication with CRL checking left to another store", Ok, Ok, Ok, Ok, Sources.Crl)),
        };

        // Request mode nobody declared is a warning at least, so a command-line build and -warnaserror show it; a declared
        // boundary zone (AsBoundaryZone) keeps the remark M 5.90 gives request mode where it is the design.
        private static readonly KeyValuePair<int, CatalogueEntry>[] RequestModes =
        {
            Row((int)ProtectionRequirement.Normal, E(RuleIds.ClearTextFallback, "Request mode (clear-text fallback) not declared as a boundary zone", Warning, Warning, Warning, Error, Sources.RequestMode, note: "Declare the rule a boundary zone (AsBoundaryZone()) if hosts without IPsec must reach it.")),
            Row((int)ProtectionRequirement.High, E(RuleIds.ClearTextFallback, "Request mode (clear-text fallback) on a high-protection rule", Warning, Warning, Warning, Error, Sources.RequestMode, note: "Declare the rule a boundary zone (AsBoundaryZone()) if hosts without IPsec must reach it.")),
            Row((int)ProtectionRequirement.VeryHigh, E(RuleIds.ClearTextFallback, "Request mode (clear-text fallback) on a very-high-protection rule", Error, Error, Error, Error, Sources.RequestMode, note: "Very high protection needs expect Require in both directions.")),
        };

        private static readonly KeyValuePair<int, CatalogueEntry>[] BoundaryZoneRequestModes =
        {
            Row((int)ProtectionRequirement.Normal, E(RuleIds.ClearTextFallback, "Request mode in a declared boundary zone", Info, Info, Info, Error, Sources.RequestMode)),
            Row((int)ProtectionRequirement.High, E(RuleIds.ClearTextFallback, "Request mode in a declared boundary zone on a high-protection rule", Info, Warning, Info, Error, Sources.RequestMode)),
            Row((int)ProtectionRequirement.VeryHigh, E(RuleIds.ClearTextFallback, "Request mode in a declared boundary zone on a very-high-protection rule", Error, Error, Error, Error, Sources.RequestMode, note: "Very high protection needs expect Require in both directions, boundary zone or not.")),
        };

        private static readonly KeyValuePair<int, CatalogueEntry>[] MasterKeyPfsOffRows =
        {
            Row((int)ProtectionRequirement.Normal, E(RuleIds.MasterKeyPfsOff, "Master-key PFS off on a normal-protection rule", Ok, Ok, Ok, Ok, Sources.MasterKeyPfs)),
            Row((int)ProtectionRequirement.High, E(RuleIds.MasterKeyPfsOff, "Master-key PFS off (main-mode MaxSessions other than 1) on a high-protection rule", Info, Warning, Info, Info, Sources.MasterKeyPfs)),
            Row((int)ProtectionRequirement.VeryHigh, E(RuleIds.MasterKeyPfsOff, "Master-key PFS off (main-mode MaxSessions other than 1) on a very-high-protection rule", Error, Error, Error, Error, Sources.MasterKeyPfs, note: "Very high protection needs expect master-key PFS.")),
        };

        private static readonly CatalogueEntry IkeV1Row = E(RuleIds.IkeV1, "The IKEv1 key module", Info, Warning, Info, Warning, Sources.IkeV1, note: "Windows needs IKEv1 or AuthIP for Kerberos and pre-shared keys.");
        private static readonly CatalogueEntry KeyModuleOkRow = E(RuleIds.IkeV1, "A key module without IKEv1", Ok, Ok, Ok, Ok, Sources.IkeV1);
        private static readonly CatalogueEntry MainModeLifetimeRow = E(RuleIds.LongLifetime, "A main-mode lifetime over 24 hours", Warning, Warning, Warning, Warning, Sources.MainModeLifetime, verified: false);
        private static readonly CatalogueEntry QuickModeLifetimeRow = E(RuleIds.LongLifetime, "A quick-mode lifetime over the pack's limit (8 hours; 4 hours under BSI and CNSA)", Warning, Warning, Warning, Warning, Sources.QuickModeLifetime, verified: false);
        private static readonly CatalogueEntry LifetimeOkRow = E(RuleIds.LongLifetime, "A lifetime within the baseline", Ok, Ok, Ok, Ok, Sources.MainModeLifetime, verified: false);
        private static readonly CatalogueEntry AnonymousOnlyRow = E(RuleIds.NoMutualAuthentication, "Anonymous as the only authentication method", Error, Error, Error, Error, Sources.Anonymous);
        private static readonly CatalogueEntry KerberosOutsideDomainRow = E(RuleIds.KerberosOutsideDomain, "Kerberos authentication towards remote endpoints outside the domain", Warning, Warning, Warning, Error, Sources.KerberosExternal);
        private static readonly CatalogueEntry KerberosExemptRow = E(RuleIds.KerberosExempt, "Kerberos authentication while Kerberos traffic is exempt from IPsec (NoDefaultExempt not 1)", Info, Warning, Info, Info, Sources.NoDefaultExempt);
        private static readonly CatalogueEntry NoCommonProposalRow = E(RuleIds.NoCommonProposal, "No proposal in common with the peer", Error, Error, Error, Error, Sources.Interop);
    }
}
