namespace IpsecSdk.Export.StrongSwan
{
    /// <summary>Options of <see cref="SwanctlConfigWriter"/>.</summary>
    public sealed record SwanctlExportOptions
    {
        /// <summary>The defaults: the peer's view, certificate <c>peer.pem</c>, SAs started by traffic.</summary>
        public static SwanctlExportOptions Default { get; } = new SwanctlExportOptions();

        /// <summary>Which end of the rules the configuration is for (default the non-Windows peer).</summary>
        public SwanctlPerspective Perspective { get; init; } = SwanctlPerspective.Peer;

        /// <summary>The local certificate file, relative to swanctl's <c>x509</c> directory (default <c>peer.pem</c>; letters, digits, <c>. _ - /</c>).</summary>
        public string LocalCertificate { get; init; } = "peer.pem";

        /// <summary>
        /// CHILD_SA <c>start_action</c>: <c>trap</c> (default; traffic matching the rule starts negotiation, as on
        /// Windows), <c>start</c> or <c>none</c>; anything else is refused by the writer.
        /// </summary>
        public string StartAction { get; init; } = "trap";

        /// <summary>Force UDP encapsulation of ESP (<c>encap = yes</c>), e.g. for strongSwan's userspace kernel-libipsec backend.</summary>
        public bool ForceUdpEncapsulation { get; init; }

        /// <summary>
        /// Write pre-shared keys into a <c>secrets</c> section (base64, encoded as the policy's key encoding). Off by
        /// default: the section is then reported as a limitation to fill in by hand.
        /// </summary>
        public bool IncludePresharedKeys { get; init; }
    }
}
