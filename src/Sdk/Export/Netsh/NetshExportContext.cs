using System.Collections.Generic;
using System.Text;

namespace IpsecSdk.Export.Netsh
{
    /// <summary>State shared by the parts of one netsh export: options, limitations, pre-shared-key variables.</summary>
    internal sealed class NetshExportContext
    {
        private readonly List<ExportLimitation> _limitations = new List<ExportLimitation>();

        internal NetshExportContext(NetshExportOptions options)
        {
            Options = options;
        }

        internal NetshExportOptions Options { get; }

        internal IReadOnlyList<ExportLimitation> Limitations => _limitations;

        /// <summary>Variable name → the policy path of the key it carries.</summary>
        internal List<KeyValuePair<string, string>> KeyVariables { get; } = new List<KeyValuePair<string, string>>();

        internal void Report(string path, ExportLimitationKind kind, string message) => _limitations.Add(new ExportLimitation(path, kind, message));

        /// <summary>
        /// A cmd variable name for a rule's pre-shared key: <c>IPSEC_PSK_</c> plus the rule ID with every character
        /// outside <c>[A-Za-z0-9_]</c> replaced by <c>_</c> (a suffix keeps names unique).
        /// </summary>
        internal string KeyVariable(string ruleId, string path)
        {
            var name = new StringBuilder("IPSEC_PSK_");
            foreach (var c in ruleId)
            {
                name.Append((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ? c : '_');
            }
            var unique = name.ToString();
            for (var n = 2; KeyVariables.Exists(v => string.Equals(v.Key, unique, System.StringComparison.OrdinalIgnoreCase)); n++)
            {
                unique = name + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            KeyVariables.Add(new KeyValuePair<string, string>(unique, path));
            return unique;
        }
    }
}
