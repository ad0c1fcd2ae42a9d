using System;
using System.Collections.Generic;
using IpsecSdk.Windows;
using IpsecSdk.Windows.Cim;

namespace IpsecSdk.Tests.Windows
{
    /// <summary>Wraps a gateway and fails the N-th write (create, modify, delete, or a write method) with a provider-style error.</summary>
    internal sealed class FaultInjectingGateway : ICimGateway
    {
        private readonly ICimGateway _inner;
        private int _writes;

        public FaultInjectingGateway(ICimGateway inner, params int[] failOnWrites)
        {
            _inner = inner;
            FailOnWrites = new HashSet<int>(failOnWrites);
        }

        /// <summary>1-based numbers of the writes that fail.</summary>
        public HashSet<int> FailOnWrites { get; }

        /// <summary>When set, the failing write is carried out before the error is thrown (a write whose reply was lost).</summary>
        public bool WriteThenFail { get; set; }

        /// <summary>Writes seen so far.</summary>
        public int Writes => _writes;

        public IReadOnlyList<CimInstanceDescription> Enumerate(CimTarget target, string className) => _inner.Enumerate(target, className);

        public CimInstanceDescription? Get(CimTarget target, CimObjectKey key) => _inner.Get(target, key);

        public void Create(CimTarget target, CimInstanceDescription instance) => Write("create " + instance.Key, () => _inner.Create(target, instance));

        public void Modify(CimTarget target, CimInstanceDescription instance) => Write("modify " + instance.Key, () => _inner.Modify(target, instance));

        public void Delete(CimTarget target, CimObjectKey key) => Write("delete " + key, () => _inner.Delete(target, key));

        public CimMethodResult InvokeStatic(CimTarget target, string className, string methodName, IReadOnlyList<CimPropertyValue> inParameters)
        {
            if (methodName.StartsWith("Get", StringComparison.Ordinal))
            {
                return _inner.InvokeStatic(target, className, methodName, inParameters);
            }

            CimMethodResult? result = null;
            Write(className + "." + methodName, () => result = _inner.InvokeStatic(target, className, methodName, inParameters));
            return result!;
        }

        private void Write(string what, Action write)
        {
            if (!FailOnWrites.Contains(++_writes))
            {
                write();
                return;
            }

            if (WriteThenFail)
            {
                write();
            }

            throw new CimGatewayException("Injected fault on write " + _writes + " (" + what + "): the RPC server is unavailable.");
        }
    }
}
