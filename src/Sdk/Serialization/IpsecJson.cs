using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using IpsecSdk.Validation;

namespace IpsecSdk.Serialization
{
    /// <summary>JSON reading and writing of policies (System.Text.Json, enums as names, camelCase).</summary>
    public static class IpsecJson
    {
        /// <summary>The serializer options the SDK uses; copy them to extend.</summary>
        public static JsonSerializerOptions Options { get; } = CreateOptions();

        /// <summary>Writes a policy as indented JSON.</summary>
        public static string Serialize(IpsecPolicy policy) => JsonSerializer.Serialize(policy ?? throw new ArgumentNullException(nameof(policy)), Options);

        /// <summary>
        /// Reads a policy written by <see cref="Serialize"/>. JSON is a door in like <c>Build()</c>: only a policy
        /// <c>Build()</c> would accept comes out (<see cref="PolicyGate"/>).
        /// </summary>
        /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
        /// <exception cref="PolicyValidationException">
        /// The text is not a valid policy: malformed JSON, a value of the wrong type, an unknown member or enum name, a
        /// duplicate member (IPSEC113, with the JSON path and line), or a policy <c>Build()</c> would refuse (every problem, each
        /// with its path). Paths are JSON paths without the leading <c>$.</c>, e.g. <c>rules[0].mainMode.proposals[0].integrity</c>.
        /// </exception>
        public static IpsecPolicy Deserialize(string json)
        {
            if (json == null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            IpsecPolicy? policy;
            try
            {
                policy = JsonSerializer.Deserialize<IpsecPolicy>(json, Options);
            }
            catch (JsonException e)
            {
                throw new PolicyValidationException(new[] { JsonProblems.Describe(e) });
            }

            if (policy == null)
            {
                throw new PolicyValidationException(new[] { new Finding(Catalogue.RuleIds.MissingPart, Catalogue.Verdict.Error, "", "The JSON text holds null, not a policy; write an object such as {\"group\": \"Contoso.Servers\", \"rules\": []}.") });
            }

            return PolicyGate.EnsureValid(policy);
        }

        private static JsonSerializerOptions CreateOptions()
        {
            var options = new JsonSerializerOptions
            {
                WriteIndented = true,
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
                // A misspelt member would otherwise be dropped silently and its secure default used instead of what was meant;
                // a repeated one would mean whichever copy the reader kept.
                UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
                AllowDuplicateProperties = false,
            };
            options.Converters.Add(new JsonStringEnumConverter());
            // A read-only options instance must carry its resolver (System.Text.Json 8+ throws otherwise).
            options.MakeReadOnly(populateMissingResolver: true);
            return options;
        }
    }
}
