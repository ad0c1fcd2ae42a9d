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
    /// IPSEC005: AH becomes ESP. <c>.UseAh()</c> / <c>.UseAhAndEsp()</c> are removed (ESP is the builder's default) or, where
    /// nothing else is chained, become <c>.WithEncapsulation(Encapsulation.Esp)</c>; <c>Encapsulation.Ah</c> / <c>AhAndEsp</c>
    /// become <c>Encapsulation.Esp</c>. The proposal's AH integrity is dropped and its GCM/GMAC pair kept valid.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AhEncapsulationCodeFixProvider))]
    [Shared]
    public sealed class AhEncapsulationCodeFixProvider : IpsecCodeFixProvider
    {
        /// <summary>Creates the fixer (MEF does, through the export).</summary>
        public AhEncapsulationCodeFixProvider()
            : base(RuleIds.AhEncapsulation)
        {
        }

        private protected override IEnumerable<PlannedFix> Plan(FixRequest request, CancellationToken cancellationToken) => EncapsulationFixPlanner.Plan(request, cancellationToken);
    }
}
