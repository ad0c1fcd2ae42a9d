using Xunit;

namespace IpsecSdk.Analyzers.Tests.Docs
{
    /// <summary>The rules tables (README, docs/rules-table.md, docs/rules/README.md) list exactly the catalogue's rules.</summary>
    public class RulesTableTests
    {
        private const string TablePage = "docs/rules-table.md";
        private const string IndexPage = "docs/rules/README.md";

        [Fact]
        public void Rules_table_page_holds_the_rendered_readme_table()
        {
            var expected = RulesTable.RenderReadme(ShippedComponents.FixableIds);
            if (RepositoryFiles.UpdateMode)
            {
                RepositoryFiles.Write(TablePage, RulesTable.ReadmeRegion.Wrap(expected) + "\n");
                return;
            }

            AssertRegion(TablePage, RulesTable.ReadmeRegion, expected);
        }

        [Fact]
        public void Rules_index_holds_the_rendered_index()
        {
            var expected = RulesTable.RenderIndex(ShippedComponents.FixableIds);
            if (RepositoryFiles.UpdateMode)
            {
                RepositoryFiles.Write(IndexPage, RulesTable.IndexRegion.Replace(RepositoryFiles.Read(IndexPage), expected));
                return;
            }

            AssertRegion(IndexPage, RulesTable.IndexRegion, expected);
        }

        // The README gets the table once the markers are pasted in; until then there is nothing to compare.
        [Fact]
        public void Readme_table_between_the_markers_matches_the_catalogue_and_the_fixers()
        {
            var readme = RepositoryFiles.Read("README.md");
            if (!RulesTable.ReadmeRegion.IsIn(readme))
            {
                Assert.DoesNotContain("rules-table:start", readme, System.StringComparison.Ordinal);
                return;
            }

            if (RepositoryFiles.UpdateMode)
            {
                RepositoryFiles.Write("README.md", RulesTable.ReadmeRegion.Replace(readme, RulesTable.RenderReadme(ShippedComponents.FixableIds)));
                return;
            }

            AssertRegion("README.md", RulesTable.ReadmeRegion, RulesTable.RenderReadme(ShippedComponents.FixableIds));
        }

        private static void AssertRegion(string path, GeneratedRegion region, string expected)
        {
            var text = RepositoryFiles.Read(path);
            Assert.True(region.IsIn(text), path + " lacks the " + region.Name + " markers.");
            Assert.True(expected.TrimEnd('\n') == region.Read(text),
                path + ": the " + region.Name + " table differs from the catalogue; run the tests with " + RepositoryFiles.UpdateVariable + "=1 to regenerate it (README.md: copy it from " + TablePage + ").");
        }
    }
}
