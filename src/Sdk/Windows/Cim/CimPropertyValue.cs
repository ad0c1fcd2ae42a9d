using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace IpsecSdk.Windows.Cim
{
    /// <summary>
    /// One property of a <see cref="CimInstanceDescription"/>: name, explicit CIM type and value. A null
    /// value is a CIM null (the property is written as "not set").
    /// </summary>
    public sealed record CimPropertyValue
    {
        /// <summary>Creates a property, checking that <paramref name="value"/> has the .NET type <paramref name="type"/> needs.</summary>
        /// <exception cref="ArgumentException">The value does not fit the type.</exception>
        public CimPropertyValue(string name, CimValueType type, object? value)
        {
            if (string.IsNullOrEmpty(name))
            {
                throw new ArgumentException("A CIM property needs a name.", nameof(name));
            }

            var clr = CimValueTypes.ClrType(type);
            if (value != null && value.GetType() != clr)
            {
                throw new ArgumentException("CIM property '" + name + "' of type " + type + " needs a " + clr.Name + " value, not " + value.GetType().Name + " (" + value + ").", nameof(value));
            }

            Name = name;
            Type = type;
            Value = value;
        }

        /// <summary>The CIM property name (e.g. <c>InboundSecurity</c>).</summary>
        public string Name { get; }

        /// <summary>The CIM type the value is written as.</summary>
        public CimValueType Type { get; }

        /// <summary>The value: <see cref="bool"/>, <see cref="byte"/>, <see cref="ushort"/>, <see cref="uint"/>, <see cref="ulong"/>, <see cref="string"/>, a <see cref="ValueList{T}"/>, an embedded <see cref="CimInstanceDescription"/>, or null.</summary>
        public object? Value { get; }

        /// <summary>True when the value is null or an empty array (CIM treats both as "nothing set").</summary>
        public bool IsNullOrEmpty => Value == null || (Value is System.Collections.ICollection c && c.Count == 0);

        /// <summary>The value as text for plans and errors; <paramref name="redact"/> hides it.</summary>
        public string Format(bool redact = false)
        {
            if (redact && Value != null)
            {
                return "(secret)";
            }

            return FormatValue(Value, redactSecrets: true);
        }

        /// <inheritdoc />
        public override string ToString() => Name + " = " + Format();

        /// <summary>Formats a value; embedded secrets (pre-shared keys) show as "(secret)" when <paramref name="redactSecrets"/> is set.</summary>
        public static string FormatValue(object? value, bool redactSecrets)
        {
            switch (value)
            {
                case null: return "(null)";
                case string s: return "\"" + s + "\"";
                case bool b: return b ? "true" : "false";
                case IFormattable f: return f.ToString(null, CultureInfo.InvariantCulture);
                case CimInstanceDescription instance: return instance.Format(redactSecrets);
                case ValueList<CimInstanceDescription> instances: return "[" + string.Join(", ", instances.Select(i => i.Format(redactSecrets))) + "]";
                case System.Collections.IEnumerable list: return "[" + string.Join(", ", list.Cast<object?>().Select(v => FormatValue(v, redactSecrets))) + "]";
                default: return value.ToString() ?? "";
            }
        }
    }
}
