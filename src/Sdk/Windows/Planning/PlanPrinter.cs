using System.Linq;
using System.Text;

namespace IpsecSdk.Windows.Planning
{
    /// <summary>
    /// Renders a plan like <c>terraform plan</c>: <c>+ create</c> with every property, <c>~ modify</c> with
    /// <c>old -> new</c>, <c>- delete</c>. Pre-shared keys are shown as "(secret)".
    /// </summary>
    public static class PlanPrinter
    {
        /// <summary>The plan as text.</summary>
        public static string Print(ChangePlan plan)
        {
            var text = new StringBuilder();
            text.Append("Plan for group \"").Append(plan.Group).Append("\" at ").Append(plan.Target).Append(": ");
            if (plan.IsEmpty)
            {
                text.AppendLine("no changes; the store already holds the policy.");
            }
            else
            {
                text.Append(plan.Count(ChangeKind.Create)).Append(" to create, ")
                    .Append(plan.Count(ChangeKind.Modify)).Append(" to modify, ")
                    .Append(plan.Count(ChangeKind.Delete)).AppendLine(" to delete.");
            }

            foreach (var change in plan.Changes)
            {
                text.AppendLine().Append("  ").AppendLine(change.ToString());
                // A new object's unset properties say nothing; show what is set.
                var shown = change.Changes.Where(c => change.Kind != ChangeKind.Create || c.NewValue != null).ToList();
                var width = shown.Count == 0 ? 0 : shown.Max(c => c.Name.Length) + 1;
                foreach (var property in shown)
                {
                    text.Append("      ").Append((property.Name + ":").PadRight(width + 1)).AppendLine(property.Describe(change.Kind == ChangeKind.Create));
                }
            }

            foreach (var note in plan.Notes)
            {
                text.AppendLine().Append("Note: ").AppendLine(note);
            }

            return text.ToString();
        }
    }
}
