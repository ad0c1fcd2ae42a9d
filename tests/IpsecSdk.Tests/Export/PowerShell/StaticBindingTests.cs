using System.Linq;
using System.Management.Automation.Language;
using IpsecSdk.Tests.Support;
using Xunit;

namespace IpsecSdk.Tests.Export.PowerShell
{
    /// <summary>
    /// Cross-checks the test walker against PowerShell's own <see cref="StaticParameterBinder"/>: for every
    /// command written on one line, both see the same parameters, so the fixture check reads what PowerShell reads.
    /// </summary>
    public sealed class StaticBindingTests
    {
        [Fact]
        public void The_walker_reads_the_same_parameters_as_the_static_binder()
        {
            var script = ScriptAssertions.WriteAndParse(SamplePolicies.KitchenSink());
            var inline = script.Commands.Where(c => NetSecurityFixture.Current.HasCmdlet(c.Name) && c.Arguments.Count > 0 && c.Arguments.All(a => !a.FromSplat)).ToList();

            Assert.NotEmpty(inline);
            Assert.All(inline, command =>
            {
                var binding = StaticParameterBinder.BindCommand(command.Ast, resolve: false);

                Assert.Empty(binding.BindingExceptions);
                Assert.Equal(
                    binding.BoundParameters.Keys.OrderBy(k => k, System.StringComparer.Ordinal),
                    command.Arguments.Select(a => a.Parameter!).OrderBy(k => k, System.StringComparer.Ordinal));
            });
        }
    }
}
