using System.Collections.Generic;
using IpsecSdk.Windows.Cim;

namespace IpsecSdk.Windows
{
    /// <summary>
    /// The only door to CIM: the planner, applier, GPO session and monitor talk to Windows through it.
    /// <see cref="Mi.MiCimGateway"/> is the real implementation (Windows only); <see cref="Testing.InMemoryCimGateway"/>
    /// enforces the documented provider behaviour without Windows.
    /// </summary>
    public interface ICimGateway
    {
        /// <summary>All instances of <paramref name="className"/> in the target store.</summary>
        IReadOnlyList<CimInstanceDescription> Enumerate(CimTarget target, string className);

        /// <summary>The instance with <paramref name="key"/>, or null when there is none.</summary>
        CimInstanceDescription? Get(CimTarget target, CimObjectKey key);

        /// <summary>Creates the instance (which must have a key).</summary>
        void Create(CimTarget target, CimInstanceDescription instance);

        /// <summary>Writes the given properties to the existing instance with the same key.</summary>
        void Modify(CimTarget target, CimInstanceDescription instance);

        /// <summary>Deletes the instance with <paramref name="key"/>.</summary>
        void Delete(CimTarget target, CimObjectKey key);

        /// <summary>Invokes a static method (e.g. <c>MSFT_NetGPO.Open</c>, <c>StdRegProv.SetDWORDValue</c>).</summary>
        CimMethodResult InvokeStatic(CimTarget target, string className, string methodName, IReadOnlyList<CimPropertyValue> inParameters);
    }
}
