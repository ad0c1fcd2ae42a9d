using System;

namespace IpsecSdk.Catalogue
{
    /// <summary>
    /// One row of the baseline catalogue: a choice (e.g. SHA-1 in main mode), the rule it falls under,
    /// the verdict of every pack, and where the verdict comes from.
    /// </summary>
    public sealed class CatalogueEntry
    {
        private readonly Verdict[] _verdicts;

        /// <summary>Creates a row. Verdicts are given in pack order: default, bsi, nist, cnsa.</summary>
        public CatalogueEntry(string ruleId, string subject, Verdict defaultPack, Verdict bsi, Verdict nist, Verdict cnsa, string source, bool verified, string? note = null)
        {
            RuleId = ruleId;
            Subject = subject;
            _verdicts = new[] { defaultPack, bsi, nist, cnsa };
            Source = source;
            Verified = verified;
            Note = note;
        }

        /// <summary>The rule a finding on this choice carries.</summary>
        public string RuleId { get; }

        /// <summary>The choice, in words that can stand in a message (e.g. <c>SHA-1 integrity in main mode</c>).</summary>
        public string Subject { get; }

        /// <summary>The documents the verdicts come from.</summary>
        public string Source { get; }

        /// <summary>False where the primary text was not read (the baselines reference marks it [verify]).</summary>
        public bool Verified { get; }

        /// <summary>An extra remark shown with the finding, if any.</summary>
        public string? Note { get; }

        /// <summary>The verdict of one pack.</summary>
        public Verdict For(BaselinePack pack)
        {
            var index = (int)pack;
            if (index < 0 || index >= _verdicts.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(pack), pack, "Known packs: default, bsi, nist, cnsa.");
            }

            return _verdicts[index];
        }

        /// <summary>True when some pack judges this choice worse than <see cref="Verdict.Ok"/>.</summary>
        public bool IsFindingInAnyPack => Array.Exists(_verdicts, v => v != Verdict.Ok);

        /// <summary>The message of a finding on this choice under a pack.</summary>
        public string Message(BaselinePack pack)
        {
            var text = Subject + " is " + Describe(For(pack)) + " under the " + BaselinePacks.Name(pack) + " baseline (" + Source + (Verified ? ")" : "; not verified against the primary text)");
            return Note == null ? text + "." : text + ". " + Note;
        }

        /// <inheritdoc />
        public override string ToString() => RuleId + " " + Subject;

        private static string Describe(Verdict verdict)
        {
            switch (verdict)
            {
                case Verdict.Error: return "not allowed";
                case Verdict.Warning: return "discouraged";
                case Verdict.Info: return "allowed with a remark";
                default: return "allowed";
            }
        }
    }
}
