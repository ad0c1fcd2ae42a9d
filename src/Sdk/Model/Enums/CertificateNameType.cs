namespace IpsecSdk
{
    /// <summary>Which subject name a certificate criterion matches (CIM <c>CertNameType</c>).</summary>
    public enum CertificateNameType
    {
        /// <summary>No subject-name criterion.</summary>
        None = 0,
        /// <summary>DNS name.</summary>
        DomainName = 1,
        /// <summary>User principal name.</summary>
        UserPrincipalName = 2,
        /// <summary>E-mail address (RFC 822).</summary>
        EmailAddress = 3,
        /// <summary>Common name.</summary>
        CommonName = 4,
        /// <summary>Organizational unit.</summary>
        OrganizationalUnit = 5,
        /// <summary>Organization.</summary>
        Organization = 6,
        /// <summary>Domain component.</summary>
        DomainComponent = 7,
    }
}
