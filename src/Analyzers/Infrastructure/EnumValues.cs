using System;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>
    /// The members of an SDK enum by numeric value, read once. <c>Enum.IsDefined</c> and <c>Enum.ToObject</c> box and
    /// reflect on every call, and the analyzers ask for every judged value. Plain arrays, not a dictionary: a dictionary
    /// keyed by an SDK enum is a generic instantiation the runtime has no precompiled code for, and in a short-lived compiler
    /// process it would run unoptimised (see <see cref="Hot"/>); these enums have at most a few dozen members.
    /// </summary>
    internal static class EnumValues<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly long[] Numbers;
        private static readonly TEnum[] Members;

        static EnumValues()
        {
            Members = (TEnum[])Enum.GetValues(typeof(TEnum));
            Numbers = new long[Members.Length];
            for (var i = 0; i < Members.Length; i++)
            {
                Numbers[i] = Convert.ToInt64(Members[i], CultureInfo.InvariantCulture);
            }
        }

        /// <summary>True when <paramref name="value"/> is a declared member.</summary>
        [MethodImpl(Hot.Path)]
        public static bool IsDefined(long value) => IndexOf(value) >= 0;

        /// <summary>The member with <paramref name="value"/>, if declared.</summary>
        [MethodImpl(Hot.Path)]
        public static bool TryGet(long value, out TEnum member)
        {
            var index = IndexOf(value);
            member = index >= 0 ? Members[index] : default;
            return index >= 0;
        }

        [MethodImpl(Hot.Path)]
        private static int IndexOf(long value)
        {
            var numbers = Numbers;
            for (var i = 0; i < numbers.Length; i++)
            {
                if (numbers[i] == value)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
