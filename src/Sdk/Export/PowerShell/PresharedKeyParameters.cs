using System;
using System.Collections.Generic;

namespace IpsecSdk.Export.PowerShell
{
    /// <summary>
    /// Keeps pre-shared keys out of the script: each distinct key becomes one mandatory <c>SecureString</c>
    /// script parameter named after the first authentication set that uses it (<c>-PresharedKey_&lt;set id&gt;</c>).
    /// With <see cref="PowerShellExportOptions.IncludeSecrets"/> the keys are written as literals instead.
    /// </summary>
    internal sealed class PresharedKeyParameters
    {
        private const string Prefix = "PresharedKey_";
        private readonly Dictionary<string, string> _parameterByKey = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly HashSet<string> _names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly List<KeyValuePair<string, string>> _parameters = new List<KeyValuePair<string, string>>();
        private readonly bool _includeSecrets;

        internal PresharedKeyParameters(bool includeSecrets)
        {
            _includeSecrets = includeSecrets;
        }

        /// <summary>The script parameters in order: (parameter name, ID of the set it is named after).</summary>
        internal IReadOnlyList<KeyValuePair<string, string>> Parameters => _parameters;

        private void Register(string key, string setId)
        {
            if (_includeSecrets || _parameterByKey.ContainsKey(key))
            {
                return;
            }

            // PowerShell names are case-insensitive, so uniqueness is checked ignoring case.
            var baseName = Prefix + PowerShellQuoting.IdentifierPart(setId);
            var name = baseName;
            for (var n = 2; !_names.Add(name); n++)
            {
                name = baseName + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            _parameterByKey.Add(key, name);
            _parameters.Add(new KeyValuePair<string, string>(name, setId));
        }

        /// <summary>
        /// Registers the key of a PSK proposal of set <paramref name="setId"/> and returns the <c>-PreSharedKey</c> argument: the literal (secrets opted in) or the SecureString parameter
        /// unwrapped in memory, because the cmdlet only takes plain text.
        /// </summary>
        internal PowerShellValue ValueFor(string key, string setId)
        {
            Register(key, setId);
            return _includeSecrets
                ? PowerShellValue.Text(key)
                : PowerShellValue.Code("([System.Net.NetworkCredential]::new('', $" + _parameterByKey[key] + ").Password)");
        }
    }
}
