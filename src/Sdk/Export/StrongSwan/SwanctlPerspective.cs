namespace IpsecSdk.Export.StrongSwan
{
    /// <summary>Which end of a Windows rule the swanctl configuration is written for.</summary>
    public enum SwanctlPerspective
    {
        /// <summary>The non-Windows peer: its local side is the rule's remote side.</summary>
        Peer,

        /// <summary>
        /// The Windows host itself, played by strongSwan: offers exactly what a Windows host with the policy offers
        /// (used by interoperability tests).
        /// </summary>
        WindowsHost,
    }
}
