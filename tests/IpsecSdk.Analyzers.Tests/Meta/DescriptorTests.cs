extern alias analyzers;

using System;
using System.IO;
using System.Linq;
using analyzers::IpsecSdk.Analyzers;
using IpsecSdk.Analyzers.Tests.Infrastructure;
using IpsecSdk.Catalogue;
using Microsoft.CodeAnalysis;
using Xunit;

namespace IpsecSdk.Analyzers.Tests.Meta
{
    public sealed class DescriptorTests
    {
        private static readonly DiagnosticDescriptor[] Supported = AnalyzerRunner.All.SelectMany(a => a.SupportedDiagnostics).Distinct().ToArray();

        [Fact]
        public void Ids_match_the_rule_catalogue_and_only_the_run_time_rules_have_no_analyzer()
        {
            // The peer's proposals and a method in the wrong phase (only records and JSON can hold one) are run time only.
            var catalogue = RuleCatalogue.All.Select(r => r.Id).ToList();
            var descriptors = Descriptors.All.Select(d => d.Id).ToList();
            Assert.Equal(catalogue.Where(id => id != RuleIds.NoCommonProposal && id != RuleIds.WrongPhase), descriptors);
            Assert.All(Descriptors.All, d => Assert.Equal(RuleCatalogue.Get(d.Id).Title, d.Title.ToString()));
        }

        [Fact]
        public void Every_descriptor_is_reported_by_some_analyzer()
        {
            Assert.Empty(Descriptors.All.Select(d => d.Id).Except(Supported.Select(d => d.Id)));
        }

        [Fact]
        public void Help_links_point_at_the_rule_pages()
        {
            Assert.All(Descriptors.All, d => Assert.EndsWith("docs/rules/" + d.Id + ".md", d.HelpLinkUri, StringComparison.Ordinal));
        }

        [Fact]
        public void One_category_and_severities_by_family()
        {
            Assert.All(Descriptors.All, d => Assert.Equal("IpsecSdk", d.Category));
            Assert.All(Descriptors.All, d => Assert.True(d.IsEnabledByDefault, d.Id));
            foreach (var descriptor in Descriptors.All)
            {
                var expected = RuleCatalogue.Get(descriptor.Id).Category == RuleCategory.Validity ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
                Assert.True(expected == descriptor.DefaultSeverity, descriptor.Id + " default severity " + descriptor.DefaultSeverity);
            }
        }

        [Fact]
        public void Every_descriptor_is_in_the_unshipped_release_file_with_its_severity()
        {
            var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "AnalyzerReleases.Unshipped.md"))
                .Where(l => l.StartsWith("IPSEC", StringComparison.Ordinal))
                .Select(l => l.Split('|').Select(p => p.Trim()).ToArray())
                .ToDictionary(p => p[0], p => p);
            Assert.Equal(Descriptors.All.Select(d => d.Id).OrderBy(i => i), lines.Keys.OrderBy(i => i));
            Assert.All(Descriptors.All, d =>
            {
                Assert.Equal("IpsecSdk", lines[d.Id][1]);
                Assert.Equal(d.DefaultSeverity.ToString(), lines[d.Id][2]);
            });
        }
    }
}
