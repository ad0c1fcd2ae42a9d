using System;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// What MS-FASP and netsh accept as names and IDs (IPSEC113), shared by the validator's name rules and the analyzers
    /// (linked source): the lengths, no <c>|</c> (the registry field separator) and no rule named <c>all</c>.
    /// </summary>
    internal static class NameLiteral
    {
        /// <summary>Longest connection security rule ID.</summary>
        internal const int MaxRuleIdLength = 511;

        /// <summary>Longest display name, group name or description.</summary>
        internal const int MaxNameLength = 9999;

        /// <summary>Longest main-mode crypto set ID.</summary>
        internal const int MaxMainModeSetIdLength = 254;

        /// <summary>
        /// Longest text any one setting may hold (CA names, authorization lists, pre-shared keys): a Group Policy stores each
        /// rule or set as one registry value of at most 65,535 bytes ([MS-GPREG] 2.2.1, Size), i.e. 32,767 UTF-16 units with
        /// the terminating NUL, so no part of it can be longer (derived; Windows documents no smaller limit for these).
        /// </summary>
        internal const int MaxStoredTextLength = 32766;

        /// <summary>Why <paramref name="text"/> cannot be stored as one setting, or null when it fits.</summary>
        internal static string? StoredTextProblem(string text) =>
            text.Length > MaxStoredTextLength ? "it has " + text.Length + " characters; at most " + MaxStoredTextLength + " fit into one stored setting" : null;

        /// <summary>Longest quick-mode crypto or authentication set ID.</summary>
        internal const int MaxSetIdLength = 999;

        /// <summary>What the rule builder appends to a rule's ID to name the rule's own main-mode crypto set.</summary>
        internal const string MainModeSetIdSuffix = ".mmcrypto";

        /// <summary>Why a name or ID containing <c>|</c> is rejected.</summary>
        internal const string SeparatorReason = "Windows uses '|' as its field separator, so names and IDs must not contain it";

        /// <summary>Why a rule named <c>all</c> is rejected.</summary>
        internal const string ReservedAllReason = "'all' is reserved (netsh uses it to mean every rule), choose another name";

        /// <summary>Why a blank required name or ID is rejected.</summary>
        internal static string BlankReason(int maxLength) => "it must be 1.." + maxLength + " characters and not blank";

        /// <summary>Why <paramref name="value"/> is too long, or null when it fits.</summary>
        internal static string? LengthProblem(string value, int maxLength) =>
            value.Length > maxLength ? "has " + value.Length + " characters; at most " + maxLength + " are allowed" : null;

        /// <summary>True when <paramref name="value"/> contains the field separator <c>|</c>.</summary>
        internal static bool HasSeparator(string value) => TextSearch.Find(value, '|') >= 0;

        /// <summary>True when <paramref name="value"/> is netsh's reserved rule name <c>all</c>.</summary>
        internal static bool IsReservedAll(string value) => string.Equals(value.Trim(), "all", StringComparison.OrdinalIgnoreCase);
    }
}
