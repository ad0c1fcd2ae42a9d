using System;
using System.Text.Json;
using IpsecSdk.Catalogue;
using IpsecSdk.Validation;

namespace IpsecSdk.Serialization
{
    /// <summary>Turns System.Text.Json's errors into findings with the full path, also from inside nested lists.</summary>
    internal static class JsonProblems
    {
        private const string RelativePathKey = "IpsecSdk.JsonPathBelow";

        /// <summary>
        /// An exception without a path, carrying <paramref name="nested"/>'s path below the current list: System.Text.Json
        /// fills in the path of the list itself when the exception leaves the converter.
        /// </summary>
        public static JsonException BelowHere(JsonException nested)
        {
            var below = Join(nested.Path!, nested.Data[RelativePathKey] as string);  // still from "$": relative to this list
            var rethrown = new JsonException(Message(nested), null, nested.LineNumber, nested.BytePositionInLine, nested);
            rethrown.Data[RelativePathKey] = below;
            return rethrown;
        }

        /// <summary>The finding for a JSON text that is not a policy: where (path, line, position) and what.</summary>
        public static Finding Describe(JsonException e)
        {
            var path = Join(e.Path ?? "$", e.Data[RelativePathKey] as string);
            path = path.StartsWith("$.", StringComparison.Ordinal) ? path.Substring(2) : path.TrimStart('$');
            var where = e.LineNumber == null ? "" : " (line " + (e.LineNumber + 1) + ", position " + (e.BytePositionInLine + 1) + ")";
            return new Finding(RuleIds.MissingPart, Verdict.Error, path, "The JSON text is not a policy at " + (path.Length == 0 ? "the top" : path) + where + ": " + Message(e));
        }

        // "$.rules" + "$[0].id" -> "$.rules[0].id". The finding drops the leading "$.", as the validator's paths have none.
        private static string Join(string path, string? below) => below == null ? path : path + below.Substring(1);

        // System.Text.Json appends " Path: … | LineNumber: … | BytePositionInLine: …" to its own messages: the finding says it once.
        private static string Message(JsonException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
            return cut < 0 ? message : message.Substring(0, cut);
        }
    }
}
