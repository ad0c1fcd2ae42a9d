using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace IpsecSdk.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// The proof that the analyzers' syntax gate (which skips declarations without a candidate token) is sound: the same
    /// code analyzed with the gate on and forced off (<c>ipsec_sdk.syntax_gate = off</c>) gives the same diagnostics. The
    /// rule, agreement, corpus and code-fix tests all pass through here.
    /// </summary>
    internal static class GateEquality
    {
        private static readonly Regex s_markup = new Regex(@"\{\|[^:|{}]*:|\|\}|\[\||\|\]|\$\$", RegexOptions.Compiled);

        /// <summary>Fails unless both runs reported the same diagnostics (ID, location, severity, message).</summary>
        public static void AssertSame(ImmutableArray<Diagnostic> gated, ImmutableArray<Diagnostic> ungated) =>
            Assert.Equal(Describe(ungated), Describe(gated));

        /// <summary>Analyzes test code written with markup (<c>{|#0:…|}</c>, <c>[|…|]</c>) under <paramref name="pack"/> both ways.</summary>
        public static Task AssertSameForMarkupAsync(IEnumerable<string> sourcesWithMarkup, string? pack)
        {
            var options = pack == null ? null : new Dictionary<string, string> { ["ipsec_sdk.baseline"] = pack };
            return AnalyzerRunner.RunAsync(sourcesWithMarkup.Select(s => s_markup.Replace(s, "")), options);
        }

        private static List<string> Describe(ImmutableArray<Diagnostic> diagnostics) =>
            diagnostics.Select(d => d.Id + " " + d.Location.GetLineSpan() + " " + d.Severity + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
                .OrderBy(s => s, System.StringComparer.Ordinal).ToList();
    }
}
