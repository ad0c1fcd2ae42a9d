namespace IpsecSdk
{
    /// <summary>
    /// A main-mode crypto set (<c>MSFT_NetIKEMMCryptoSet</c>): ordered proposals plus key lifetime.
    /// </summary>
    public sealed record MainModeCryptoSet
    {
        /// <summary>Main-mode lifetime Windows uses when none is given: 480 minutes.</summary>
        public const int DefaultLifetimeMinutes = 480;

        /// <summary>Set ID (CIM <c>InstanceID</c>, PowerShell <c>-Name</c>).</summary>
        public string Id { get; init; } = "";

        /// <summary>Display name.</summary>
        public string DisplayName { get; init; } = "";

        /// <summary>Optional description.</summary>
        public string? Description { get; init; }

        /// <summary>Proposals in order of preference (default: <see cref="MainModeProposal.Strongest"/>).</summary>
        public ValueList<MainModeProposal> Proposals { get; init; } = ValueList.Of(MainModeProposal.Strongest);

        /// <summary>Key lifetime in minutes (1..2879, default 480).</summary>
        public int LifetimeMinutes { get; init; } = DefaultLifetimeMinutes;

        /// <summary>Quick modes per main mode; 0 = no limit, 1 = master-key PFS (CIM <c>MaxLifetimeSessions</c>).</summary>
        public int MaxSessions { get; init; }

        /// <summary>
        /// Whether master-key PFS is on: each quick mode gets a fresh main mode (<see cref="MaxSessions"/> = 1, which is how
        /// Windows stores it). Read-only; set it with <c>EnableMasterKeyPfs()</c> or <see cref="MaxSessions"/>. Not in JSON.
        /// </summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public bool MasterKeyPfs => MaxSessions == 1;

        /// <summary>
        /// Always perform a Diffie-Hellman exchange to protect the main-mode key exchange (default true). Microsoft documents
        /// an effect only when AuthIP is used (New-NetIPsecMainModeCryptoSet -ForceDiffieHellman); IKEv1 and IKEv2 always
        /// perform one, so the baselines never credit this flag.
        /// </summary>
        public bool ForceDiffieHellman { get; init; } = true;
    }
}
