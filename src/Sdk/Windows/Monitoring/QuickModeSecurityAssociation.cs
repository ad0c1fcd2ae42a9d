namespace IpsecSdk.Windows.Monitoring
{
    /// <summary>A live quick-mode (IPsec) SA as <c>MSFT_NetQuickModeSA</c> reports it (<c>Get-NetIPsecQuickModeSA</c>).</summary>
    public sealed record QuickModeSecurityAssociation
    {
        /// <summary>The SA's InstanceID.</summary>
        public string? InstanceId { get; init; }

        /// <summary>Local IP address.</summary>
        public string? LocalEndpoint { get; init; }

        /// <summary>Remote IP address.</summary>
        public string? RemoteEndpoint { get; init; }

        /// <summary>Local port (0 = all).</summary>
        public int LocalPort { get; init; }

        /// <summary>Remote port (0 = all).</summary>
        public int RemotePort { get; init; }

        /// <summary>IP protocol number.</summary>
        public int IpProtocol { get; init; }

        /// <summary>The main-mode SA this SA was negotiated under (CIM <c>MmSaId</c>).</summary>
        public ulong MainModeSaId { get; init; }

        /// <summary>Type of the first transform (CIM <c>FirstTransformType</c>); 0 = none.</summary>
        public uint FirstTransformType { get; init; }

        /// <summary>Integrity of the first transform.</summary>
        public Integrity FirstIntegrity { get; init; }

        /// <summary>Cipher of the first transform.</summary>
        public Encryption FirstEncryption { get; init; }

        /// <summary>Type of the second transform (AH+ESP bundles); 0 = none.</summary>
        public uint SecondTransformType { get; init; }

        /// <summary>Integrity of the second transform.</summary>
        public Integrity SecondIntegrity { get; init; }

        /// <summary>Cipher of the second transform.</summary>
        public Encryption SecondEncryption { get; init; }

        /// <summary>PFS group (CIM <c>PfsGroupId</c>: 0 none … 24, 65535 same as main mode).</summary>
        public PfsGroup PfsGroup { get; init; }
    }
}
