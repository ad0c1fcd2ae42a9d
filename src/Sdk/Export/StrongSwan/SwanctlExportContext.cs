namespace IpsecSdk.Export.StrongSwan
{
    /// <summary>State shared by the parts of one swanctl export: options and limitations.</summary>
    internal sealed class SwanctlExportContext : LimitationLog
    {
        internal SwanctlExportContext(SwanctlExportOptions options)
        {
            Options = options;
        }

        internal SwanctlExportOptions Options { get; }
    }
}
