using System;
using System.Collections.Generic;

namespace IpsecSdk.Export.PowerShell
{
    /// <summary>
    /// Tracks which sets are already written: rules may share a set (same ID), which is created once.
    /// Two different sets under one ID cannot both exist in a store, so that is an error naming both places.
    /// </summary>
    internal sealed class DistinctSets<T>
        where T : class
    {
        private readonly Dictionary<string, KeyValuePair<T, string>> _seen = new Dictionary<string, KeyValuePair<T, string>>(StringComparer.OrdinalIgnoreCase);

        /// <summary>True the first time a set is seen; false for a repeat of the same set.</summary>
        /// <exception cref="ArgumentException">Another set with different content already uses the ID.</exception>
        internal bool IsNew(string id, T set, string path)
        {
            if (!_seen.TryGetValue(id, out var first))
            {
                _seen.Add(id, new KeyValuePair<T, string>(set, path));
                return true;
            }

            if (!first.Key.Equals(set))
            {
                throw new ArgumentException("'" + path + ".id' is '" + id + "', the ID of the different set at '" + first.Value + "'; give each distinct set its own ID (IDs are compared ignoring case).", "policy");
            }

            return false;
        }

        internal int Count => _seen.Count;
    }
}
