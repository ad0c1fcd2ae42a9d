namespace IpsecSdk
{
    /// <summary>
    /// Where a rule stands in Windows' server and domain isolation design: what the traffic it covers is meant to be.
    /// It states intent for the baselines (IPSEC007) and for reviewers; Windows stores no zone, so a policy read back from
    /// a store has every rule <see cref="Isolated"/>.
    /// </summary>
    /// <remarks>
    /// Microsoft's isolation design distinguishes the isolated domain (authentication required), the boundary zone
    /// (requested: hosts that cannot authenticate still get through) and exemptions; BSI M 5.90 starts from the Windows
    /// policies "Secure Server (require security)" and "Server (request security)".
    /// </remarks>
    public enum IsolationZone
    {
        /// <summary>IPsec is required (M 5.90 "Secure Server (require security)"); request mode here is a clear-text fallback nobody declared. The default.</summary>
        Isolated = 0,

        /// <summary>A declared boundary zone: IPsec is requested and clear text accepted from hosts that cannot negotiate it (M 5.90 "Server (request security)").</summary>
        Boundary = 1,
    }
}
