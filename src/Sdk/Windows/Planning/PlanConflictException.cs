using System;
using System.Collections.Generic;
using System.Linq;

namespace IpsecSdk.Windows.Planning
{
    /// <summary>
    /// The policy needs an ID that an object of another owner already uses. The SDK never touches objects it
    /// does not own, so it stops: rename the policy's object or remove the other one yourself.
    /// </summary>
    public sealed class PlanConflictException : Exception
    {
        /// <summary>Creates the exception for the conflicting objects.</summary>
        public PlanConflictException(string group, IReadOnlyList<string> conflicts)
            : base("The policy of group '" + group + "' needs IDs that objects of other owners already use; nothing was changed:" + Environment.NewLine +
                   string.Join(Environment.NewLine, conflicts.Select(c => "  " + c)))
        {
            Conflicts = conflicts;
        }

        /// <summary>One line per conflicting object: key and owner.</summary>
        public IReadOnlyList<string> Conflicts { get; }
    }
}
