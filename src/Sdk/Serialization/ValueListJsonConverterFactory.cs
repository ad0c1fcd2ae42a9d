using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IpsecSdk.Serialization
{
    /// <summary>Reads and writes <see cref="ValueList{T}"/> as a JSON array.</summary>
    public sealed class ValueListJsonConverterFactory : JsonConverterFactory
    {
        /// <inheritdoc />
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ValueList<>);

        /// <inheritdoc />
        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        {
            var element = typeToConvert.GetGenericArguments()[0];
            return (JsonConverter)Activator.CreateInstance(typeof(ValueListConverter<>).MakeGenericType(element))!;
        }

        private sealed class ValueListConverter<T> : JsonConverter<ValueList<T>>
        {
            public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            {
                try
                {
                    var items = JsonSerializer.Deserialize<List<T>>(ref reader, options);
                    return items == null ? ValueList<T>.Empty : new ValueList<T>(items);
                }
                catch (JsonException e) when (e.Path != null)
                {
                    // The nested read starts its own path at $: pass on the part below this list, the outer read adds where the list is.
                    throw JsonProblems.BelowHere(e);
                }
            }

            public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options) =>
                JsonSerializer.Serialize<IEnumerable<T>>(writer, value, options);
        }
    }
}
