using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.Versioning;
using IpsecSdk.Windows.Cim;
using Microsoft.Management.Infrastructure;

namespace IpsecSdk.Windows.Mi
{
    /// <summary>Translates between <see cref="CimInstanceDescription"/> and MI's <see cref="CimInstance"/>, 1:1 by CIM type number.</summary>
    [SupportedOSPlatform("windows")]
    internal static class MiValues
    {
        public static CimInstance ToInstance(CimInstanceDescription description, string cimNamespace)
        {
            var instance = new CimInstance(description.ClassName, cimNamespace);
            foreach (var property in description.Properties)
            {
                instance.CimInstanceProperties.Add(ToProperty(property, cimNamespace));
            }

            return instance;
        }

        public static Microsoft.Management.Infrastructure.CimProperty ToProperty(CimPropertyValue property, string cimNamespace)
        {
            var flags = property.Name == "InstanceID" ? CimFlags.Key : CimFlags.None;
            if (property.Value == null)
            {
                flags |= CimFlags.NullValue;
            }

            return Microsoft.Management.Infrastructure.CimProperty.Create(property.Name, ToMi(property.Value, cimNamespace), (CimType)(int)property.Type, flags);
        }

        public static object? ToMi(object? value, string cimNamespace)
        {
            switch (value)
            {
                case ValueList<string> strings: return strings.ToArray();
                case ValueList<ushort> numbers: return numbers.ToArray();
                case ValueList<CimInstanceDescription> instances: return instances.Select(i => ToInstance(i, cimNamespace)).ToArray();
                case CimInstanceDescription instance: return ToInstance(instance, cimNamespace);
                default: return value;
            }
        }

        public static CimInstanceDescription ToDescription(CimInstance instance, CimObjectKey? key) =>
            new CimInstanceDescription(instance.CimSystemProperties.ClassName, key, FromProperties(instance.CimInstanceProperties.Select(p => (p.Name, p.CimType, (object?)p.Value))));

        /// <summary>Values of types the SDK does not use (signed, real, datetime, references) are left out.</summary>
        public static IEnumerable<CimPropertyValue> FromProperties(IEnumerable<(string Name, CimType Type, object? Value)> properties)
        {
            foreach (var (name, type, value) in properties)
            {
                if (!Enum.IsDefined(typeof(CimValueType), (int)type))
                {
                    continue;
                }

                var target = (CimValueType)(int)type;
                yield return new CimPropertyValue(name, target, FromMi(value, target));
            }
        }

        private static object? FromMi(object? value, CimValueType type)
        {
            if (value == null)
            {
                return null;
            }

            switch (type)
            {
                case CimValueType.StringArray: return new ValueList<string>((string[])value);
                case CimValueType.UInt16Array: return new ValueList<ushort>((ushort[])value);
                case CimValueType.InstanceArray: return new ValueList<CimInstanceDescription>(((CimInstance[])value).Select(i => ToDescription(i, null)));
                case CimValueType.Instance: return ToDescription((CimInstance)value, null);
                default: return Convert.ChangeType(value, CimValueTypes.ClrType(type), System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }
}
