using System;

namespace IpsecSdk.Windows
{
    /// <summary>A CIM operation was refused or failed; the message says which object, what and why.</summary>
    public sealed class CimGatewayException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public CimGatewayException(string message, Exception? inner = null)
            : base(message, inner)
        {
        }
    }
}
