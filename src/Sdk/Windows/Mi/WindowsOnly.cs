using System;
using System.Runtime.InteropServices;

namespace IpsecSdk.Windows.Mi
{
    /// <summary>The one check every MI entry point makes, with the one message that says what to do instead.</summary>
    internal static class WindowsOnly
    {
        internal const string Message =
            "MiCimGateway applies policies through Microsoft.Management.Infrastructure (the WFAS CIM provider), which exists only on Windows. " +
            "On this platform, export the policy as a PowerShell script with IpsecSdk.Export.PowerShell.PowerShellScriptWriter and run it on the Windows host, " +
            "or plan against IpsecSdk.Windows.Testing.InMemoryCimGateway to preview the changes.";

        public static void Ensure()
        {
            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                throw new PlatformNotSupportedException(Message + " (current OS: " + RuntimeInformation.OSDescription + ")");
            }
        }
    }
}
