namespace IpsecSdk
{
    /// <summary>
    /// Inbound or outbound security of a connection security rule (CIM <c>InboundSecurity</c> /
    /// <c>OutboundSecurity</c>): BSI M 5.90's require / request / none.
    /// </summary>
    public enum SecurityAction
    {
        /// <summary>No IPsec (Windows "Never").</summary>
        None = 0,
        /// <summary>IPsec when the peer can, otherwise clear text.</summary>
        Request = 1,
        /// <summary>IPsec only.</summary>
        Require = 2,
    }
}
