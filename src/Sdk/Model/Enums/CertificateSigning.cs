namespace IpsecSdk
{
    /// <summary>Signing algorithm of a certificate proposal (CIM <c>SigningAlgorithm</c>).</summary>
    public enum CertificateSigning
    {
        /// <summary>RSA.</summary>
        Rsa = 1,
        /// <summary>ECDSA with P-256.</summary>
        Ecdsa256 = 2,
        /// <summary>ECDSA with P-384 (CNSA).</summary>
        Ecdsa384 = 3,
    }
}
