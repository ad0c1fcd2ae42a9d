using System.Collections.Generic;
using System.Linq;

namespace IpsecSdk.Windows.Cim
{
    /// <summary>The result of a CIM method call: the return value and the [out] parameters.</summary>
    public sealed class CimMethodResult
    {
        /// <summary>Creates a result.</summary>
        public CimMethodResult(uint returnValue, IEnumerable<CimPropertyValue>? outParameters = null)
        {
            ReturnValue = returnValue;
            OutParameters = new ValueList<CimPropertyValue>(outParameters ?? Enumerable.Empty<CimPropertyValue>());
        }

        /// <summary>The method's uint32 return value (0 = success).</summary>
        public uint ReturnValue { get; }

        /// <summary>The [out] parameters.</summary>
        public ValueList<CimPropertyValue> OutParameters { get; }

        /// <summary>The value of an [out] parameter, or null.</summary>
        public object? this[string name] => OutParameters.FirstOrDefault(p => string.Equals(p.Name, name, System.StringComparison.OrdinalIgnoreCase))?.Value;
    }
}
