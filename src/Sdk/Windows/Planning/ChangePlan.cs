using System.Collections.Generic;
using System.Linq;

namespace IpsecSdk.Windows.Planning
{
    /// <summary>
    /// The steps that make a store hold a policy, in an order where every reference resolves: sets before
    /// the rules that use them are created, rules before the sets they used are deleted.
    /// </summary>
    public sealed class ChangePlan
    {
        /// <summary>Creates a plan.</summary>
        public ChangePlan(string group, CimTarget target, IEnumerable<PlannedChange> changes, IEnumerable<string>? notes = null)
        {
            Group = group;
            Target = target;
            Changes = new ValueList<PlannedChange>(changes);
            Notes = new ValueList<string>(notes ?? Enumerable.Empty<string>());
        }

        /// <summary>The owner group the plan manages.</summary>
        public string Group { get; }

        /// <summary>The store the plan was made against.</summary>
        public CimTarget Target { get; }

        /// <summary>The steps, in execution order.</summary>
        public ValueList<PlannedChange> Changes { get; }

        /// <summary>Remarks on what the plan leaves out and why.</summary>
        public ValueList<string> Notes { get; }

        /// <summary>True when the store already holds the policy.</summary>
        public bool IsEmpty => Changes.Count == 0;

        /// <summary>How many steps of <paramref name="kind"/>.</summary>
        public int Count(ChangeKind kind) => Changes.Count(c => c.Kind == kind);

        /// <summary>The plan as text (see <see cref="PlanPrinter"/>); secrets are redacted.</summary>
        public override string ToString() => PlanPrinter.Print(this);
    }
}
