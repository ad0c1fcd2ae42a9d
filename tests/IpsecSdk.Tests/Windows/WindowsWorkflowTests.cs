using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation.Language;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Xunit;
using YamlDotNet.RepresentationModel;
using ScalarStyle = YamlDotNet.Core.ScalarStyle;

namespace IpsecSdk.Tests.Windows
{
    /// <summary>
    /// The Windows workflow (<c>.github/workflows/windows.yml</c>) has no Windows runner here, so what can be checked
    /// without one is checked here: the workflow is valid against SchemaStore's GitHub workflow schema
    /// (<c>tests/Fixtures/github-workflow.schema.json</c>), it runs on <c>windows-latest</c> with <c>pwsh</c>, it runs
    /// the test project (whose Windows runsettings include the <c>Platform=WindowsOnly</c> tests) and the two scripts
    /// under <c>scripts/windows</c> with parameters they declare, and the real PowerShell parser accepts both scripts
    /// and every inline <c>run:</c> block. <c>scripts/lint-workflows.sh</c> adds actionlint on top.
    /// </summary>
    public sealed class WindowsWorkflowTests
    {
        private const string WorkflowPath = ".github/workflows/windows.yml";
        private const string GeneratedScriptsPath = "scripts/windows/run-generated-scripts.ps1";
        private const string OpenQuestionsPath = "scripts/windows/open-questions.ps1";

