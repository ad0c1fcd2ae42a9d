namespace IpsecSdk.Export.Netsh
{
    /// <summary>Options of <see cref="NetshScriptWriter"/>.</summary>
    public sealed record NetshExportOptions
    {
        /// <summary>The defaults: pre-shared keys stay out of the script.</summary>
        public static NetshExportOptions Default { get; } = new NetshExportOptions();

        /// <summary>
        /// Write pre-shared keys into the script (<c>auth1psk="…"</c>). Off by default: the script then reads each
        /// key from an environment variable <c>IPSEC_PSK_&lt;rule id&gt;</c> and stops when it is not set.
        /// </summary>
        public bool IncludePresharedKeys { get; init; }
    }
}
