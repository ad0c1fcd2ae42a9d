using System;
using System.Collections.Generic;
using System.Linq;

namespace IpsecSdk.Windows.Cim
{
    /// <summary>
    /// A technology-neutral description of one CIM instance: class name, key (null for embedded instances)
    /// and typed properties. A gateway translates it 1:1 into a real <c>CimInstance</c>; the in-memory
    /// gateway stores it as it is. Immutable, with value equality.
    /// </summary>
    public sealed class CimInstanceDescription : IEquatable<CimInstanceDescription>
    {
        // Most CIM instances have under 24 properties: a scan is cheaper than a dictionary per instance.
        private const int ScanLimit = 24;
        private readonly Dictionary<string, CimPropertyValue>? _byName;

        /// <summary>Creates a description; property names must be unique.</summary>
        /// <exception cref="ArgumentException">A property name appears twice, or the key's class differs.</exception>
        public CimInstanceDescription(string className, CimObjectKey? key, IEnumerable<CimPropertyValue> properties)
        {
            if (string.IsNullOrEmpty(className))
            {
                throw new ArgumentException("A CIM instance needs a class name.", nameof(className));
            }

            if (key != null && key.ClassName != className)
            {
                throw new ArgumentException("The key's class '" + key.ClassName + "' differs from the instance class '" + className + "'.", nameof(key));
            }

            ClassName = className;
            Key = key;
            Properties = new ValueList<CimPropertyValue>(properties ?? throw new ArgumentNullException(nameof(properties)));
            if (Properties.Count > ScanLimit)
            {
                _byName = new Dictionary<string, CimPropertyValue>(StringComparer.OrdinalIgnoreCase);
            }

            for (var i = 0; i < Properties.Count; i++)
            {
                var name = Properties[i].Name;
                if (_byName != null ? _byName.ContainsKey(name) : Scan(name, i) != null)
                {
                    throw new ArgumentException("Property '" + name + "' appears twice in " + className + ".", nameof(properties));
                }

                _byName?.Add(name, Properties[i]);
            }
        }

        /// <summary>The CIM class name.</summary>
        public string ClassName { get; }

        /// <summary>The stored object's key; null for an embedded instance (a proposal).</summary>
        public CimObjectKey? Key { get; }

        /// <summary>The properties, in the order the mapping writes them.</summary>
        public ValueList<CimPropertyValue> Properties { get; }

        /// <summary>The property called <paramref name="name"/> (case-insensitive, as CIM), or null.</summary>
        public CimPropertyValue? Find(string name) =>
            _byName != null ? (_byName.TryGetValue(name, out var p) ? p : null) : Scan(name, Properties.Count);

        /// <summary>The value of <paramref name="name"/>, or null when absent or null.</summary>
        public object? this[string name] => Find(name)?.Value;

        /// <summary>A copy with <paramref name="property"/> added or replacing the one of the same name.</summary>
        public CimInstanceDescription With(CimPropertyValue property)
        {
            var replaced = false;
            var list = new List<CimPropertyValue>(Properties.Count + 1);
            foreach (var p in Properties)
            {
                if (string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase))
                {
                    list.Add(property);
                    replaced = true;
                }
                else
                {
                    list.Add(p);
                }
            }

            if (!replaced)
            {
                list.Add(property);
            }

            return new CimInstanceDescription(ClassName, Key, list);
        }

        /// <summary>A copy holding only the properties <paramref name="keep"/> accepts.</summary>
        public CimInstanceDescription Where(Func<CimPropertyValue, bool> keep) => new CimInstanceDescription(ClassName, Key, Properties.Where(keep));

        private CimPropertyValue? Scan(string name, int count)
        {
            for (var i = 0; i < count; i++)
            {
                if (string.Equals(Properties[i].Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return Properties[i];
                }
            }

            return null;
        }

        /// <inheritdoc />
        public bool Equals(CimInstanceDescription? other) =>
            other is not null && (ReferenceEquals(this, other) || (ClassName == other.ClassName && Equals(Key, other.Key) && Properties.Equals(other.Properties)));

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as CimInstanceDescription);

        /// <inheritdoc />
        public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(ClassName) * 397) ^ (Key?.GetHashCode() ?? 0) ^ Properties.GetHashCode());

        /// <inheritdoc />
        public override string ToString() => Key?.ToString() ?? Format(redactSecrets: true);

        /// <summary>The class and every property; secrets show as "(secret)" when <paramref name="redactSecrets"/> is set.</summary>
        public string Format(bool redactSecrets) =>
            ClassName + " {" + string.Join(", ", Properties.Select(p => p.Name + "=" + (redactSecrets && CimSecrets.IsSecret(ClassName, p.Name) ? p.Format(redact: true) : CimPropertyValue.FormatValue(p.Value, redactSecrets)))) + "}";
    }
}
