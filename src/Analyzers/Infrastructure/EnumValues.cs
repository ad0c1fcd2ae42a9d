using System;
using System.Collections.Generic;

namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>
    /// The members of an SDK enum by numeric value, read once. <c>Enum.IsDefined</c> and <c>Enum.ToObject</c> box and
    /// reflect on every call, and the analyzers ask for every judged value.
    /// </summary>
    internal static class EnumValues<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly Dictionary<long, TEnum> Members = Read();

        /// <summary>True when <paramref name="value"/> is a declared member.</summary>
        public static bool IsDefined(long value) => Members.ContainsKey(value);

        /// <summary>The member with <paramref name="value"/>, if declared.</summary>
        public static bool TryGet(long value, out TEnum member) => Members.TryGetValue(value, out member);

        private static Dictionary<long, TEnum> Read()
        {
            var members = new Dictionary<long, TEnum>();
            foreach (TEnum member in Enum.GetValues(typeof(TEnum)))
            {
                members[Convert.ToInt64(member, System.Globalization.CultureInfo.InvariantCulture)] = member;
            }

            return members;
        }
    }
}
