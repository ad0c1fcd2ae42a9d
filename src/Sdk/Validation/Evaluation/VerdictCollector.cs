using System.Collections.Generic;
using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>Turns catalogue rows into findings for one pack, dropping <see cref="Verdict.Ok"/>.</summary>
    internal sealed class VerdictCollector
    {
        private readonly List<Finding> _findings = new List<Finding>();

        internal VerdictCollector(BaselinePack pack)
        {
            Pack = pack;
        }

        internal BaselinePack Pack { get; }

        internal IReadOnlyList<Finding> Findings => _findings.AsReadOnly();

        /// <summary>Adds the row's finding at <paramref name="path"/> when the pack judges it worse than Ok.</summary>
        internal void Add(CatalogueEntry entry, string path) => Add(entry, entry.For(Pack), path);

        /// <summary>Adds the row with a verdict the catalogue computed separately (e.g. pack-dependent limits).</summary>
        internal void Add(CatalogueEntry entry, Verdict verdict, string path)
        {
            if (verdict != Verdict.Ok)
            {
                _findings.Add(new Finding(entry.RuleId, verdict, path, entry.Message(Pack), entry.Source));
            }
        }
    }
}
