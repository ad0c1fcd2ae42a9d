using System;

namespace IpsecSdk.Windows.Cim
{
    /// <summary>What each <see cref="CimValueType"/> holds in .NET and how the WFAS class reference spells it.</summary>
    public static class CimValueTypes
    {
        /// <summary>The .NET type a value of <paramref name="type"/> must have.</summary>
        public static Type ClrType(CimValueType type)
        {
            switch (type)
            {
                case CimValueType.Boolean: return typeof(bool);
                case CimValueType.UInt8: return typeof(byte);
                case CimValueType.UInt16: return typeof(ushort);
                case CimValueType.UInt32: return typeof(uint);
                case CimValueType.UInt64: return typeof(ulong);
                case CimValueType.String: return typeof(string);
                case CimValueType.Instance: return typeof(CimInstanceDescription);
                case CimValueType.UInt16Array: return typeof(ValueList<ushort>);
                case CimValueType.StringArray: return typeof(ValueList<string>);
                case CimValueType.InstanceArray: return typeof(ValueList<CimInstanceDescription>);
                default: throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown CIM value type.");
            }
        }

        /// <summary>The spelling of <paramref name="type"/> in the WFAS class reference (<c>uint16</c>, <c>string[]</c>, <c>instance[]</c>, ...).</summary>
        public static string SchemaName(CimValueType type)
        {
            switch (type)
            {
                case CimValueType.Boolean: return "boolean";
                case CimValueType.UInt8: return "uint8";
                case CimValueType.UInt16: return "uint16";
                case CimValueType.UInt32: return "uint32";
                case CimValueType.UInt64: return "uint64";
                case CimValueType.String: return "string";
                case CimValueType.Instance: return "instance";
                case CimValueType.UInt16Array: return "uint16[]";
                case CimValueType.StringArray: return "string[]";
                case CimValueType.InstanceArray: return "instance[]";
                default: throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown CIM value type.");
            }
        }

        /// <summary>True for the array types.</summary>
        public static bool IsArray(CimValueType type) => type == CimValueType.UInt16Array || type == CimValueType.StringArray || type == CimValueType.InstanceArray;
    }
}
