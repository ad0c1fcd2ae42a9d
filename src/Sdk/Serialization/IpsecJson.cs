using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace IpsecSdk.Serialization
{
    /// <summary>JSON reading and writing of policies (System.Text.Json, enums as names, camelCase).</summary>
    public static class IpsecJson
    {
        /// <summary>The serializer options the SDK uses; copy them to extend.</summary>
        public static JsonSerializerOptions Options { get; } = CreateOptions();

        /// <summary>Writes a policy as indented JSON.</summary>
        public static string Serialize(IpsecPolicy policy) => JsonSerializer.Serialize(policy ?? throw new ArgumentNullException(nameof(policy)), Options);

        /// <summary>Reads a policy written by <see cref="Serialize"/>.</summary>
        /// <exception cref="JsonException">The text is not a policy.</exception>
        public static IpsecPolicy Deserialize(string json) =>
            JsonSerializer.Deserialize<IpsecPolicy>(json ?? throw new ArgumentNullException(nameof(json)), Options)
            ?? throw new JsonException("The JSON text holds null, not a policy.");

        private static JsonSerializerOptions CreateOptions()
        {
            var options = new JsonSerializerOptions
            {
                WriteIndented = true,
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            };
            options.Converters.Add(new JsonStringEnumConverter());

            // MakeReadOnly throws unless a resolver is set; the reflection-based default is what Serialize/Deserialize use.
            options.TypeInfoResolver = new DefaultJsonTypeInfoResolver();
            options.MakeReadOnly();
            return options;
        }
    }
}