        private static readonly Lazy<JsonSchema> Schema = new Lazy<JsonSchema>(() =>
            JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "github-workflow.schema.json"))));

        private static readonly Regex GitHubExpression = new Regex(@"\$\{\{.*?\}\}", RegexOptions.Singleline | RegexOptions.CultureInvariant);

        public static TheoryData<string> ScriptPaths => new TheoryData<string> { GeneratedScriptsPath, OpenQuestionsPath };

        [Fact]
        public void The_workflow_is_valid_against_the_GitHub_workflow_schema()
        {
            var results = Evaluate(Workflow());

            Assert.True(results.IsValid, "windows.yml does not match the GitHub workflow schema:\n" + Describe(results));
        }

        [Fact]
        public void The_schema_check_is_not_vacuous_a_misspelt_job_key_fails_it()
        {
            var workflow = Workflow();
            var job = (JsonObject)workflow["jobs"]!.AsObject().Single().Value!;
            job["runs_on"] = "windows-latest";

            Assert.False(Evaluate(workflow).IsValid);
        }

        [Fact]
        public void Every_job_runs_on_windows_latest_with_pwsh()
        {
            var jobs = Workflow()["jobs"]!.AsObject();

            Assert.NotEmpty(jobs);
            Assert.All(jobs, job =>
            {
                Assert.Equal("windows-latest", (string?)job.Value!["runs-on"]);
                Assert.Equal("pwsh", (string?)job.Value["defaults"]?["run"]?["shell"]);
                Assert.All(Steps(job.Value), step => Assert.True(step["shell"] == null || (string?)step["shell"] == "pwsh", "step '" + step["name"] + "' does not use pwsh"));
            });
        }

        [Fact]
        public void The_workflow_runs_the_test_project_and_both_scripts()
        {
            var commands = RunBlocks().SelectMany(Commands).ToList();

            var tests = commands.Where(c => c.GetCommandName() == "dotnet" && c.CommandElements.Count > 2
                && c.CommandElements[1].Extent.Text == "test" && c.CommandElements[2].Extent.Text == "tests/IpsecSdk.Tests").ToList();

            // One run without --filter, so the project's Windows runsettings (Platform!=NonWindows) decide, WindowsOnly included.
            Assert.Contains(tests, c => !c.CommandElements.Any(e => e.Extent.Text.StartsWith("--filter", StringComparison.Ordinal)));
            Assert.Single(commands, c => c.GetCommandName() == "./" + GeneratedScriptsPath);
            Assert.Single(commands, c => c.GetCommandName() == "./" + OpenQuestionsPath);
        }

        [Theory]
        [MemberData(nameof(ScriptPaths))]
        public void The_workflow_passes_only_parameters_the_script_declares(string script)
        {
            var declared = Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), script)), script).ParamBlock.Parameters
                .Select(p => p.Name.VariablePath.UserPath).ToList();
            var call = RunBlocks().SelectMany(Commands).Single(c => c.GetCommandName() == "./" + script);

            var passed = call.CommandElements.OfType<CommandParameterAst>().Select(p => p.ParameterName).ToList();

            Assert.NotEmpty(passed);
            Assert.All(passed, p => Assert.Contains(declared, d => string.Equals(d, p, StringComparison.OrdinalIgnoreCase)));
        }

        [Theory]
        [MemberData(nameof(ScriptPaths))]
        public void The_script_has_no_PowerShell_parse_errors(string script)
        {
            Parser.ParseFile(Path.Combine(RepositoryRoot(), script), out _, out var errors);

            Assert.True(errors.Length == 0, script + ":\n" + string.Join("\n", errors.Select(e => e.Extent.StartLineNumber + ": " + e.Message)));
        }

        [Fact]
        public void Every_run_block_of_the_workflow_is_PowerShell_the_parser_accepts()
        {
            var blocks = RunBlocks().ToList();

            Assert.NotEmpty(blocks);
            Assert.All(blocks, block => Parse(block.Script, block.Step));
        }

        /// <summary>The workflow as JSON: YAML 1.2 core-schema scalars (plain true/false/null/numbers typed, everything else a string).</summary>
        private static JsonObject Workflow()
        {
            var stream = new YamlStream();
            using (var reader = new StringReader(File.ReadAllText(Path.Combine(RepositoryRoot(), WorkflowPath))))
            {
                stream.Load(reader);
            }

            Assert.Single(stream.Documents);
            return ToJson(stream.Documents[0].RootNode)!.AsObject();
        }

        private static JsonNode? ToJson(YamlNode node)
        {
            switch (node)
            {
                case YamlMappingNode mapping:
                    var obj = new JsonObject();
                    foreach (var entry in mapping.Children)
                    {
                        obj.Add(((YamlScalarNode)entry.Key).Value!, ToJson(entry.Value));
                    }

                    return obj;
                case YamlSequenceNode sequence:
                    return new JsonArray(sequence.Children.Select(ToJson).ToArray());
                case YamlScalarNode scalar:
                    return Scalar(scalar);
                default:
                    throw new InvalidOperationException("Unexpected YAML node " + node.NodeType + " at " + node.Start + ".");
            }
        }

        private static JsonNode? Scalar(YamlScalarNode scalar)
        {
            var text = scalar.Value ?? "";
            if (scalar.Style != ScalarStyle.Plain)
            {
                return JsonValue.Create(text);
            }

            switch (text)
            {
                case "":
                case "~":
                case "null":
                case "Null":
                case "NULL":
                    return null;
                case "true":
                case "True":
                case "TRUE":
                    return JsonValue.Create(true);
                case "false":
                case "False":
                case "FALSE":
                    return JsonValue.Create(false);
            }

            if (Regex.IsMatch(text, "^[-+]?[0-9]+$", RegexOptions.CultureInvariant) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                return JsonValue.Create(integer);
            }

            if (Regex.IsMatch(text, @"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant))
            {
                return JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
            }

            return JsonValue.Create(text);
        }

        private static EvaluationResults Evaluate(JsonNode workflow)
        {
            using var document = JsonDocument.Parse(workflow.ToJsonString());
            return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        }

        private static string Describe(EvaluationResults results) =>
            string.Join("\n", Flatten(results)
                .Where(r => r.Errors != null && r.Errors.Count > 0)
                .SelectMany(r => r.Errors!.Select(e => r.InstanceLocation + " (" + r.EvaluationPath + "): " + e.Key + ": " + e.Value)));

        private static IEnumerable<EvaluationResults> Flatten(EvaluationResults results) =>
            new[] { results }.Concat((results.Details ?? (IEnumerable<EvaluationResults>)Array.Empty<EvaluationResults>()).SelectMany(Flatten));

        private static IEnumerable<JsonObject> Steps(JsonNode job) => job["steps"]!.AsArray().Select(s => s!.AsObject());

        /// <summary>Each step's <c>run:</c> script, with GitHub expressions (<c>${{ }}</c>) replaced by a plain word.</summary>
        private static IEnumerable<(string Step, string Script)> RunBlocks() =>
            Workflow()["jobs"]!.AsObject()
                .SelectMany(job => Steps(job.Value!))
                .Where(step => step["run"] != null)
                .Select(step => ((string?)step["name"] ?? "(unnamed step)", GitHubExpression.Replace((string)step["run"]!, "expression")));

        private static IEnumerable<CommandAst> Commands((string Step, string Script) block) =>
            Parse(block.Script, block.Step).FindAll(a => a is CommandAst, true).Cast<CommandAst>();

        private static ScriptBlockAst Parse(string script, string what)
        {
            var ast = Parser.ParseInput(script, out _, out var errors);
            Assert.True(errors.Length == 0, what + ":\n" + string.Join("\n", errors.Select(e => e.Extent.StartLineNumber + ": " + e.Message)));
            return ast;
        }

        private static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "IpsecSdk.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("IpsecSdk.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
