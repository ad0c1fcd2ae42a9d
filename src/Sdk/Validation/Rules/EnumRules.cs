using System;
using System.Globalization;
using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// Enum values Windows does not know (e.g. <c>(Integrity)7</c> read from JSON as a number) are IPSEC114:
    /// a value that is not one of the literals Windows accepts.
    /// </summary>
    internal static class EnumRules
    {
        /// <summary>Reports an undefined value of a plain enum; true when the value is defined.</summary>
        internal static bool Check<T>(FindingCollector findings, T value, string path)
            where T : struct, Enum
        {
            if (Enum.IsDefined(typeof(T), value))
            {
                return true;
            }

            findings.Error(RuleIds.InvalidAddressOrPort, path, path + " is " + Describe.Enum(value) + ", which is not a " + typeof(T).Name + " value Windows knows; allowed: " + Describe.Names<T>() + ".");
            return false;
        }

        /// <summary>Reports bits outside <paramref name="validMask"/> of a flags enum; true when every bit is known.</summary>
        internal static bool CheckFlags<T>(FindingCollector findings, T value, long validMask, string path)
            where T : struct, Enum
        {
            var bits = Convert.ToInt64(value, CultureInfo.InvariantCulture);
            if ((bits & ~validMask) == 0)
            {
                return true;
            }

            findings.Error(RuleIds.InvalidAddressOrPort, path, path + " is " + Describe.Number(bits) + ", which has bits no " + typeof(T).Name + " flag uses; allowed: a combination of " + Describe.Names<T>() + ".");
            return false;
        }
    }
}
