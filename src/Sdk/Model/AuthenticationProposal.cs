using System.Text.Json.Serialization;

namespace IpsecSdk
{
    /// <summary>
    /// One authentication proposal of a phase-1 or phase-2 set (the <c>MSFT_NetIKE*AuthProposal</c>
    /// classes). Which members apply depends on <see cref="Method"/>.
    /// </summary>
    public sealed record AuthenticationProposal
    {
        /// <summary>The authentication method.</summary>
        public AuthenticationMethod Method { get; init; }

        /// <summary>Certificate proposals: the trusted CA's X.500 name.</summary>
        public string? CertificateAuthority { get; init; }

        /// <summary>Certificate proposals: root or intermediate CA (default root).</summary>
        public CertificateAuthorityType AuthorityType { get; init; } = CertificateAuthorityType.Root;

        /// <summary>Certificate proposals: signing algorithm (default ECDSA P-384).</summary>
        public CertificateSigning Signing { get; init; } = CertificateSigning.Ecdsa384;

        /// <summary>Certificate proposals: map the certificate to a user or computer account.</summary>
        public bool MapToAccount { get; init; }

        /// <summary>Certificate proposals (phase 1): do not send the CA name in the certificate request.</summary>
        public bool ExcludeCertificateAuthorityName { get; init; }

        /// <summary>Certificate proposals: optional selection / validation criteria.</summary>
        public CertificateCriteria? Criteria { get; init; }

        /// <summary>Kerberos proposals: optional Kerberos proxy server (FQDN).</summary>
        public string? KerberosProxy { get; init; }

        /// <summary>Pre-shared key proposals: the secret. Never printed; written to scripts only on request.</summary>
        public string? PresharedKey { get; init; }

        /// <summary>True for the certificate methods.</summary>
        [JsonIgnore]
        public bool IsCertificate => Method == AuthenticationMethod.MachineCertificate || Method == AuthenticationMethod.UserCertificate || Method == AuthenticationMethod.MachineHealthCertificate;

        /// <summary>True for the Kerberos methods.</summary>
        [JsonIgnore]
        public bool IsKerberos => Method == AuthenticationMethod.MachineKerberos || Method == AuthenticationMethod.UserKerberos;

        /// <summary>True for the NTLM methods.</summary>
        [JsonIgnore]
        public bool IsNtlm => Method == AuthenticationMethod.MachineNtlm || Method == AuthenticationMethod.UserNtlm;

        /// <summary>Shows the proposal with any secret redacted.</summary>
        public override string ToString() => Method + (CertificateAuthority != null ? " (" + CertificateAuthority + ", " + Signing + ")" : "") + (PresharedKey != null ? " (key redacted)" : "");
    }
}
