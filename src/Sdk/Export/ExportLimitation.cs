namespace IpsecSdk.Export
{
    /// <summary>
    /// Something of the policy an export target cannot express exactly. Exporters report these instead of
    /// silently dropping or changing settings; callers decide whether the export is good enough.
    /// </summary>
    /// <param name="Path">Where in the policy the setting lives, e.g. <c>rules[0].mainMode</c> (camelCase JSON names).</param>
    /// <param name="Kind">What the exporter did about it.</param>
    /// <param name="Message">What cannot be expressed, what was written instead, and what to do about it.</param>
    public sealed record ExportLimitation(string Path, ExportLimitationKind Kind, string Message)
    {
        /// <summary>Shows the limitation as <c>path: [kind] message</c>.</summary>
        public override string ToString() => Path + ": [" + Kind + "] " + Message;
    }
}
