using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using IpsecSdk.Serialization;

namespace IpsecSdk
{
    /// <summary>
    /// An immutable list with value equality, so records holding lists compare by content.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    [JsonConverter(typeof(ValueListJsonConverterFactory))]
    public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
    {
        private readonly T[] _items;

        /// <summary>The empty list.</summary>
        public static ValueList<T> Empty { get; } = new ValueList<T>(Array.Empty<T>());

        /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
        public ValueList(IEnumerable<T> items)
        {
            if (items == null)
            {
                throw new ArgumentNullException(nameof(items));
            }

            _items = items.ToArray();
        }

        /// <inheritdoc />
        public T this[int index] => _items[index];

        /// <inheritdoc />
        public int Count => _items.Length;

        /// <summary>A new list with <paramref name="item"/> appended.</summary>
        public ValueList<T> Add(T item)
        {
            var items = new T[_items.Length + 1];
            Array.Copy(_items, items, _items.Length);
            items[_items.Length] = item;
            return new ValueList<T>(items);
        }

        /// <inheritdoc />
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

        /// <inheritdoc />
        public bool Equals(ValueList<T>? other)
        {
            if (other is null)
            {
                return false;
            }

            return ReferenceEquals(this, other) || _items.SequenceEqual(other._items);
        }

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            unchecked
            {
                var hash = 17;
                foreach (var item in _items)
                {
                    hash = (hash * 31) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item));
                }

                return hash;
            }
        }

        /// <inheritdoc />
        public override string ToString() => "[" + string.Join(", ", _items) + "]";

        /// <summary>Copies an array into a list, so later changes to the array do not reach it.</summary>
        public static implicit operator ValueList<T>(T[] items) => new ValueList<T>(items);

        /// <summary>Equality by content.</summary>
        public static bool operator ==(ValueList<T>? left, ValueList<T>? right) => left is null ? right is null : left.Equals(right);

        /// <summary>Inequality by content.</summary>
        public static bool operator !=(ValueList<T>? left, ValueList<T>? right) => !(left == right);
    }

    /// <summary>Factory methods for <see cref="ValueList{T}"/>.</summary>
    public static class ValueList
    {
        /// <summary>Creates a list of the given items.</summary>
        public static ValueList<T> Of<T>(params T[] items) => new ValueList<T>(items);
    }
}
