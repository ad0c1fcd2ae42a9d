namespace IpsecSdk.Windows.Monitoring
{
    /// <summary>A live main-mode (IKE) SA as <c>MSFT_NetMainModeSA</c> reports it (<c>Get-NetIPsecMainModeSA</c>).</summary>
    public sealed record MainModeSecurityAssociation
    {
        /// <summary>The SA's InstanceID.</summary>
        public string? InstanceId { get; init; }

        /// <summary>Local IP address.</summary>
        public string? LocalEndpoint { get; init; }

        /// <summary>Remote IP address.</summary>
        public string? RemoteEndpoint { get; init; }

        /// <summary>The key module that negotiated the SA (CIM <c>KeyModule</c>, undocumented numbering).</summary>
        public int KeyModule { get; init; }

        /// <summary>Negotiated cipher (CIM <c>CipherAlgorithm</c>).</summary>
        public Encryption Encryption { get; init; }

        /// <summary>Negotiated integrity (CIM <c>HashAlgorithm</c>).</summary>
        public Integrity Integrity { get; init; }

        /// <summary>Negotiated Diffie-Hellman group (CIM <c>GroupId</c>).</summary>
        public DiffieHellmanGroup KeyExchange { get; init; }

        /// <summary>Local NAT-T port, 0 without NAT traversal.</summary>
        public int LocalUdpEncapsulationPort { get; init; }

        /// <summary>Remote NAT-T port, 0 without NAT traversal.</summary>
        public int RemoteUdpEncapsulationPort { get; init; }
    }
}
