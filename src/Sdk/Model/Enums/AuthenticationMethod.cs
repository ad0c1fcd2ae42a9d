namespace IpsecSdk
{
    /// <summary>
    /// Authentication method of an authentication proposal (CIM <c>AuthenticationMethod</c>).
    /// </summary>
    /// <remarks>
    /// Windows' reference lists 65005 twice (user NTLM and machine certificate); 65006 for the machine
    /// certificate is the value that fills the gap and is what this SDK uses.
    /// </remarks>
    public enum AuthenticationMethod
    {
        /// <summary>Pre-shared key (phase 1 only). Stored in clear text by Windows.</summary>
        PresharedKey = 2,
        /// <summary>Anonymous: no authentication.</summary>
        Anonymous = 65001,
        /// <summary>Computer Kerberos V5 (phase 1).</summary>
        MachineKerberos = 65002,
        /// <summary>Computer NTLMv2 (phase 1).</summary>
        MachineNtlm = 65003,
        /// <summary>User Kerberos V5 (phase 2).</summary>
        UserKerberos = 65004,
        /// <summary>User NTLMv2 (phase 2).</summary>
        UserNtlm = 65005,
        /// <summary>Computer X.509 certificate.</summary>
        MachineCertificate = 65006,
        /// <summary>User X.509 certificate (phase 2).</summary>
        UserCertificate = 65007,
        /// <summary>Computer health certificate.</summary>
        MachineHealthCertificate = 65008,
    }
}
