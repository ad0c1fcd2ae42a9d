using IpsecSdk.Catalogue;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>
    /// Reads the baseline pack: <c>ipsec_sdk.baseline</c> from <c>.editorconfig</c> / <c>.globalconfig</c> first, then the
    /// MSBuild property <c>IpsecSdkBaseline</c> (made compiler-visible by the package), else <c>default</c>.
    /// An unknown name falls back to <c>default</c> and is reported once per compilation as IPSEC202, so a typo
    /// never silently weakens (or strengthens) the checks.
    /// </summary>
    internal static class BaselineOptions
    {
        /// <summary>The <c>.editorconfig</c> / <c>.globalconfig</c> key.</summary>
        public const string EditorConfigKey = "ipsec_sdk.baseline";

        /// <summary>The global analyzer option holding the MSBuild property <c>IpsecSdkBaseline</c>.</summary>
        public const string MsBuildPropertyKey = "build_property.IpsecSdkBaseline";

        /// <summary>The configured pack name for a file (null when none is configured).</summary>
        public static string? ConfiguredName(AnalyzerConfigOptions fileOptions, AnalyzerConfigOptions globalOptions)
        {
            if (TryGet(fileOptions, EditorConfigKey, out var name) || TryGet(globalOptions, EditorConfigKey, out name) || TryGet(globalOptions, MsBuildPropertyKey, out name))
            {
                return name;
            }

            return null;
        }

        /// <summary>The pack for a configured name; <paramref name="known"/> is false for an unknown name (then <see cref="BaselinePack.Default"/>).</summary>
        public static BaselinePack Parse(string? name, out bool known)
        {
            if (name == null)
            {
                known = true;
                return BaselinePack.Default;
            }

            known = BaselinePacks.TryParse(name, out var pack);
            return pack;
        }

        // An unset CompilerVisibleProperty arrives as an empty string: that means "not configured".
        private static bool TryGet(AnalyzerConfigOptions options, string key, out string? value)
        {
            if (options.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text))
            {
                value = text.Trim();
                return true;
            }

            value = null;
            return false;
        }
    }
}
