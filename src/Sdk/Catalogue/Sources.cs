namespace IpsecSdk.Catalogue
{
    /// <summary>Citations used by the catalogue rows (the baselines reference, section 1).</summary>
    internal static class Sources
    {
        internal const string Md5 = "RFC 8221 §6 and RFC 8247 MUST NOT; BSI M 5.90";
        internal const string Sha1 = "RFC 8221 and RFC 8247 MUST-; BSI TR-02102-3 withdrew HMAC-SHA-1 in 2020; BSI M 5.90";
        internal const string Sha2 = "RFC 8221, RFC 8247; RFC 9206 (CNSA: SHA-384/512 PRFs, AES-GCM-16-256 for ESP and IKE)";
        internal const string Des = "RFC 8221 and RFC 8247 MUST NOT";
        internal const string Des3 = "RFC 8221 SHOULD NOT (ESP), RFC 8247 MAY (IKE); NIST SP 800-131A r2 disallows it after 2023";
        internal const string Aes = "RFC 8221 (AES-CBC/GCM MUST for 128 and 256 bit, 192 MAY); RFC 9206 (256 bit only)";
        internal const string NoEncryption = "BSI M 5.90: confidentiality needs encryption; RFC 9206";
        internal const string Dh1 = "RFC 8247 MUST NOT; Microsoft KB 949856: backward compatibility only";
        internal const string Dh2 = "RFC 8247 SHOULD NOT";
        internal const string Dh14 = "RFC 8247 MUST; BSI TR-02102-3: at least 3000-bit MODP from 2023; RFC 9206";
        internal const string Dh24 = "RFC 8247 SHOULD NOT";
        internal const string Ecp = "RFC 8247; RFC 9206 (CNSA: ECP-384)";
        internal const string Pfs = "BSI M 5.90: PFS for session keys should be activated";
        internal const string Ah = "RFC 8221 (ESP preferred, ESP+AH NOT RECOMMENDED); RFC 9206 AH MUST NOT; BSI M 5.90";
        internal const string Psk = "PSKs are stored in plaintext in the registry and in GPOs; RFC 9206 requires certificates";
        internal const string Ntlm = "Microsoft is retiring NTLM; RFC 9206 requires certificates";
        internal const string Anonymous = "BSI M 5.90: mutual authentication of the endpoints";
        internal const string KerberosExternal = "BSI M 5.90: X.509 certificates for Internet, remote access and external partners";
        internal const string Signing = "RFC 9206: ECDSA P-384 or RSA >= 3072 with SHA-384; RFC 8247";
        internal const string Crl = "Revocation checking keeps revoked certificates from authenticating; RFC 9206";
        internal const string RequestMode = "BSI M 5.90 (require / request / none); MS-FASP BOUNDARY: traffic still flows in the clear";
        internal const string IkeV1 = "RFC 9395 deprecates IKEv1; BSI TR-02102-3 covers IKEv2 only; RFC 9206 IKEv2 MUST";
        internal const string MainModeLifetime = "NIST SP 800-77r1: IKE SA lifetime 24 h";
        internal const string QuickModeLifetime = "NIST SP 800-77r1: child SA lifetime 8 h; BSI and CNSA 4 h";
        internal const string MasterKeyPfs = "BSI M 5.90: PFS for the master key where protection needs are high";
        internal const string NoDefaultExempt = "BSI M 5.90; Greenbone's Grundschutz check of NoDefaultExempt";
        internal const string Interop = "BSI M 5.90: at least one method supported by both partners; practical interop test";
    }
}
