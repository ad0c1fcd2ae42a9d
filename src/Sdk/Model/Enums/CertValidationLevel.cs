namespace IpsecSdk
{
    /// <summary>Certificate revocation checking for IPsec (CIM <c>CertValidationLevel</c>).</summary>
    public enum CertValidationLevel
    {
        /// <summary>No CRL check.</summary>
        None = 0,
        /// <summary>Fail only when a certificate is known to be revoked.</summary>
        AttemptCrlCheck = 1,
        /// <summary>Fail on any CRL-check error: the secure choice.</summary>
        RequireCrlCheck = 2,
        /// <summary>Leave the setting to another policy store.</summary>
        NotConfigured = 65535,
    }
}
