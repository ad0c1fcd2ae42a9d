using System;
using System.Collections.Generic;
using System.Text.Json;

namespace IpsecSdk.Windows.Testing
{
    /// <summary>
    /// The documented schema of the WFAS CIM provider (<c>root/StandardCimv2</c>): classes, their bases and
    /// flattened properties with CIM types, read from the class reference shipped inside the SDK.
    /// </summary>
    public sealed class WfasCimSchema
    {
        private static readonly Lazy<WfasCimSchema> Shared = new Lazy<WfasCimSchema>(Load);
        private static readonly HashSet<string> StatusProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "PrimaryStatus", "Status", "StatusCode", "EnforcementStatus", "PolicyStoreSource", "PolicyStoreSourceType",
        };

        private readonly Dictionary<string, ClassInfo> _classes;

        private WfasCimSchema(Dictionary<string, ClassInfo> classes) => _classes = classes;

        /// <summary>The schema of the provider's documentation.</summary>
        public static WfasCimSchema Documented => Shared.Value;

        /// <summary>True when the class is documented.</summary>
        public bool HasClass(string className) => _classes.ContainsKey(className);

        /// <summary>The documented class, or null.</summary>
        public ClassInfo? Class(string className) => _classes.TryGetValue(className, out var c) ? c : null;

        /// <summary>True when <paramref name="className"/> is <paramref name="baseName"/> or derives from it.</summary>
        public bool IsA(string className, string baseName)
        {
            for (var name = (string?)className; name != null; name = _classes.TryGetValue(name, out var c) ? c.Base : null)
            {
                if (name == baseName)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when a client may write the property and expect it back: documented, not ignored, not reserved,
        /// not derived (DisplayName, DisplayGroup) and not a status field.
        /// </summary>
        public bool IsWritable(string className, string propertyName)
        {
            var property = Class(className)?.Property(propertyName);
            return property != null && !property.Ignored && !property.Reserved && !property.WritesIgnored && !StatusProperties.Contains(propertyName);
        }

        private static WfasCimSchema Load()
        {
            using (var stream = typeof(WfasCimSchema).Assembly.GetManifestResourceStream("IpsecSdk.Windows.wfascim-classes.json")
                ?? throw new InvalidOperationException("The IpsecSdk assembly lacks its embedded WFAS class reference."))
            using (var document = JsonDocument.Parse(stream))
            {
                var classes = new Dictionary<string, ClassInfo>(StringComparer.Ordinal);
                foreach (var c in document.RootElement.GetProperty("classes").EnumerateObject())
                {
                    classes.Add(c.Name, ClassInfo.From(c.Name, c.Value));
                }

                return new WfasCimSchema(classes);
            }
        }

        /// <summary>One documented class.</summary>
        public sealed class ClassInfo
        {
            private readonly Dictionary<string, PropertyInfo> _properties;

            private ClassInfo(string name, string? baseName, bool embeddedOnly, bool noInstances, bool association, Dictionary<string, PropertyInfo> properties)
            {
                Name = name;
                Base = baseName;
                EmbeddedOnly = embeddedOnly;
                NoInstances = noInstances;
                IsAssociation = association;
                _properties = properties;
            }

            /// <summary>The class name.</summary>
            public string Name { get; }

            /// <summary>The base class name, if any.</summary>
            public string? Base { get; }

            /// <summary>Exists only embedded in a set (proposals).</summary>
            public bool EmbeddedOnly { get; }

            /// <summary>Has no instances (static methods only).</summary>
            public bool NoInstances { get; }

            /// <summary>An association class.</summary>
            public bool IsAssociation { get; }

            /// <summary>The documented (flattened) property, or null.</summary>
            public PropertyInfo? Property(string name) => _properties.TryGetValue(name, out var p) ? p : null;

            internal static ClassInfo From(string name, JsonElement json)
            {
                var properties = new Dictionary<string, PropertyInfo>(StringComparer.OrdinalIgnoreCase);
                if (json.TryGetProperty("properties", out var props))
                {
                    foreach (var p in props.EnumerateObject())
                    {
                        properties[p.Name] = new PropertyInfo(
                            p.Name,
                            Text(p.Value, "wireCimType") ?? Text(p.Value, "cimType") ?? "",
                            Text(p.Value, "embeddedInstanceClass"),
                            Flag(p.Value, "ignored"),
                            Flag(p.Value, "reserved"),
                            Flag(p.Value, "writesIgnored"));
                    }
                }

                return new ClassInfo(name, Text(json, "base"), Flag(json, "embeddedOnly"), Flag(json, "noInstances"), Flag(json, "association"), properties);
            }

            private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

            private static bool Flag(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
        }

        /// <summary>One documented property.</summary>
        public sealed class PropertyInfo
        {
            internal PropertyInfo(string name, string wireType, string? embeddedInstanceClass, bool ignored, bool reserved, bool writesIgnored)
            {
                Name = name;
                WireType = wireType;
                EmbeddedInstanceClass = embeddedInstanceClass;
                Ignored = ignored;
                Reserved = reserved;
                WritesIgnored = writesIgnored;
            }

            /// <summary>The property name.</summary>
            public string Name { get; }

            /// <summary>The CIM type on the wire, spelled as the reference does (<c>uint16</c>, <c>instance[]</c>).</summary>
            public string WireType { get; }

            /// <summary>For embedded instances: the class every element must be or derive from.</summary>
            public string? EmbeddedInstanceClass { get; }

            /// <summary>Documented as ignored.</summary>
            public bool Ignored { get; }

            /// <summary>Reserved for the provider.</summary>
            public bool Reserved { get; }

            /// <summary>Derived by the provider; writes are ignored.</summary>
            public bool WritesIgnored { get; }
        }
    }
}
