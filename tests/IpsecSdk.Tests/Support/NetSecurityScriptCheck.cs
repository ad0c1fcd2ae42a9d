using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation.Language;

namespace IpsecSdk.Tests.Support
{
    /// <summary>
    /// Checks a parsed script against the NetSecurity reference: every command exists, every parameter (or
    /// alias) exists for it, all parameters of a call fit one documented parameter set with its mandatory
    /// parameters present, every enum-like value is an accepted value, and values have the documented type.
    /// </summary>
    public static class NetSecurityScriptCheck
    {
        /// <summary>Commands outside the NetSecurity module the writer may use.</summary>
        public static readonly IReadOnlySet<string> CoreCommands = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Set-StrictMode", "Out-Null", "Write-Warning", "New-ItemProperty",
        };

        /// <summary>Every problem found, empty when the script conforms.</summary>
        public static IReadOnlyList<string> Problems(ParsedScript script)
        {
            var problems = script.Errors.Select(e => "parse error at line " + e.Extent.StartLineNumber + ": " + e.Message).ToList();
            var fixture = NetSecurityFixture.Current;
            foreach (var command in script.Commands)
            {
                if (CoreCommands.Contains(command.Name) || script.FunctionNames.Contains(command.Name, StringComparer.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (!fixture.HasCmdlet(command.Name))
                {
                    problems.Add(command + ": not a NetSecurity cmdlet of the reference");
                    continue;
                }

                problems.AddRange(CheckCall(fixture, command).Select(p => command + ": " + p));
            }

            return problems;
        }

        private static IEnumerable<string> CheckCall(NetSecurityFixture fixture, EmittedCommand command)
        {
            var used = new List<FixtureParameter>();
            foreach (var argument in command.Arguments)
            {
                if (argument.Parameter == null)
                {
                    yield return "positional argument " + argument.Value + " (the writer names every parameter)";
                    continue;
                }

                var parameter = fixture.Parameter(command.Name, argument.Parameter);
                if (parameter == null)
                {
                    yield return "-" + argument.Parameter + " is not a documented parameter or alias";
                    continue;
                }

                used.Add(parameter);
                foreach (var problem in CheckValue(parameter, argument))
                {
                    yield return "-" + argument.Parameter + ": " + problem;
                }
            }

            var names = used.Select(p => p.Name).ToList();
            if (names.Distinct(StringComparer.OrdinalIgnoreCase).Count() != names.Count)
            {
                yield return "a parameter is given twice: " + string.Join(", ", names);
            }

            var fits = fixture.ParameterSets(command.Name).Any(set =>
                names.All(n => set.Parameters.Any(p => string.Equals(p.Name, n, StringComparison.OrdinalIgnoreCase)))
                && set.Parameters.Where(p => p.Mandatory).All(p => names.Contains(p.Name, StringComparer.OrdinalIgnoreCase)));
            if (!fits)
            {
                yield return "no documented parameter set takes exactly {" + string.Join(", ", names) + "} with its mandatory parameters";
            }
        }

        private static IEnumerable<string> CheckValue(FixtureParameter parameter, EmittedArgument argument)
        {
            var value = argument.Value;
            if (parameter.IsSwitch)
            {
                if (value != null && !(value is VariableExpressionAst v && v.VariablePath.UserPath == "true"))
                {
                    yield return "a switch is set with " + value + " (expected no value or $true)";
                }

                yield break;
            }

            if (value == null)
            {
                yield return "no value";
                yield break;
            }

            if (parameter.AcceptedValues != null)
            {
                var strings = argument.Strings;
                if (strings.Count == 0)
                {
                    yield return "value " + value + " is not a list of names";
                }

                foreach (var name in strings.Where(s => !parameter.AcceptedValues.Contains(s, StringComparer.Ordinal)))
                {
                    yield return "'" + name + "' is not an accepted value (" + string.Join(", ", parameter.AcceptedValues) + ")";
                }

                if (strings.Count > 1 && parameter.Type.EndsWith("[]", StringComparison.Ordinal) == false && !FlagLists.Contains(parameter.Type))
                {
                    yield return "a list of " + strings.Count + " names for a single-valued " + parameter.Type;
                }

                yield break;
            }

            var problem = parameter.Type switch
            {
                "Boolean" => value is VariableExpressionAst b && (b.VariablePath.UserPath == "true" || b.VariablePath.UserPath == "false") ? null : "expected $true or $false",
                "UInt32" or "UInt64" or "Int32" => value is ConstantExpressionAst c && c.Value is int or long && Convert.ToInt64(c.Value) >= 0 ? null : "expected a non-negative integer",
                "String" => value is StringConstantExpressionAst { StringConstantType: StringConstantType.SingleQuoted } || value is VariableExpressionAst || value is ParenExpressionAst ? null : "expected a single-quoted string or a variable",
                "String[]" => argument.Strings.Count > 0 && AllSingleQuoted(value) ? null : "expected single-quoted strings",
                "CimInstance[]" => value is ArrayExpressionAst ? null : "expected @( ...proposal commands... )",
                _ => "type " + parameter.Type + " is not one the writer should use",
            };
            if (problem != null)
            {
                yield return problem + ", got " + value;
            }
        }

        /// <summary>
        /// Enum parameters whose CIM property is a bit mask (CIM Profiles, KeyModule, InterfaceType, Exemptions): a
        /// list of names is how PowerShell sets several flags of one value.
        /// </summary>
        private static readonly IReadOnlySet<string> FlagLists = new HashSet<string>(StringComparer.Ordinal)
        {
            "Profile", "KeyModule", "InterfaceType", "TrafficExemption", "IPsecEncapsulation",
        };

        private static bool AllSingleQuoted(ExpressionAst value) => value switch
        {
            StringConstantExpressionAst s => s.StringConstantType == StringConstantType.SingleQuoted,
            ArrayLiteralAst array => array.Elements.All(e => e is StringConstantExpressionAst { StringConstantType: StringConstantType.SingleQuoted }),
            _ => false,
        };
    }
}
