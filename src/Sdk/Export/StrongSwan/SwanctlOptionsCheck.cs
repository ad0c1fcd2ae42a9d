using System;
using System.Linq;

namespace IpsecSdk.Export.StrongSwan
{
    /// <summary>
    /// The options' texts reach swanctl.conf verbatim: each is checked against what swanctl accepts there, so no option can
    /// end a section or open a new one (strongSwan's swanctl.conf reference: <c>start_action = none | trap | start</c>;
    /// <c>certs</c> names files in the <c>x509</c> directory).
    /// </summary>
    internal static class SwanctlOptionsCheck
    {
        private static readonly string[] StartActions = { "none", "trap", "start" };

        public static SwanctlExportOptions Checked(SwanctlExportOptions options)
        {
            if (!StartActions.Contains(options.StartAction, StringComparer.Ordinal))
            {
                throw new ArgumentException("SwanctlExportOptions.StartAction is " + Shown(options.StartAction) + "; allowed: " + string.Join(", ", StartActions) + ".", nameof(options));
            }

            var file = options.LocalCertificate;
            if (string.IsNullOrEmpty(file) || file.Length > 255 || !file.All(c => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-' || c == '/') || file.StartsWith("/", StringComparison.Ordinal) || file.Split('/').Contains(".."))
            {
                throw new ArgumentException("SwanctlExportOptions.LocalCertificate is " + Shown(file) + "; give a file name relative to swanctl's x509 directory (letters, digits, '.', '_', '-', '/'; no '..'), e.g. peer.pem.", nameof(options));
            }

            return options;
        }

        private static string Shown(string? text) =>
            text == null ? "null" : "'" + (text.Length > 60 ? text.Substring(0, 60) + "…" : text).Replace('\n', ' ').Replace('\r', ' ') + "'";
    }
}
