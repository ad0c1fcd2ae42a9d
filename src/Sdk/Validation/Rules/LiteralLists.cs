using System.Collections.Generic;
using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>The shared walk over address and port lists: a null list or entry is IPSEC116.</summary>
    internal static class LiteralLists
    {
        /// <summary>The non-null entries with their paths; reports the null list or entries on the way.</summary>
        internal static IEnumerable<KeyValuePair<string, string>> Entries(FindingCollector findings, ValueList<string>? list, string path, string emptyMeans, string entryKind)
        {
            if (list is null)
            {
                findings.Error(RuleIds.MissingPart, path, path + " is null; use an empty list to mean " + emptyMeans + ".");
                yield break;
            }

            for (var i = 0; i < list.Count; i++)
            {
                var itemPath = PolicyPath.Index(path, i);
                if (list[i] is null)
                {
                    findings.Error(RuleIds.MissingPart, itemPath, itemPath + " is null; give " + entryKind + ".");
                    continue;
                }

                yield return new KeyValuePair<string, string>(itemPath, list[i]);
            }
        }

        /// <summary>Reports an 'Any' entry that does not stand alone.</summary>
        internal static void AnyAlone(FindingCollector findings, string itemPath, int count)
        {
            findings.Error(RuleIds.InvalidAddressOrPort, itemPath, itemPath + " is 'Any' in a list of " + count + " entries; 'Any' may only stand alone (or leave the list empty).");
        }
    }
}
