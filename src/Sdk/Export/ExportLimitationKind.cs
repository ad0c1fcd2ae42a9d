namespace IpsecSdk.Export
{
    /// <summary>What an exporter did with a setting it could not express exactly.</summary>
    public enum ExportLimitationKind
    {
        /// <summary>The setting is missing from the output; apply it another way (e.g. PowerShell or GPO).</summary>
        NotExpressed,
        /// <summary>The whole object (e.g. a rule) was left out, because writing it without the setting would change what it matches.</summary>
        Omitted,
        /// <summary>Written as the closest equivalent the target offers; the message says how it differs.</summary>
        Approximated,
        /// <summary>Written as-is, but the target may reject it or its documentation does not confirm it.</summary>
        Unconfirmed,
        /// <summary>Written as-is, but the algorithm or method is weak or deprecated (see the baseline findings).</summary>
        Weak,
    }
}
