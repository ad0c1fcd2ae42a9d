namespace IpsecSdk
{
    /// <summary>
    /// Machine-wide IPsec settings (<c>MSFT_NetSecuritySettingData</c>, <c>Set-NetFirewallSetting</c>) and the
    /// <c>NoDefaultExempt</c> registry value. Defaults are the secure choices.
    /// </summary>
    public sealed record GlobalIpsecSettings
    {
        /// <summary>Traffic exempt from IPsec (default neighbor discovery and DHCP, which IPv6 and addressing need).</summary>
        public IpsecExemptions Exemptions { get; init; } = IpsecExemptions.NeighborDiscovery | IpsecExemptions.Dhcp;

        /// <summary>CRL checking of certificates (default: required).</summary>
        public CertValidationLevel CertValidationLevel { get; init; } = CertValidationLevel.RequireCrlCheck;

        /// <summary>IPsec through NAT (default never).</summary>
        public IpsecThroughNat AllowIpsecThroughNat { get; init; } = IpsecThroughNat.None;

        /// <summary>Pre-shared key encoding (default UTF-8).</summary>
        public PresharedKeyEncoding KeyEncoding { get; init; } = PresharedKeyEncoding.Utf8;

        /// <summary>Idle time after which an SA is deleted, 300..3600 seconds (default 300).</summary>
        public int MaxSaIdleTimeSeconds { get; init; } = 300;

        /// <summary>SDDL of computers authorized for tunnel mode.</summary>
        public string? RemoteMachineTunnelAuthorizationList { get; init; }

        /// <summary>SDDL of users authorized for tunnel mode.</summary>
        public string? RemoteUserTunnelAuthorizationList { get; init; }

        /// <summary>SDDL of computers authorized for transport mode.</summary>
        public string? RemoteMachineTransportAuthorizationList { get; init; }

        /// <summary>SDDL of users authorized for transport mode.</summary>
        public string? RemoteUserTransportAuthorizationList { get; init; }

        /// <summary>
        /// Protect Kerberos traffic with IPsec too: writes <c>NoDefaultExempt</c> = 1 under
        /// <c>HKLM\SYSTEM\CurrentControlSet\Services\PolicyAgent</c> (BSI M 5.90). Default true.
        /// </summary>
        public bool NoDefaultExempt { get; init; } = true;
    }
}
