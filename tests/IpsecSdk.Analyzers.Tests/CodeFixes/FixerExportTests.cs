using System;
using System.Collections.Generic;
using System.Composition;
using System.Composition.Hosting;
using System.Linq;
using System.Reflection;
using IpsecSdk.Analyzers.Tests.Docs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace IpsecSdk.Analyzers.Tests.CodeFixes
{
    /// <summary>The fixers are found the way Visual Studio and <c>dotnet format</c> find them, and fix real IDs.</summary>
    public class FixerExportTests
    {
        [Fact]
        public void Every_code_fix_provider_is_exported_for_csharp_and_shared()
        {
            Assert.NotEmpty(ShippedComponents.FixerTypes);
            foreach (var type in ShippedComponents.FixerTypes)
            {
                var export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>();
                Assert.True(export != null, type.Name + " lacks [ExportCodeFixProvider].");
                Assert.Equal(new[] { LanguageNames.CSharp }, export!.Languages);
                Assert.Equal(type.Name, export.Name);
                Assert.True(type.GetCustomAttribute<SharedAttribute>() != null, type.Name + " lacks [Shared].");
                Assert.True(type.IsPublic && type.IsSealed, type.Name + " must be public and sealed.");
            }
        }

        [Fact]
        public void Mef_discovers_every_fixer_from_the_assembly()
        {
            using var container = new ContainerConfiguration().WithAssembly(ShippedComponents.CodeFixAssembly).CreateContainer();
            var discovered = container.GetExports<CodeFixProvider>().Select(f => f.GetType()).ToList();
            Assert.Equal(ShippedComponents.FixerTypes.OrderBy(t => t.Name), discovered.OrderBy(t => t.Name));
        }

        [Fact]
        public void Fixable_ids_are_descriptor_ids_and_no_id_has_two_fixers()
        {
            var descriptors = new HashSet<string>(ShippedComponents.Descriptors.Select(d => d.Id), StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var fixer in Fixers())
            {
                Assert.NotEmpty(fixer.FixableDiagnosticIds);
                foreach (var id in fixer.FixableDiagnosticIds)
                {
                    Assert.True(descriptors.Contains(id), fixer.GetType().Name + " claims " + id + ", which no descriptor reports.");
                    Assert.True(seen.Add(id), id + " is claimed by two fixers.");
                }
            }
        }

        [Fact]
        public void Every_fixer_offers_fix_all_at_document_project_and_solution_scope_one_finding_at_a_time()
        {
            foreach (var fixer in Fixers())
            {
                var fixAll = fixer.GetFixAllProvider();
                Assert.IsType<IpsecSdk.CodeFixes.Infrastructure.SequentialFixAllProvider>(fixAll);
                Assert.Equal(new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution }, fixAll.GetSupportedFixAllScopes());
            }
        }

        [Fact]
        public void The_fixers_cover_the_rules_the_design_asks_fixes_for()
        {
            var required = new[] { "IPSEC001", "IPSEC002", "IPSEC003", "IPSEC004", "IPSEC005", "IPSEC007", "IPSEC101", "IPSEC102", "IPSEC103", "IPSEC104", "IPSEC105", "IPSEC106", "IPSEC009", "IPSEC010", "IPSEC011", "IPSEC015", "IPSEC016", "IPSEC107" };
            Assert.Empty(required.Except(ShippedComponents.FixableIds));
        }

        private static IEnumerable<CodeFixProvider> Fixers() => ShippedComponents.Fixers;
    }
}
