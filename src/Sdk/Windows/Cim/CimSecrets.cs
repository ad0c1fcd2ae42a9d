using System;

namespace IpsecSdk.Windows.Cim
{
    /// <summary>Which CIM properties hold secrets that plans, errors and logs must never show.</summary>
    public static class CimSecrets
    {
        /// <summary>True for <c>MSFT_NetIKEPSKAuthProposal.PreSharedKey</c>.</summary>
        public static bool IsSecret(string className, string propertyName) =>
            string.Equals(propertyName, "PreSharedKey", StringComparison.OrdinalIgnoreCase);
    }
}
