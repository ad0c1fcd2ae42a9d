using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace IpsecSdk.Analyzers.Infrastructure.Gate
{
    /// <summary>
    /// A read-only map from names to flags that answers for a range of characters without making a string of it: the gate
    /// looks up every identifier-like word of the code it checks, and a substring each would be most of its cost.
    /// </summary>
    internal sealed class NameTable
    {
        private readonly string?[] _slots;
        private readonly int[] _flags;
        private readonly int _mask;

        // Most words of ordinary code (keywords, locals: lower case) start with a character no name starts with, or are
        // shorter or longer than every name: those are answered without hashing.
        private readonly bool[] _firstCharacters = new bool[128];
        private readonly int _shortest = int.MaxValue;
        private readonly int _longest;

        /// <summary>A table of <paramref name="names"/>, each with the union of the flags given for it.</summary>
        public NameTable(IEnumerable<KeyValuePair<string, int>> names)
        {
            var merged = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                merged[name.Key] = (merged.TryGetValue(name.Key, out var flags) ? flags : 0) | name.Value;
            }

            var size = 16;
            while (size < merged.Count * 4)
            {
                size *= 2;
            }

            _slots = new string?[size];
            _flags = new int[size];
            _mask = size - 1;
            foreach (var name in merged)
            {
                var slot = Hash(name.Key.ToCharArray(), 0, name.Key.Length) & _mask;
                while (_slots[slot] != null)
                {
                    slot = (slot + 1) & _mask;
                }

                _slots[slot] = name.Key;
                _flags[slot] = name.Value;
                _shortest = Math.Min(_shortest, name.Key.Length);
                _longest = Math.Max(_longest, name.Key.Length);
                if (name.Key.Length > 0 && name.Key[0] < 128)
                {
                    _firstCharacters[name.Key[0]] = true;
                }
            }
        }

        /// <summary>A table of <paramref name="names"/>, each with flag 1.</summary>
        public NameTable(IEnumerable<string> names)
            : this(System.Linq.Enumerable.Select(names, n => new KeyValuePair<string, int>(n, 1)))
        {
        }

        /// <summary>The flags of the word <c>text[start..start+length]</c>; 0 when it is not in the table.</summary>
        [MethodImpl(Hot.Path)]
        public int FlagsOf(char[] text, int start, int length)
        {
            if (length < _shortest || length > _longest || (text[start] < 128 && !_firstCharacters[text[start]]))
            {
                return 0;
            }

            for (var slot = Hash(text, start, length) & _mask; ; slot = (slot + 1) & _mask)
            {
                var name = _slots[slot];
                if (name == null)
                {
                    return 0;
                }

                if (Equal(name, text, start, length))
                {
                    return _flags[slot];
                }
            }
        }

        /// <summary>True when <c>text[start..start+length]</c> is one of the names.</summary>
        [MethodImpl(Hot.Path)]
        public bool Contains(char[] text, int start, int length) => FlagsOf(text, start, length) != 0;

        /// <summary>The flags of <paramref name="name"/>; 0 when it is not in the table.</summary>
        public int FlagsOf(string name) => FlagsOf(name.ToCharArray(), 0, name.Length);

        [MethodImpl(Hot.Path)]
        private static bool Equal(string name, char[] text, int start, int length)
        {
            if (name.Length != length)
            {
                return false;
            }

            for (var i = 0; i < length; i++)
            {
                if (name[i] != text[start + i])
                {
                    return false;
                }
            }

            return true;
        }

        // FNV-1a over the characters.
        [MethodImpl(Hot.Path)]
        private static int Hash(char[] text, int start, int length)
        {
            unchecked
            {
                var hash = (int)2166136261;
                for (var i = start; i < start + length; i++)
                {
                    hash = (hash ^ text[i]) * 16777619;
                }

                return hash & int.MaxValue;
            }
        }
    }
}
