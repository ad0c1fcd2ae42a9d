namespace IpsecSdk
{
    /// <summary>Which IKE phase an algorithm is used in.</summary>
    public enum CryptoPhase
    {
        /// <summary>Main mode (phase 1, the IKE SA).</summary>
        MainMode = 1,
        /// <summary>Quick mode (phase 2, the IPsec SA).</summary>
        QuickMode = 2,
    }
}
