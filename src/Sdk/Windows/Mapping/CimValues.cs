using System;
using System.Collections.Generic;
using System.Linq;
using IpsecSdk.Windows.Cim;

namespace IpsecSdk.Windows.Mapping
{
    /// <summary>Tolerant readers of property values (Windows may hand back any integral width).</summary>
    internal static class CimValues
    {
        public static string? String(CimInstanceDescription d, string name) => d[name] as string;

        public static long Integer(CimInstanceDescription d, string name, long fallback)
        {
            var value = d[name];
            switch (value)
            {
                case null: return fallback;
                case byte b: return b;
                case ushort u16: return u16;
                case uint u32: return u32;
                case ulong u64: return (long)u64;
                default: throw new FormatException(d.ClassName + "." + name + " holds " + value.GetType().Name + " '" + value + "', expected an unsigned integer.");
            }
        }

        public static bool Boolean(CimInstanceDescription d, string name, bool fallback) => d[name] as bool? ?? fallback;

        public static ValueList<string> Strings(CimInstanceDescription d, string name) => d[name] is ValueList<string> list ? list : ValueList<string>.Empty;

        /// <summary>A filter list with the keyword "Any" standing alone read as "no restriction".</summary>
        public static ValueList<string> FilterList(CimInstanceDescription? d, string name)
        {
            if (d == null)
            {
                return ValueList<string>.Empty;
            }

            var list = Strings(d, name);
            return list.Count == 1 && string.Equals(list[0], CimPolicyWriter.Any, StringComparison.OrdinalIgnoreCase) ? ValueList<string>.Empty : list;
        }

        public static IEnumerable<CimInstanceDescription> Instances(CimInstanceDescription d, string name) =>
            d[name] as ValueList<CimInstanceDescription> ?? Enumerable.Empty<CimInstanceDescription>();

        public static T Enum<T>(CimInstanceDescription d, string name, T fallback)
            where T : struct => (T)System.Enum.ToObject(typeof(T), Integer(d, name, Convert.ToInt64(fallback, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
