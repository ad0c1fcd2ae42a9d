using Xunit;

namespace IpsecSdk.Analyzers.Tests.Docs
{
    /// <summary>The rules tables (README.md and docs/rules/README.md) list exactly the catalogue's rules.</summary>
    public class RulesTableTests
    {
            private const string IndexPage = "docs/rules/README.md";

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

        [Fact]
        public void Readme_table_between_the_markers_matches_the_catalogue_and_the_fixers()
        {
            var readme = RepositoryFiles.Read("README.md");
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
                path + ": the " + region.Name + " table differs from the catalogue; run the tests with " + RepositoryFiles.UpdateVariable + "=1 to regenerate it.");
        }
    }
}
