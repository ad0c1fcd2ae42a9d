namespace IpsecSdk.Catalogue
{
    /// <summary>A security baseline whose verdicts the catalogue carries.</summary>
    public enum BaselinePack
    {
        /// <summary>RFC 8221 / RFC 8247 (updated by RFC 9395) and Microsoft's guidance: the minimum for every deployment.</summary>
        Default = 0,
        /// <summary>BSI IT-Grundschutz M 5.90 and BSI TR-02102-3.</summary>
        Bsi = 1,
        /// <summary>NIST SP 800-77 Rev. 1 and SP 800-131A.</summary>
        Nist = 2,
        /// <summary>NSA CNSA 1.0 via RFC 9206.</summary>
        Cnsa = 3,
    }
}
