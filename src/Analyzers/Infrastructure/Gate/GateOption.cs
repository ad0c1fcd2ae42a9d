using Microsoft.CodeAnalysis.Diagnostics;

namespace IpsecSdk.Analyzers.Infrastructure.Gate
{
    /// <summary>
    /// <c>ipsec_sdk.syntax_gate</c> (global <c>.editorconfig</c> / <c>.globalconfig</c>): <c>off</c> walks every declaration
    /// instead of only those <see cref="TreeGate"/> lets through. The diagnostics are the same either way (the analyzer
    /// tests run both); the switch is there to prove it, and to rule the gate out when a finding seems to be missing.
    /// </summary>
    internal static class GateOption
    {
        /// <summary>The configuration key.</summary>
        public const string Key = "ipsec_sdk.syntax_gate";

        /// <summary>False only for <c>off</c> or <c>false</c>.</summary>
        public static bool IsOn(AnalyzerConfigOptions globalOptions) =>
            !globalOptions.TryGetValue(Key, out var value) ||
            !(string.Equals(value.Trim(), "off", System.StringComparison.OrdinalIgnoreCase) || string.Equals(value.Trim(), "false", System.StringComparison.OrdinalIgnoreCase));
    }
}
