using System.Collections.Generic;

namespace IpsecSdk.Export.Netsh
{
    /// <summary>
    /// A netsh export: a .cmd script plus everything the script could not express. Save the script as a .cmd
    /// file (UTF-8 without byte-order mark when it starts with <c>chcp 65001</c>) and run it elevated.
    /// </summary>
    /// <param name="Script">The .cmd script text (CRLF line ends).</param>
    /// <param name="Limitations">What netsh cannot express, with the policy path of each setting.</param>
    /// <param name="PresharedKeyVariables">Environment variables the script reads pre-shared keys from; empty when keys are inline or unused.</param>
    public sealed record NetshScript(string Script, IReadOnlyList<ExportLimitation> Limitations, IReadOnlyList<string> PresharedKeyVariables);
}
