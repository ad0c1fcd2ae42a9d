namespace IpsecSdk
{
    /// <summary>IPsec encapsulation of a quick-mode proposal (CIM <c>Encapsulation</c>).</summary>
    public enum Encapsulation
    {
        /// <summary>Authentication Header only: integrity without confidentiality; cannot cross NAT.</summary>
        Ah = 1,
        /// <summary>Encapsulating Security Payload: the recommended encapsulation.</summary>
        Esp = 2,
        /// <summary>AH and ESP together (RFC 8221: NOT RECOMMENDED).</summary>
        AhAndEsp = 3,
    }
}
