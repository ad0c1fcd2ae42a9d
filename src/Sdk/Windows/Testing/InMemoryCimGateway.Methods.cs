using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using IpsecSdk.Windows.Cim;
using IpsecSdk.Windows.Mapping;

namespace IpsecSdk.Windows.Testing
{
    /// <summary>Static methods: <c>MSFT_NetGPO.Open/Save</c> and <c>StdRegProv</c>'s DWORD methods.</summary>
    public sealed partial class InMemoryCimGateway
    {
        private const uint Success = 0;
        private const uint NotFound = 2; // ERROR_FILE_NOT_FOUND, as StdRegProv returns for a missing value.

        /// <inheritdoc />
        public CimMethodResult InvokeStatic(CimTarget target, string className, string methodName, IReadOnlyList<CimPropertyValue> inParameters)
        {
            var parameters = (inParameters ?? throw new ArgumentNullException(nameof(inParameters))).ToDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
            switch (className + "." + methodName)
            {
                case CimClassNames.Gpo + ".Open": return OpenGpo(Text(parameters, "PolicyStore"), parameters.TryGetValue("DomainController", out var dc) ? dc as string : null);
                case CimClassNames.Gpo + ".Save": return SaveGpo(Text(parameters, "GPOSession"));
                case CimClassNames.StdRegProv + ".GetDWORDValue":
                    return _registry.TryGetValue(RegistryPath(parameters), out var data)
                        ? new CimMethodResult(Success, new[] { new CimPropertyValue("uValue", CimValueType.UInt32, data) })
                        : new CimMethodResult(NotFound);
                case CimClassNames.StdRegProv + ".SetDWORDValue":
                    _registry[RegistryPath(parameters)] = parameters.TryGetValue("uValue", out var value) && value is uint u ? u : throw Refuse("SetDWORDValue needs uint32 uValue.");
                    WriteCount++;
                    return new CimMethodResult(Success);
                case CimClassNames.StdRegProv + ".DeleteValue":
                    var removed = _registry.Remove(RegistryPath(parameters));
                    WriteCount += removed ? 1 : 0;
                    return new CimMethodResult(removed ? Success : NotFound);
                default:
                    throw Refuse("Static method " + className + "." + methodName + " is not supported by the in-memory gateway (supported: MSFT_NetGPO.Open/Save, StdRegProv.GetDWORDValue/SetDWORDValue/DeleteValue).");
            }
        }

        /// <summary>The registry values written through <c>StdRegProv</c>, by path <c>HKLM\subkey\name</c>.</summary>
        public IReadOnlyDictionary<string, uint> Registry => _registry;

        private CimMethodResult OpenGpo(string policyStore, string? domainController)
        {
            if (policyStore.IndexOf("\\", StringComparison.Ordinal) <= 0)
            {
                throw Refuse("MSFT_NetGPO.Open needs PolicyStore 'domain\\GPO name', not '" + policyStore + "'.");
            }

            var session = "gpo-session-" + (++_sessionCounter).ToString(CultureInfo.InvariantCulture) + "@" + (domainController ?? "any-dc");
            var cache = "gpo-cache:" + session;
            var source = Resolve(CimTarget.Store(policyStore));
            var copy = new Store(cache);
            foreach (var entry in source.Objects)
            {
                copy.Objects.Add(entry.Key, entry.Value);
            }

            _stores[cache] = copy;
            _gpoSessions[session] = cache;
            _gpoOrigins[session] = policyStore;
            return new CimMethodResult(Success, new[] { new CimPropertyValue("GPOSession", CimValueType.String, session) });
        }

        private CimMethodResult SaveGpo(string session)
        {
            if (!_gpoSessions.TryGetValue(session, out var cache))
            {
                throw Refuse("GPOSession '" + session + "' is not open.");
            }

            // Save-NetGPO overwrites the whole GPO with the cache (reference 1.10).
            var target = Resolve(CimTarget.Store(_gpoOrigins[session]));
            target.Objects.Clear();
            foreach (var entry in _stores[cache].Objects)
            {
                target.Objects.Add(entry.Key, entry.Value);
            }

            return new CimMethodResult(Success);
        }

        private readonly Dictionary<string, string> _gpoOrigins = new Dictionary<string, string>(StringComparer.Ordinal);

        private static string Text(Dictionary<string, object?> parameters, string name) =>
            parameters.TryGetValue(name, out var value) && value is string s && s.Length > 0 ? s : throw Refuse("Parameter '" + name + "' (string) is required.");

        private static string RegistryPath(Dictionary<string, object?> parameters)
        {
            if (!parameters.TryGetValue("hDefKey", out var hive) || !(hive is uint h) || h != RegistryDword.HkeyLocalMachine)
            {
                throw Refuse("The in-memory registry holds HKEY_LOCAL_MACHINE only (hDefKey 0x80000002).");
            }

            return @"HKLM\" + Text(parameters, "sSubKeyName") + @"\" + Text(parameters, "sValueName");
        }
    }
}
