using System;
using System.Collections.Generic;
using IpsecSdk.Windows.Cim;

namespace IpsecSdk.Windows.Mapping
{
    /// <summary>
    /// A REG_DWORD value under HKLM, read and written through <c>StdRegProv</c> (<c>root/default</c>):
    /// <c>GetDWORDValue</c>, <c>SetDWORDValue</c>, <c>DeleteValue</c>. Described as a pseudo-instance of class
    /// <c>StdRegProv</c> whose key is the value's full path and whose one property is <c>uValue</c>, so plans,
    /// the applier and rollback treat it like any other object.
    /// </summary>
    /// <remarks>
    /// Used for <c>NoDefaultExempt</c> (HKLM\SYSTEM\CurrentControlSet\Services\PolicyAgent) which BSI M 5.90 asks
    /// for. The project's Windows reference (section 5.4) could not confirm that current Windows still reads it
    /// for WFAS rules; the WFAS-native equivalent, <c>MSFT_NetSecuritySettingData.Exemptions</c>, is always
    /// written as well.
    /// </remarks>
    public static class RegistryDword
    {
        /// <summary>HKEY_LOCAL_MACHINE as <c>StdRegProv</c>'s <c>hDefKey</c>.</summary>
        public const uint HkeyLocalMachine = 0x80000002;

        /// <summary>The Policy Agent's service key.</summary>
        public const string PolicyAgentKey = @"SYSTEM\CurrentControlSet\Services\PolicyAgent";

        /// <summary>The value BSI M 5.90 sets to 1 so that Kerberos (and other default exemptions) are protected.</summary>
        public const string NoDefaultExemptName = "NoDefaultExempt";

        /// <summary>The property carrying the DWORD.</summary>
        public const string ValueProperty = "uValue";

        /// <summary>The key of a value: <c>HKLM\&lt;subkey&gt;\&lt;name&gt;</c>.</summary>
        public static CimObjectKey Key(string subKey, string valueName) => new CimObjectKey(CimClassNames.StdRegProv, @"HKLM\" + subKey + @"\" + valueName);

        /// <summary>Describes the value <paramref name="data"/> at <paramref name="key"/>.</summary>
        public static CimInstanceDescription Describe(CimObjectKey key, uint data) =>
            new CimInstanceDescription(CimClassNames.StdRegProv, key, new[] { new CimPropertyValue(ValueProperty, CimValueType.UInt32, data) });

        /// <summary>Reads the value; null when it does not exist.</summary>
        public static CimInstanceDescription? Read(ICimGateway gateway, CimObjectKey key)
        {
            var (subKey, name) = Split(key);
            var result = gateway.InvokeStatic(CimTarget.Namespaced(CimTarget.RootDefault), CimClassNames.StdRegProv, "GetDWORDValue", Parameters(subKey, name, null));
            return result.ReturnValue == 0 && result["uValue"] is uint data ? Describe(key, data) : null;
        }

        /// <summary>Writes the value of <paramref name="instance"/>.</summary>
        public static void Write(ICimGateway gateway, CimInstanceDescription instance)
        {
            var (subKey, name) = Split(instance.Key!);
            var data = instance[ValueProperty] as uint? ?? throw new ArgumentException("A registry DWORD description needs a uint32 '" + ValueProperty + "'.", nameof(instance));
            Check(gateway.InvokeStatic(CimTarget.Namespaced(CimTarget.RootDefault), CimClassNames.StdRegProv, "SetDWORDValue", Parameters(subKey, name, data)), "SetDWORDValue", instance.Key!);
        }

        /// <summary>Deletes the value.</summary>
        public static void Delete(ICimGateway gateway, CimObjectKey key)
        {
            var (subKey, name) = Split(key);
            Check(gateway.InvokeStatic(CimTarget.Namespaced(CimTarget.RootDefault), CimClassNames.StdRegProv, "DeleteValue", Parameters(subKey, name, null)), "DeleteValue", key);
        }

        private static void Check(CimMethodResult result, string method, CimObjectKey key)
        {
            if (result.ReturnValue != 0)
            {
                throw new CimGatewayException("StdRegProv." + method + " for " + key.InstanceId + " returned " + result.ReturnValue + " (a Win32 error code).");
            }
        }

        private static List<CimPropertyValue> Parameters(string subKey, string name, uint? data)
        {
            var list = new List<CimPropertyValue>
            {
                new CimPropertyValue("hDefKey", CimValueType.UInt32, HkeyLocalMachine),
                new CimPropertyValue("sSubKeyName", CimValueType.String, subKey),
                new CimPropertyValue("sValueName", CimValueType.String, name),
            };
            if (data != null)
            {
                list.Add(new CimPropertyValue("uValue", CimValueType.UInt32, data.Value));
            }

            return list;
        }

        private static (string SubKey, string Name) Split(CimObjectKey key)
        {
            const string prefix = @"HKLM\";
            var path = key.InstanceId;
            var last = path.LastIndexOf('\\');
            if (key.ClassName != CimClassNames.StdRegProv || !path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || last <= prefix.Length)
            {
                throw new ArgumentException("A registry value key looks like StdRegProv 'HKLM\\<subkey>\\<name>', not " + key + ".", nameof(key));
            }

            return (path.Substring(prefix.Length, last - prefix.Length), path.Substring(last + 1));
        }
    }
}
