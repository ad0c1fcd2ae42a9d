using System.Collections.Generic;

namespace IpsecSdk.Export.StrongSwan
{
    /// <summary>A swanctl export: swanctl.conf text plus everything it could not express.</summary>
    /// <param name="Config">swanctl.conf text with a <c>connections { … }</c> section (and <c>secrets</c> when keys are included).</param>
    /// <param name="Limitations">What strongSwan cannot express, with the policy path of each setting.</param>
    /// <param name="Connections">The connection names written, in rule order (each has one child of the same name).</param>
    public sealed record SwanctlConfig(string Config, IReadOnlyList<ExportLimitation> Limitations, IReadOnlyList<string> Connections);
}
