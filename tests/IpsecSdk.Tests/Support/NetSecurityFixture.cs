using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace IpsecSdk.Tests.Support
{
    /// <summary>
    /// Microsoft's NetSecurity cmdlet reference as data (<c>Fixtures/netsecurity-cmdlets.json</c>): the cmdlets,
    /// their parameter sets, parameter types, aliases, mandatory flags and accepted values.
    /// </summary>
    public sealed class NetSecurityFixture
    {
        private static readonly Lazy<NetSecurityFixture> Instance = new Lazy<NetSecurityFixture>(Load);
        private readonly Dictionary<string, IReadOnlyList<FixtureParameterSet>> _cmdlets;

        private NetSecurityFixture(Dictionary<string, IReadOnlyList<FixtureParameterSet>> cmdlets)
        {
            _cmdlets = cmdlets;
        }

        /// <summary>The fixture, read once from the test output directory.</summary>
        public static NetSecurityFixture Current => Instance.Value;

        public bool HasCmdlet(string cmdlet) => _cmdlets.ContainsKey(cmdlet);

        public IReadOnlyList<FixtureParameterSet> ParameterSets(string cmdlet) => _cmdlets[cmdlet];

        /// <summary>The documented parameter a name or alias refers to (case-insensitive, as PowerShell binds), or null.</summary>
        public FixtureParameter? Parameter(string cmdlet, string nameOrAlias) =>
            _cmdlets[cmdlet].SelectMany(s => s.Parameters)
                .FirstOrDefault(p => string.Equals(p.Name, nameOrAlias, StringComparison.OrdinalIgnoreCase)
                    || p.Aliases.Any(a => string.Equals(a, nameOrAlias, StringComparison.OrdinalIgnoreCase)));

        private static NetSecurityFixture Load()
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "netsecurity-cmdlets.json");
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var cmdlets = new Dictionary<string, IReadOnlyList<FixtureParameterSet>>(StringComparer.OrdinalIgnoreCase);
            foreach (var cmdlet in document.RootElement.GetProperty("cmdlets").EnumerateObject())
            {
                cmdlets.Add(cmdlet.Name, cmdlet.Value.GetProperty("parameterSets").EnumerateArray().Select(ReadSet).ToList());
            }

            return new NetSecurityFixture(cmdlets);
        }

        private static FixtureParameterSet ReadSet(JsonElement set) => new FixtureParameterSet(
            set.GetProperty("name").GetString()!,
            set.GetProperty("parameters").EnumerateArray().Select(p => new FixtureParameter(
                p.GetProperty("name").GetString()!,
                p.GetProperty("type").GetString()!,
                p.GetProperty("mandatory").GetBoolean(),
                p.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToList(),
                p.TryGetProperty("acceptedValues", out var values) ? values.EnumerateArray().Select(v => v.GetString()!).ToList() : null)).ToList(),
            set.TryGetProperty("commonParameters", out var common) && common.GetBoolean());
    }

    public sealed record FixtureParameterSet(string Name, IReadOnlyList<FixtureParameter> Parameters, bool CommonParameters);

    public sealed record FixtureParameter(string Name, string Type, bool Mandatory, IReadOnlyList<string> Aliases, IReadOnlyList<string>? AcceptedValues)
    {
        public bool IsSwitch => Type == "SwitchParameter";
    }
}
