using System.Collections.Generic;

namespace IpsecSdk.Export.Netsh
{
    /// <summary>State shared by the parts of one netsh export: options, limitations, pre-shared-key variables.</summary>
    internal sealed class NetshExportContext : LimitationLog
    {
        internal NetshExportContext(NetshExportOptions options)
        {
            Options = options;
        }

        private readonly HashSet<string> _variableNames = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);

        internal NetshExportOptions Options { get; }

        /// <summary>Variable name → the policy path of the key it carries.</summary>
        internal List<KeyValuePair<string, string>> KeyVariables { get; } = new List<KeyValuePair<string, string>>();

        /// <summary>
        /// A cmd variable name for a rule's pre-shared key: <c>IPSEC_PSK_</c> plus the rule ID with every character
        /// outside <c>[A-Za-z0-9_]</c> replaced by <c>_</c> (a suffix keeps names unique).
        /// </summary>
        internal string KeyVariable(string ruleId, string path)
        {
            var name = ExportNames.Unique("IPSEC_PSK_" + ruleId, "_", _variableNames);
            KeyVariables.Add(new KeyValuePair<string, string>(name, path));
            return name;
        }
    }
}
