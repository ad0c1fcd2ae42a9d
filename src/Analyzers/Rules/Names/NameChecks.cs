using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using IpsecSdk.Analyzers.Infrastructure;
using IpsecSdk.Analyzers.Rules.Chains;
using IpsecSdk.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace IpsecSdk.Analyzers.Rules.Names
{
    /// <summary>
    /// IPSEC113 on names and IDs the compiler can see, by the validator's own <see cref="NameLiteral"/>: blank, too long
    /// for what they name, containing <c>|</c>, or a rule named <c>all</c>; and a rule ID whose derived main-mode set ID
    /// would be too long.
    /// </summary>
    internal static class NameChecks
    {
        /// <summary>Judges a string member of an SDK record set in an initializer, if it is a name, ID, group or description.</summary>
        [MethodImpl(Hot.Path)]
        public static void CheckMember(RuleContext context, SdkSymbols symbols, IPropertySymbol property, IOperation value)
        {
            switch (property.Name)
            {
                case "Id":
                    CheckName(context, value, IdLength(symbols, property.ContainingType), reservedAll: false);
                    return;
                case "Group":
                    CheckName(context, value, NameLiteral.MaxNameLength, reservedAll: false);
                    return;
                case "DisplayName":
                    CheckName(context, value, NameLiteral.MaxNameLength, reservedAll: SdkSymbols.Is(property.ContainingType, symbols.ConnectionSecurityRule));
                    return;
                case "Description":
                    CheckName(context, value, NameLiteral.MaxNameLength, reservedAll: false, required: false);
                    return;
            }
        }

        // A record's ID limit by its type: rule, main-mode set, other sets.
        private static int IdLength(SdkSymbols symbols, ITypeSymbol type) =>
            SdkSymbols.Is(type, symbols.ConnectionSecurityRule) ? NameLiteral.MaxRuleIdLength :
            SdkSymbols.Is(type, symbols.MainModeCryptoSet) ? NameLiteral.MaxMainModeSetIdLength :
            NameLiteral.MaxSetIdLength;

        /// <summary>
        /// Judges the ID of <c>AddRule(id, configure)</c>: the rule's ID and, unless renamed, its display name; the builder
        /// also derives the rule's own main-mode set ID from it (<c>id + ".mmcrypto"</c>), which has a shorter limit.
        /// </summary>
        public static void CheckRuleId(RuleContext context, SdkSymbols symbols, IInvocationOperation call)
        {
            var argument = OperationHelpers.Argument(call, "id");
            if (argument == null)
            {
                return;
            }

            foreach (var leaf in ConstantResolver.Resolve(argument.Value, context.CancellationToken, out _))
            {
                if (!(leaf.Value is string id))
                {
                    continue;
                }

                if (NameProblem(id, NameLiteral.MaxRuleIdLength, reservedAll: true, required: true) is string problem)
                {
                    ReportName(context, leaf, id, problem);
                }
                else if (id.Length + NameLiteral.MainModeSetIdSuffix.Length > NameLiteral.MaxMainModeSetIdLength && BuildsOwnMainModeSet(symbols, context.Block, call, context.CancellationToken))
                {
                    var setId = id + NameLiteral.MainModeSetIdSuffix;
                    ReportName(context, leaf, id, "the rule's main-mode set ID derived from it ('" + Shown(setId) + "') " + NameLiteral.LengthProblem(setId, NameLiteral.MaxMainModeSetIdLength));
                }
            }
        }

        // The rule lambda is fully visible and does not take a ready-made main-mode set.
        private static bool BuildsOwnMainModeSet(SdkSymbols symbols, SdkOperations block, IInvocationOperation addRule, CancellationToken cancellationToken)
        {
            var lambda = OperationHelpers.Lambda(OperationHelpers.Argument(addRule, "configure"));
            if (lambda == null)
            {
                return false;
            }

            var facts = RuleFacts.Read(symbols, block, lambda, cancellationToken);
            return facts.FullyVisible && !facts.SharedMainMode;
        }

        /// <summary>Judges the <c>group</c> and <c>displayName</c> arguments of an SDK call or constructor.</summary>
        [MethodImpl(Hot.Path)]
        public static void CheckArguments(RuleContext context, ImmutableArray<IArgumentOperation> arguments, bool reservedAll)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter != null && argument.Parameter.Type.SpecialType == SpecialType.System_String && (argument.Parameter.Name == "group" || argument.Parameter.Name == "displayName"))
                {
                    CheckName(context, argument.Value, NameLiteral.MaxNameLength, reservedAll);
                }
            }
        }

        [MethodImpl(Hot.Path)]
        private static void CheckName(RuleContext context, IOperation value, int maxLength, bool reservedAll, bool required = true)
        {
            foreach (var leaf in ConstantResolver.Resolve(value, context.CancellationToken, out _))
            {
                if (leaf.Value is string text && NameProblem(text, maxLength, reservedAll, required) is string problem)
                {
                    ReportName(context, leaf, text, problem);
                }
            }
        }

        private static void ReportName(RuleContext context, ResolvedValue leaf, string text, string problem) =>
            Infrastructure.Report.Literal(context, Descriptors.InvalidName, leaf.Source, "Name", "The name or ID '" + Shown(text) + "' is invalid: " + problem + ".");

        // Long values are cut after 40 characters (the message gives the length): it is read in an error list, not a file.
        private static string Shown(string text) => text.Length <= 60 ? text : text.Substring(0, 40) + "…";

        // The validator's conditions (NameLiteral, linked), in its order; optional texts may be empty.
        private static string? NameProblem(string text, int maxLength, bool reservedAll, bool required)
        {
            if (required && string.IsNullOrWhiteSpace(text))
            {
                return NameLiteral.BlankReason(maxLength);
            }

            if (NameLiteral.LengthProblem(text, maxLength) is string tooLong)
            {
                return "it " + tooLong;
            }

            if (NameLiteral.HasSeparator(text))
            {
                return "it contains '|'; " + NameLiteral.SeparatorReason;
            }

            return reservedAll && NameLiteral.IsReservedAll(text) ? NameLiteral.ReservedAllReason : null;
        }
    }
}
