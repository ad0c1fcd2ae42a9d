using System;
using System.Collections.Generic;
using System.Linq;
using IpsecSdk.Catalogue;
using Microsoft.CodeAnalysis;
using Xunit;

namespace IpsecSdk.Analyzers.Tests.Docs
{
    /// <summary>Every rule has a page, and the generated parts of the pages agree with the catalogue and the descriptors.</summary>
    public class RulePagesTests
    {
        private const string RunTimeOnlyMarker = "reported by the run-time checks only";

        public static TheoryData<string> RuleIds() => new TheoryData<string>(RuleCatalogue.All.Select(r => r.Id));

        [Theory]
        [MemberData(nameof(RuleIds))]
        public void Every_rule_has_a_page_titled_with_its_id_and_catalogue_title(string id)
        {
            var rule = RuleCatalogue.Get(id);
            Assert.True(RepositoryFiles.Exists(rule.DocumentationPath), rule.DocumentationPath + " is missing.");
            var firstLine = RepositoryFiles.Read(rule.DocumentationPath).Split('\n')[0];
            Assert.Equal("# " + id + ": " + rule.Title, firstLine);
        }

        [Theory]
        [MemberData(nameof(RuleIds))]
        public void Page_severity_table_is_the_one_rendered_from_the_catalogue(string id)
        {
            var rule = RuleCatalogue.Get(id);
            var page = RepositoryFiles.Read(rule.DocumentationPath);
            var expected = SeverityTable.Render(rule);
            if (RepositoryFiles.UpdateMode)
            {
                RepositoryFiles.Write(rule.DocumentationPath, SeverityTable.Region.Replace(page, expected));
                return;
            }

            Assert.True(SeverityTable.Region.IsIn(page), rule.DocumentationPath + " lacks the severity-table markers.");
            Assert.True(expected.TrimEnd('\n') == SeverityTable.Region.Read(page),
                rule.DocumentationPath + ": the severity table differs from the catalogue; run the tests with " + RepositoryFiles.UpdateVariable + "=1 to regenerate it.");
        }

        [Theory]
        [MemberData(nameof(RuleIds))]
        public void Page_says_there_is_a_code_fix_exactly_when_an_exported_fixer_fixes_the_rule(string id)
        {
            var page = RepositoryFiles.Read(RuleCatalogue.Get(id).DocumentationPath);
            var says = page.Contains("\n| Code fix | Yes", StringComparison.Ordinal);
            Assert.True(says == ShippedComponents.FixableIds.Contains(id), id + "'s page " + (says ? "promises a code fix that no fixer offers." : "says there is no code fix, but a fixer offers one."));
        }

        [Fact]
        public void Every_security_rule_has_catalogue_rows_that_some_pack_reports()
        {
            var withoutRows = RuleCatalogue.All.Where(r => r.Category == RuleCategory.Security && !SeverityTable.EntriesOf(r.Id).Any()).Select(r => r.Id);
            Assert.Empty(withoutRows);
        }

        [Fact]
        public void Every_descriptor_is_a_catalogue_rule_whose_help_link_points_at_an_existing_page()
        {
            Assert.NotEmpty(ShippedComponents.Descriptors);
            foreach (var descriptor in ShippedComponents.Descriptors)
            {
                var rule = RuleCatalogue.Get(descriptor.Id);
                Assert.Equal(RuleCatalogue.HelpUri(descriptor.Id), descriptor.HelpLinkUri);
                Assert.StartsWith(RuleCatalogue.HelpBaseUri, descriptor.HelpLinkUri, StringComparison.Ordinal);
                var page = "docs/rules/" + descriptor.HelpLinkUri.Substring(RuleCatalogue.HelpBaseUri.Length);
                Assert.True(RepositoryFiles.Exists(page), descriptor.Id + "'s help link names " + page + ", which does not exist.");
                Assert.Equal(rule.Title, descriptor.Title.ToString());
                Assert.Equal("IpsecSdk", descriptor.Category);
            }
        }

        [Fact]
        public void Every_rule_without_a_descriptor_says_on_its_page_that_only_the_run_time_checks_report_it()
        {
            var described = new HashSet<string>(ShippedComponents.Descriptors.Select(d => d.Id), StringComparer.Ordinal);
            foreach (var rule in RuleCatalogue.All.Where(r => !described.Contains(r.Id)))
            {
                Assert.Contains(RunTimeOnlyMarker, RepositoryFiles.Read(rule.DocumentationPath), StringComparison.Ordinal);
            }
        }

        [Fact]
        public void Descriptor_default_severities_match_what_the_pages_say_of_their_family()
        {
            foreach (var descriptor in ShippedComponents.Descriptors)
            {
                switch (RuleCatalogue.Get(descriptor.Id).Category)
                {
                    case RuleCategory.Validity:
                        Assert.Equal(DiagnosticSeverity.Error, descriptor.DefaultSeverity);
                        break;
                    case RuleCategory.Hygiene:
                        Assert.Equal(DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
                        break;
                }

                Assert.True(descriptor.IsEnabledByDefault, descriptor.Id + " is disabled by default, so the category setting could not raise it.");
            }
        }
    }
}
