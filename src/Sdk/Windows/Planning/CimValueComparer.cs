using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using IpsecSdk.Windows.Cim;

namespace IpsecSdk.Windows.Planning
{
    /// <summary>
    /// Compares what the SDK wants with what a store holds. A desired value is "covered" when the stored one
    /// means the same: null and an empty array are equal, and embedded instances may carry extra properties
    /// Windows adds on read (only the properties the SDK writes count).
    /// </summary>
    public static class CimValueComparer
    {
        /// <summary>The desired properties whose stored values differ, as changes old → new.</summary>
        public static IReadOnlyList<PropertyChange> Changes(CimInstanceDescription desired, CimInstanceDescription? stored)
        {
            // Allocates nothing when the store already holds the values: most objects of a re-plan.
            List<PropertyChange>? changes = null;
            foreach (var property in desired.Properties)
            {
                var old = stored?.Find(property.Name);
                if (!Covers(property.Value, old?.Value))
                {
                    (changes ??= new List<PropertyChange>()).Add(new PropertyChange(property.Name, property.Type, old?.Value, property.Value, CimSecrets.IsSecret(desired.ClassName, property.Name)));
                }
            }

            return (IReadOnlyList<PropertyChange>?)changes ?? Array.Empty<PropertyChange>();
        }

        /// <summary>True when <paramref name="stored"/> holds every desired property with the same meaning.</summary>
        public static bool Covers(CimInstanceDescription desired, CimInstanceDescription stored) =>
            desired.ClassName == stored.ClassName && desired.Properties.All(p => Covers(p.Value, stored[p.Name]));

        /// <summary>True when the stored value means the same as the desired one.</summary>
        public static bool Covers(object? desired, object? stored)
        {
            if (IsNullOrEmpty(desired) || IsNullOrEmpty(stored))
            {
                return IsNullOrEmpty(desired) && IsNullOrEmpty(stored);
            }

            // Same type and value (lists and embedded instances compare by content): no further work.
            if (desired!.Equals(stored))
            {
                return true;
            }

            if (desired is ValueList<CimInstanceDescription> wanted)
            {
                return stored is ValueList<CimInstanceDescription> held && wanted.Count == held.Count && wanted.Zip(held, Covers).All(x => x);
            }

            if (desired is CimInstanceDescription one)
            {
                return stored is CimInstanceDescription other && Covers(one, other);
            }

            if (desired is string || stored is string)
            {
                return string.Equals(desired as string, stored as string, StringComparison.Ordinal);
            }

            if (desired is IEnumerable list && stored is IEnumerable storedList)
            {
                return list.Cast<object?>().SequenceEqual(storedList.Cast<object?>(), ScalarComparer.Instance);
            }

            return ScalarComparer.Instance.Equals(desired, stored);
        }

        private static bool IsNullOrEmpty(object? value) => value == null || (value is ICollection c && c.Count == 0);

        private sealed class ScalarComparer : IEqualityComparer<object?>
        {
            public static readonly ScalarComparer Instance = new ScalarComparer();

            public new bool Equals(object? x, object? y)
            {
                if (x is bool || y is bool || x is string || y is string)
                {
                    return object.Equals(x, y);
                }

                // Windows may report a documented uint16 with another integral width.
                return x != null && y != null && x is IConvertible && y is IConvertible
                    ? Convert.ToDecimal(x, System.Globalization.CultureInfo.InvariantCulture) == Convert.ToDecimal(y, System.Globalization.CultureInfo.InvariantCulture)
                    : object.Equals(x, y);
            }

            public int GetHashCode(object? obj) => 0;
        }
    }
}
