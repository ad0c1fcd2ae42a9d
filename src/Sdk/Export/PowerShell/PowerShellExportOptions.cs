namespace IpsecSdk.Export.PowerShell
{
    /// <summary>
    /// Where and how <see cref="PowerShellScriptWriter"/> writes a policy. The defaults write to the local
    /// computer's <c>PersistentStore</c> and keep pre-shared keys out of the script.
    /// </summary>
    public sealed record PowerShellExportOptions
    {
        /// <summary>The defaults: local <c>PersistentStore</c>, no secrets in the script.</summary>
        public static PowerShellExportOptions Default { get; } = new PowerShellExportOptions();

        /// <summary>
        /// The policy store (<c>-PolicyStore</c>): <c>PersistentStore</c> (default), a computer name for its
        /// local GPO (e.g. <c>localhost</c>), or <c>domain\GPO name</c>. With <see cref="UseGpoSession"/> it is
        /// the GPO to open. The script takes it as a parameter with this value as the default.
        /// </summary>
        public string PolicyStore { get; init; } = "PersistentStore";

        /// <summary>
        /// Edit a domain GPO through one GPO session: <c>Open-NetGPO</c>, every change with <c>-GPOSession</c>,
        /// one <c>Save-NetGPO</c> at the end (one round trip to the domain controller instead of one per command).
        /// </summary>
        public bool UseGpoSession { get; init; }

        /// <summary>GPO session only: the (writable) domain controller to open and save the GPO on.</summary>
        public string? DomainController { get; init; }

        /// <summary>
        /// Write pre-shared keys into the script in clear text. Off by default: the script then asks for each
        /// distinct key as a mandatory <c>SecureString</c> parameter.
        /// </summary>
        public bool IncludeSecrets { get; init; }

        /// <summary>Options that edit the domain GPO <paramref name="gpo"/> (<c>domain\GPO name</c>) in one GPO session.</summary>
        public static PowerShellExportOptions ForGpo(string gpo, string? domainController = null) =>
            new PowerShellExportOptions { PolicyStore = gpo, UseGpoSession = true, DomainController = domainController };
    }
}
