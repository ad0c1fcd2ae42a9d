namespace IpsecSdk
{
    /// <summary>
    /// BSI IT-Grundschutz protection needs of the traffic a rule protects. High and very high raise the
    /// findings that M 5.90 ties to them (master-key PFS, clear-text fallback).
    /// </summary>
    public enum ProtectionRequirement
    {
        /// <summary>Normal protection needs.</summary>
        Normal = 0,
        /// <summary>High protection needs.</summary>
        High = 1,
        /// <summary>Very high protection needs: master-key PFS and Require in both directions expected.</summary>
        VeryHigh = 2,
    }
}
