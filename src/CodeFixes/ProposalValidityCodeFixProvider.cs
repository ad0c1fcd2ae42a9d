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
    /// IPSEC101–105: turns a proposal Windows would reject into the nearest valid one (GCM in main mode → AES-256,
    /// GMAC in main mode → SHA-384, SHA-384 in quick mode → SHA-256 or the matching GMAC, AH integrity = ESP integrity,
    /// empty ESP → AES-GCM-256/GMAC-256, GCM paired with the GMAC of its key size).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ProposalValidityCodeFixProvider))]
    [Shared]
    public sealed class ProposalValidityCodeFixProvider : IpsecCodeFixProvider
    {
        /// <summary>Creates the fixer (MEF does, through the export).</summary>
        public ProposalValidityCodeFixProvider()
            : base(RuleIds.GcmInMainMode, RuleIds.Sha384InQuickMode, RuleIds.AhEspIntegrityMismatch, RuleIds.EspWithoutProtection, RuleIds.GcmPairing)
        {
        }

        private protected override IEnumerable<PlannedFix> Plan(FixRequest request, CancellationToken cancellationToken) => CryptoFixPlanner.Plan(request, cancellationToken);
    }
}
