namespace IpsecSdk.Windows.Mi
{
    /// <summary>How <see cref="MiCimGateway"/> reaches the machine.</summary>
    public enum MiProtocol
    {
        /// <summary>The local machine, no network protocol.</summary>
        Local,
        /// <summary>WS-Management (WinRM), the default for remote CIM sessions.</summary>
        WsMan,
        /// <summary>DCOM, for hosts without WinRM.</summary>
        Dcom,
    }
}
