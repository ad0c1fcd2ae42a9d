using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using IpsecSdk.Windows.Cim;
using IpsecSdk.Windows.Mapping;

namespace IpsecSdk.Windows.Testing
{
    /// <summary>
    /// A CIM gateway that keeps policy stores in memory and enforces what the WFAS provider documents:
    /// unknown classes and properties, wrong CIM types, dangling set references, duplicate IDs, writes to
    /// read-only stores and deleting a set still in use are refused with <see cref="CimGatewayException"/>.
    /// Use it to plan and apply policies in unit tests, or to preview a plan on a machine without Windows.
    /// </summary>
    /// <remarks>
    /// Behaviour modelled on top of the reference: creating a rule creates its filter objects (address,
    /// protocol/port, interface type) set to "Any", which can then only be modified; deleting the rule
    /// deletes them. <c>DisplayName</c>/<c>DisplayGroup</c> are derived from <c>ElementName</c>/<c>RuleGroup</c>.
    /// Every store holds one <c>MSFT_NetSecuritySettingData</c>. <c>StdRegProv</c> and <c>MSFT_NetGPO</c> static
    /// methods work on an in-memory registry and GPO cache.
    /// </remarks>
    public sealed partial class InMemoryCimGateway : ICimGateway
    {
        private static readonly Dictionary<string, string> SetReferences = new Dictionary<string, string>
        {
            ["MainModeCryptoSet"] = CimClassNames.MMCryptoSet,
            ["QuickModeCryptoSet"] = CimClassNames.QMCryptoSet,
            ["Phase1AuthSet"] = CimClassNames.Phase1AuthSet,
            ["Phase2AuthSet"] = CimClassNames.Phase2AuthSet,
        };

        private readonly Dictionary<string, Store> _stores = new Dictionary<string, Store>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _gpoSessions = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, uint> _registry = new Dictionary<string, uint>(StringComparer.OrdinalIgnoreCase);
        private readonly WfasCimSchema _schema = WfasCimSchema.Documented;
        private long _sequence;
        private int _sessionCounter;

        /// <summary>How many create, modify and delete calls succeeded (for tests of "nothing was written").</summary>
        public int WriteCount { get; private set; }

        /// <inheritdoc />
        public IReadOnlyList<CimInstanceDescription> Enumerate(CimTarget target, string className)
        {
            RequireClass(className);
            var store = Resolve(target);
            return store.Objects.Values.Where(e => e.Instance.ClassName == className).OrderBy(e => e.Sequence).Select(e => e.Instance).ToList();
        }

        /// <inheritdoc />
        public CimInstanceDescription? Get(CimTarget target, CimObjectKey key)
        {
            RequireClass(key.ClassName);
            return Resolve(target).Objects.TryGetValue(key, out var entry) ? entry.Instance : null;
        }

        /// <inheritdoc />
        public void Create(CimTarget target, CimInstanceDescription instance)
        {
            var store = Writable(target, "create " + instance.Key);
            var key = instance.Key ?? throw Refuse("An instance of " + instance.ClassName + " without a key cannot be stored; proposals exist only embedded in a set.");
            var cls = RequireClass(instance.ClassName);
            if (cls.EmbeddedOnly || cls.NoInstances || cls.IsAssociation || CimClassNames.IsFilter(cls.Name) || cls.Name == CimClassNames.SecuritySettingData)
            {
                throw Refuse(key + " cannot be created: " + Why(cls) + ".");
            }

            if (store.Objects.ContainsKey(key))
            {
                throw Refuse("InstanceID '" + key.InstanceId + "' already exists as " + instance.ClassName + " in " + store.Name + "; IDs are unique within a store.");
            }

            Validate(instance);
            if (!Equals(instance["InstanceID"], key.InstanceId))
            {
                throw Refuse(key + ": the InstanceID property (" + CimPropertyValue.FormatValue(instance["InstanceID"], redactSecrets: true) + ") must equal the key.");
            }

            CheckReferences(store, instance);
            store.Put(key, Derive(instance), ref _sequence);
            foreach (var filter in ProviderDefaults.FiltersOf(key))
            {
                store.Put(filter.Key!, filter, ref _sequence);
            }

            WriteCount++;
        }

