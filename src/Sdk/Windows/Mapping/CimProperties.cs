using System.Collections.Generic;
using IpsecSdk.Windows.Cim;

namespace IpsecSdk.Windows.Mapping
{
    /// <summary>Collects typed properties for one description; keeps the writer's code short.</summary>
    internal sealed class CimProperties
    {
        private readonly List<CimPropertyValue> _list = new List<CimPropertyValue>();

        public CimProperties String(string name, string? value) => Add(name, CimValueType.String, value);

        public CimProperties Strings(string name, IEnumerable<string>? values) => Add(name, CimValueType.StringArray, values == null ? null : new ValueList<string>(values));

        public CimProperties Boolean(string name, bool value) => Add(name, CimValueType.Boolean, value);

        public CimProperties UInt16(string name, int value) => Add(name, CimValueType.UInt16, checked((ushort)value));

        public CimProperties UInt32(string name, long value) => Add(name, CimValueType.UInt32, checked((uint)value));

        public CimProperties UInt64(string name, long value) => Add(name, CimValueType.UInt64, checked((ulong)value));

        public CimProperties Instances(string name, IEnumerable<CimInstanceDescription> values) => Add(name, CimValueType.InstanceArray, new ValueList<CimInstanceDescription>(values));

        public CimInstanceDescription Build(string className, CimObjectKey? key) => new CimInstanceDescription(className, key, _list);

        private CimProperties Add(string name, CimValueType type, object? value)
        {
            _list.Add(new CimPropertyValue(name, type, value));
            return this;
        }
    }
}
