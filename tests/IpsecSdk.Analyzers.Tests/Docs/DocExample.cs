using System;
using System.Collections.Generic;
using System.Text;
using IpsecSdk.Catalogue;

namespace IpsecSdk.Analyzers.Tests.Docs
{
    /// <summary>A C# example of a rule page: the code under a "Non-compliant code", "Compliant code" or "What the analyzer cannot see" heading.</summary>
    public sealed class DocExample
    {
        private DocExample(string ruleId, string heading, string code)
        {
            RuleId = ruleId;
            Heading = heading;
            Code = code;
        }

        public string RuleId { get; }

        public string Heading { get; }

        public string Code { get; }

        public bool IsCompliant => Heading.StartsWith("## Compliant", StringComparison.Ordinal);

        /// <summary>True for the examples that show a compliant or non-compliant choice (the others show the run-time check).</summary>
        public bool ShowsAChoice => Heading.StartsWith("## Compliant", StringComparison.Ordinal) || Heading.StartsWith("## Non-compliant", StringComparison.Ordinal);

        /// <summary>The pack the example is written for: named in its heading, else the default pack.</summary>
        public BaselinePack Pack => Heading.Contains("`cnsa`", StringComparison.Ordinal) ? BaselinePack.Cnsa
            : Heading.Contains("`bsi`", StringComparison.Ordinal) ? BaselinePack.Bsi
            : Heading.Contains("`nist`", StringComparison.Ordinal) ? BaselinePack.Nist
            : BaselinePack.Default;

        /// <summary>The C# examples of one page.</summary>
        public static IEnumerable<DocExample> Read(string ruleId, string page)
        {
            string? heading = null;
            StringBuilder? code = null;
            foreach (var line in page.Split('\n'))
            {
                if (code != null)
                {
                    if (line == "```")
                    {
                        yield return new DocExample(ruleId, heading!, code.ToString());
                        code = null;
                    }
                    else
                    {
                        code.Append(line).Append('\n');
                    }
                }
                else if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    heading = line;
                }
                else if (line == "```csharp" && heading != null && (heading.StartsWith("## Non-compliant code", StringComparison.Ordinal) || heading.StartsWith("## Compliant code", StringComparison.Ordinal) || heading == "## What the analyzer cannot see"))
                {
                    code = new StringBuilder();
                }
            }
        }

        public override string ToString() => RuleId + " " + Heading;
    }
}
