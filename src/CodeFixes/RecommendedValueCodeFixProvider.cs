using System.Collections.Generic;
using System.Composition;
using System.Threading;
using IpsecSdk.Catalogue;
using IpsecSdk.CodeFixes.Fixers;
using IpsecSdk.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IpsecSdk.CodeFixes
{
    /// <summary>
    /// IPSEC009 / IPSEC107: a lifetime becomes the pack's limit (or Windows' minimum); IPSEC011: CRL checking becomes
    /// required; IPSEC010: MaxSessions becomes 1 (master-key PFS); IPSEC015: signing becomes ECDSA P-384; IPSEC016: <c>NoDefaultExempt</c> becomes <c>true</c>. The value is
    /// the one the analyzer chose from the catalogue for the active pack.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RecommendedValueCodeFixProvider))]
    [Shared]
    public sealed class RecommendedValueCodeFixProvider : IpsecCodeFixProvider
    {
        /// <summary>Creates the fixer (MEF does, through the export).</summary>
        public RecommendedValueCodeFixProvider()
            : base(RuleIds.LongLifetime, RuleIds.MasterKeyPfsOff, RuleIds.LifetimeOutOfRange, RuleIds.NoRevocationCheck, RuleIds.WeakCertificateSigning, RuleIds.KerberosExempt)
        {
        }

        private protected override IEnumerable<PlannedFix> Plan(FixRequest request, CancellationToken cancellationToken) => RecommendedValueFixPlanner.Plan(request, cancellationToken);
    }
}
