using System;
using System.Globalization;

namespace IpsecSdk.Validation
{
    /// <summary>Shows values in messages: strings quoted, enum values by name and number, allowed values listed.</summary>
    internal static class Describe
    {
        internal static string Text(string? value) => value is null ? "null" : "'" + value + "'";

        internal static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>An enum value by name when it has one, otherwise by number (values read from JSON may have none).</summary>
        internal static string Enum<T>(T value)
            where T : struct, Enum =>
            System.Enum.IsDefined(typeof(T), value) ? value + " (" + Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + ")" : Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

        /// <summary>All names of an enum, for "allowed: ..." clauses.</summary>
        internal static string Names<T>()
            where T : struct, Enum => string.Join(", ", System.Enum.GetNames(typeof(T)));
    }
}
