using System;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// Evaluation asks the catalogue only about values Windows knows; unknown enum values (from JSON) are the
    /// validator's IPSEC114, and the catalogue has no row for them.
    /// </summary>
    internal static class Known
    {
        internal static bool Is<T>(T value)
            where T : struct, Enum => Enum.IsDefined(typeof(T), value);
    }
}