        /// <inheritdoc />
        public void Modify(CimTarget target, CimInstanceDescription instance)
        {
            var store = Writable(target, "modify " + instance.Key);
            var key = instance.Key ?? throw Refuse("Modify needs an instance with a key.");
            if (!store.Objects.TryGetValue(key, out var existing))
            {
                throw Refuse(key + " does not exist in " + store.Name + ".");
            }

            Validate(instance);
            if (instance["InstanceID"] != null && !Equals(instance["InstanceID"], key.InstanceId))
            {
                throw Refuse(key + ": InstanceID cannot be changed (use Rename).");
            }

            var merged = existing.Instance;
            foreach (var property in instance.Properties)
            {
                merged = merged.With(property);
            }

            CheckReferences(store, merged);
            store.Objects[key] = new Entry(existing.Sequence, Derive(merged));
            WriteCount++;
        }

        /// <inheritdoc />
        public void Delete(CimTarget target, CimObjectKey key)
        {
            var store = Writable(target, "delete " + key);
            var cls = RequireClass(key.ClassName);
            if (CimClassNames.IsFilter(cls.Name) || cls.Name == CimClassNames.SecuritySettingData)
            {
                throw Refuse(key + " cannot be deleted on its own: " + Why(cls) + ".");
            }

            if (!store.Objects.ContainsKey(key))
            {
                throw Refuse(key + " does not exist in " + store.Name + ".");
            }

            var user = store.Objects.Values.Select(e => e.Instance).FirstOrDefault(o => References(o, key));
            if (user != null)
            {
                throw Refuse(key + " is still referenced by " + user.Key + "; delete or change that rule first.");
            }

            store.Objects.Remove(key);
            foreach (var filter in store.Objects.Keys.Where(k => Equals(k.Owner, key)).ToList())
            {
                store.Objects.Remove(filter);
            }

            WriteCount++;
        }

        /// <summary>
        /// Puts an object into a store without the write checks (read-only stores included): for seeding live
        /// security associations, the ActiveStore or objects of other owners in tests. Schema checks still apply.
        /// </summary>
        public void Seed(CimTarget target, CimInstanceDescription instance)
        {
            Validate(instance);
            var key = instance.Key ?? throw Refuse("Seeded objects need a key.");
            Resolve(target).Put(key, Derive(instance), ref _sequence);
        }

        /// <summary>
        /// The full state: every object of every store, GPO cache and registry value, one canonical line each,
        /// sorted. Two snapshots are equal exactly when the stores hold the same objects with the same values.
        /// </summary>
        public IReadOnlyList<string> Snapshot()
        {
            var lines = new List<string>();
            foreach (var store in _stores.Values)
            {
                lines.AddRange(store.Objects.Values.Select(e => store.Name + " | " + e.Instance.Key + " | " + string.Join("; ", e.Instance.Properties.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Name + ":" + p.Type + "=" + CimPropertyValue.FormatValue(p.Value, redactSecrets: false)))));
            }

            lines.AddRange(_registry.Select(r => "registry | " + r.Key + " = " + r.Value.ToString(CultureInfo.InvariantCulture)));
            lines.Sort(StringComparer.Ordinal);
            return lines;
        }

        private static string Why(WfasCimSchema.ClassInfo cls) =>
            cls.EmbeddedOnly ? "it exists only embedded in a set" :
            cls.NoInstances ? "it has no instances (static methods only)" :
            cls.IsAssociation ? "associations are maintained by the provider" :
            cls.Name == CimClassNames.SecuritySettingData ? "each store has exactly one, which can only be modified" :
            "filters are created and deleted with their rule and can only be modified";

        private static CimGatewayException Refuse(string message) => new CimGatewayException(message);

        private static bool References(CimInstanceDescription o, CimObjectKey set) =>
            SetReferences.Any(r => r.Value == set.ClassName && Equals(o[r.Key], set.InstanceId));

        private static CimInstanceDescription Derive(CimInstanceDescription instance)
        {
            // In CIM a null property and an unset one are the same; keep only values so both compare equal.
            var derived = instance.Where(p => p.Value != null && !p.Name.Equals("DisplayName", StringComparison.OrdinalIgnoreCase) && !p.Name.Equals("DisplayGroup", StringComparison.OrdinalIgnoreCase));
            if (WfasCimSchema.Documented.Class(instance.ClassName)?.Property("DisplayName") is { WritesIgnored: true })
            {
                derived = derived.With(new CimPropertyValue("DisplayName", CimValueType.String, instance["ElementName"] as string));
            }

            if (WfasCimSchema.Documented.Class(instance.ClassName)?.Property("DisplayGroup") is { WritesIgnored: true })
            {
                derived = derived.With(new CimPropertyValue("DisplayGroup", CimValueType.String, instance["RuleGroup"] as string));
            }

            return derived;
        }

        private WfasCimSchema.ClassInfo RequireClass(string className) =>
            _schema.Class(className) ?? throw Refuse("Class '" + className + "' is not a class of root/StandardCimv2 (invalid class).");

