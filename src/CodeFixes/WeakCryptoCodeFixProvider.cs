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
    /// IPSEC001 / IPSEC002: replaces a weak integrity or encryption algorithm with the one the active pack accepts
    /// (SHA-256, SHA-384 in main mode under CNSA; AES-256 in main mode, AES-GCM-256 in quick mode) and keeps the
    /// proposal's GCM/GMAC pair consistent.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WeakCryptoCodeFixProvider))]
    [Shared]
    public sealed class WeakCryptoCodeFixProvider : IpsecCodeFixProvider
    {
        /// <summary>Creates the fixer (MEF does, through the export).</summary>
        public WeakCryptoCodeFixProvider()
            : base(RuleIds.WeakIntegrity, RuleIds.WeakEncryption)
        {
        }

        private protected override IEnumerable<PlannedFix> Plan(FixRequest request, CancellationToken cancellationToken) => CryptoFixPlanner.Plan(request, cancellationToken);
    }
}
