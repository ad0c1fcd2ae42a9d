namespace IpsecSdk
{
    /// <summary>Whether a certificate proposal names a root or an intermediate CA (CIM <c>TrustedCAType</c>).</summary>
    public enum CertificateAuthorityType
    {
        /// <summary>Root certification authority.</summary>
        Root = 1,
        /// <summary>Intermediate certification authority.</summary>
        Intermediate = 2,
    }
}