        private void Validate(CimInstanceDescription instance)
        {
            var cls = RequireClass(instance.ClassName);
            foreach (var property in instance.Properties)
            {
                var documented = cls.Property(property.Name) ?? throw Refuse(instance.Key + ": " + instance.ClassName + " has no property '" + property.Name + "'.");
                if (documented.Reserved)
                {
                    throw Refuse(instance.Key + ": " + instance.ClassName + "." + property.Name + " is reserved for the provider.");
                }

                var sent = CimValueTypes.SchemaName(property.Type);
                if (!string.Equals(sent, documented.WireType, StringComparison.OrdinalIgnoreCase))
                {
                    throw Refuse(instance.Key + ": " + instance.ClassName + "." + property.Name + " is " + documented.WireType + ", not " + sent + " (type mismatch).");
                }

                if (property.Value is ValueList<CimInstanceDescription> embedded)
                {
                    foreach (var element in embedded)
                    {
                        if (documented.EmbeddedInstanceClass != null && !_schema.IsA(element.ClassName, documented.EmbeddedInstanceClass))
                        {
                            throw Refuse(instance.Key + ": " + property.Name + " holds " + element.ClassName + ", which is not a " + documented.EmbeddedInstanceClass + ".");
                        }

                        Validate(element);
                    }
                }
            }
        }

        private void CheckReferences(Store store, CimInstanceDescription instance)
        {
            if (instance.ClassName != CimClassNames.ConSecRule && instance.ClassName != CimClassNames.MMRule)
            {
                return;
            }

            foreach (var reference in SetReferences)
            {
                if (instance[reference.Key] is string id && !store.Objects.ContainsKey(new CimObjectKey(reference.Value, id)))
                {
                    throw Refuse(instance.Key + " refers to " + reference.Value + " '" + id + "' (" + reference.Key + "), which does not exist in " + store.Name + ".");
                }
            }
        }

        private Store Writable(CimTarget target, string operation)
        {
            var store = Resolve(target);
            if (target.GpoSession == null && target.PolicyStore == null)
            {
                throw Refuse("Cannot " + operation + " without a PolicyStore or GPOSession.");
            }

            if (target.PolicyStore != null && PolicyStores.IsReadOnly(target.PolicyStore))
            {
                throw Refuse("Cannot " + operation + ": the policy store '" + target.PolicyStore + "' is read-only (write to PersistentStore, localhost or a GPO).");
            }

            return store;
        }

        private Store Resolve(CimTarget target)
        {
            string name;
            if (target.GpoSession != null)
            {
                if (!_gpoSessions.TryGetValue(target.GpoSession, out var session))
                {
                    throw Refuse("GPOSession '" + target.GpoSession + "' is not open (call MSFT_NetGPO.Open first).");
                }

                name = session;
            }
            else
            {
                name = target.PolicyStore ?? "(live)";
            }

            if (!_stores.TryGetValue(name, out var store))
            {
                store = new Store(name);
                if (target.PolicyStore != null || target.GpoSession != null)
                {
                    store.Put(CimPolicyWriter.SettingsKey, DefaultSettings(), ref _sequence);
                }

                _stores.Add(name, store);
            }

            return store;
        }

        // The documented defaults of Set-NetFirewallSetting (reference 5.1).
        private static CimInstanceDescription DefaultSettings() =>
            new CimInstanceDescription(CimClassNames.SecuritySettingData, CimPolicyWriter.SettingsKey, new[]
            {
                new CimPropertyValue("Exemptions", CimValueType.UInt32, 9u),
                new CimPropertyValue("CertValidationLevel", CimValueType.UInt16, (ushort)0),
                new CimPropertyValue("AllowIPsecThroughNAT", CimValueType.UInt16, (ushort)0),
                new CimPropertyValue("KeyEncoding", CimValueType.UInt16, (ushort)0),
                new CimPropertyValue("MaxSAIdleTimeSeconds", CimValueType.UInt32, 300u),
            });

        private sealed class Store
        {
            public Store(string name) => Name = name;

            public string Name { get; }

            public Dictionary<CimObjectKey, Entry> Objects { get; } = new Dictionary<CimObjectKey, Entry>();

            public void Put(CimObjectKey key, CimInstanceDescription instance, ref long sequence) => Objects[key] = new Entry(++sequence, instance);
        }

        private readonly struct Entry
        {
            public Entry(long sequence, CimInstanceDescription instance)
            {
                Sequence = sequence;
                Instance = instance;
            }

            public long Sequence { get; }

            public CimInstanceDescription Instance { get; }
        }
    }
}
