using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using IpsecSdk.Catalogue;
using IpsecSdk.CodeFixes.Fixers;
using IpsecSdk.CodeFixes.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IpsecSdk.CodeFixes
{
    /// <summary>
    /// IPSEC003: a weak Diffie-Hellman or PFS group becomes ECP-384 (group 20), for every proposal of the main-mode set
    /// at once. IPSEC004: PFS off becomes PFS with the main-mode group (first action) or with ECP-384.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KeyExchangeCodeFixProvider))]
    [Shared]
    public sealed class KeyExchangeCodeFixProvider : CodeFixProvider
    {
        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.WeakKeyExchange, RuleIds.PfsOff);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override Task RegisterCodeFixesAsync(CodeFixContext context) => FixRegistration.RegisterAsync(context, KeyExchangeFixPlanner.Plan);
    }
}
