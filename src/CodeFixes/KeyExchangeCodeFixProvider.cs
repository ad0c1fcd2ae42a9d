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
    /// IPSEC003 and IPSEC106: a weak or mixed Diffie-Hellman group becomes ECP-384 (group 20) for every proposal of the main-mode set
    /// at once; a weak PFS group becomes ECP-384 too. IPSEC004: PFS off becomes PFS with the main-mode group (first action) or with ECP-384.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KeyExchangeCodeFixProvider))]
    [Shared]
    public sealed class KeyExchangeCodeFixProvider : IpsecCodeFixProvider
    {
        /// <summary>Creates the fixer (MEF does, through the export).</summary>
        public KeyExchangeCodeFixProvider()
            : base(RuleIds.WeakKeyExchange, RuleIds.PfsOff, RuleIds.MixedKeyExchange)
        {
        }

        private protected override IEnumerable<PlannedFix> Plan(FixRequest request, CancellationToken cancellationToken) => KeyExchangeFixPlanner.Plan(request, cancellationToken);
    }
}
