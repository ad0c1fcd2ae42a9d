namespace IpsecSdk.Negotiation
{
    /// <summary>What quick mode settles on: a proposal and the PFS group actually used.</summary>
    public sealed record QuickModeAgreement
    {
        /// <summary>Creates an agreement.</summary>
        public QuickModeAgreement(QuickModeProposal proposal, PfsGroup pfsGroup)
        {
            Proposal = proposal;
            PfsGroup = pfsGroup;
        }

        /// <summary>The initiator's proposal that the responder accepted.</summary>
        public QuickModeProposal Proposal { get; }

        /// <summary>The PFS group in use: <see cref="PfsGroup.SameAsMainMode"/> already resolved to the main-mode group; None when PFS is off.</summary>
        public PfsGroup PfsGroup { get; }
    }
}
