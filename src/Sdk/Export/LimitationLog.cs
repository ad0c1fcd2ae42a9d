using System.Collections.Generic;

namespace IpsecSdk.Export
{
    /// <summary>Collects the limitations of one export run, in the order they were found.</summary>
    internal class LimitationLog
    {
        private readonly List<ExportLimitation> _limitations = new List<ExportLimitation>();

        internal IReadOnlyList<ExportLimitation> Limitations => _limitations;

        internal void Report(string path, ExportLimitationKind kind, string message) => _limitations.Add(new ExportLimitation(path, kind, message));
    }
}
