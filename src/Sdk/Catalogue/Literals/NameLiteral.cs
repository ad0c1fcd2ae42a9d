using System;

namespace IpsecSdk.Catalogue.Literals
{
    /// <summary>
    /// Names and IDs Windows accepts (IPSEC113): non-empty, no <c>|</c> (the registry format's separator) and not the
    /// reserved word <c>all</c>. Shared by the analyzers and the run-time validator.
    /// </summary>
    public static class NameLiteral
    {
        /// <summary>Why <paramref name="name"/> is not a valid name or ID, or null when it is valid.</summary>
        public static string? Problem(string? name)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                return "must not be empty";
            }

            if (name!.IndexOf("|", StringComparison.Ordinal) >= 0)
            {
                return "must not contain '|'";
            }

            return string.Equals(name.Trim(), "all", StringComparison.OrdinalIgnoreCase) ? "must not be the reserved word 'all'" : null;
        }
    }
}
