using System;

namespace IpsecSdk.Building
{
    /// <summary>Configures a certificate authentication proposal (default: root CA, ECDSA P-384 signing).</summary>
    public sealed class CertificateProposalBuilder
    {
        private AuthenticationProposal _proposal;

        internal CertificateProposalBuilder(AuthenticationMethod method, string authority)
        {
            _proposal = new AuthenticationProposal { Method = method, CertificateAuthority = authority };
        }

        /// <summary>Sets the signing algorithm of the certificates.</summary>
        public CertificateProposalBuilder WithSigning(CertificateSigning signing)
        {
            _proposal = _proposal with { Signing = signing };
            return this;
        }

        /// <summary>The authority is an intermediate CA.</summary>
        public CertificateProposalBuilder IssuedByIntermediateCa()
        {
            _proposal = _proposal with { AuthorityType = CertificateAuthorityType.Intermediate };
            return this;
        }

        /// <summary>Maps certificates to Active Directory accounts.</summary>
        public CertificateProposalBuilder MapToAccount()
        {
            _proposal = _proposal with { MapToAccount = true };
            return this;
        }

        /// <summary>Omits the CA name from certificate requests (phase 1 only).</summary>
        public CertificateProposalBuilder ExcludeAuthorityName()
        {
            _proposal = _proposal with { ExcludeCertificateAuthorityName = true };
            return this;
        }

        /// <summary>Adds selection / validation criteria.</summary>
        public CertificateProposalBuilder WithCriteria(Func<CertificateCriteria, CertificateCriteria> configure)
        {
            _proposal = _proposal with { Criteria = Guard.NotNull(configure, nameof(configure))(_proposal.Criteria ?? new CertificateCriteria()) };
            return this;
        }

        internal AuthenticationProposal Build() => _proposal;
    }
}
