using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CsCheck;
using IpsecSdk.Serialization;
using IpsecSdk.Tests.Support;

namespace IpsecSdk.Tests.Fuzzing
{
    /// <summary>
    /// Random mutations of valid policy JSON: one to three edits anywhere in the tree, each a null, a value of the wrong
    /// type, an undefined number or enum name, a huge string, deep nesting, a removed or unknown member, or a duplicate key.
    /// </summary>
    internal static class JsonMutations
    {
        internal enum Kind
        {
            Null,
            WrongTypeString,
            WrongTypeNumber,
            WrongTypeBool,
            EmptyObject,
            EmptyArray,
            HugeString,
            DeepNesting,
            Remove,
            UnknownMember,
            UndefinedValue,
            DuplicateKey,
        }

        /// <summary>A mutated text and what was done, for the failure message.</summary>
        internal sealed record Case(string Json, string Edits)
        {
            // The whole text, with the huge strings shortened, so a failure can be replayed from the message.
            public override string ToString() => Edits + " => " + Json.Replace(HugeText, "A*" + HugeText.Length, StringComparison.Ordinal);
        }

        private static readonly Kind[] Kinds = (Kind[])Enum.GetValues(typeof(Kind));

        private static readonly string HugeText = new string('A', 100_000);

        /// <summary>A valid policy's JSON with 1..3 random edits.</summary>
        internal static readonly Gen<Case> Mutated =
            Gen.Select(PolicyGenerators.Policy, Gen.Select(Gen.UInt, Gen.Int[0, Kinds.Length - 1]).Array[1, 3], (policy, edits) => Apply(IpsecJson.Serialize(policy), edits));

        private static Case Apply(string json, (uint Where, int Kind)[] edits)
        {
            var root = JsonNode.Parse(json)!;
            var done = new List<string>();
            var duplicates = new List<(string Marker, JsonObject Target, string Key)>();
            foreach (var (where, kindIndex) in edits)
            {
                var locations = Locations(root).ToList();
                var (parent, key, index) = locations[(int)(where % (uint)locations.Count)];
                var kind = Kinds[kindIndex];
                var current = key != null ? ((JsonObject)parent)[key] : ((JsonArray)parent)[index];
                done.Add(kind + "@" + (key ?? "[" + index + "]"));
                switch (kind)
                {
                    case Kind.Remove:
                        if (key != null)
                        {
                            ((JsonObject)parent).Remove(key);
                        }
                        else
                        {
                            ((JsonArray)parent).RemoveAt(index);
                        }

                        continue;
                    case Kind.UnknownMember:
                        (current as JsonObject ?? parent as JsonObject)?.TryAdd("unexpectedMember", 1);
                        continue;
                    case Kind.DuplicateKey when parent is JsonObject obj && key != null:
                        // JsonObject cannot hold a key twice: mark the place, write the duplicate into the text at the end.
                        var marker = "__duplicate" + duplicates.Count + "__";
                        duplicates.Add((marker, obj, key));
                        continue;
                }

                var replacement = Replacement(kind, current);
                if (key != null)
                {
                    ((JsonObject)parent)[key] = replacement;
                }
                else
                {
                    ((JsonArray)parent)[index] = replacement;
                }
            }

            foreach (var (marker, target, key) in duplicates)
            {
                if (target.ContainsKey(key))
                {
                    target[marker] = null;
                }
            }

            var text = root.ToJsonString();
            foreach (var (marker, target, key) in duplicates)
            {
                if (target.TryGetPropertyValue(key, out var value))
                {
                    text = text.Replace("\"" + marker + "\":null", "\"" + key + "\":" + (value?.ToJsonString() ?? "null"), StringComparison.Ordinal);
                }
            }

            return new Case(text, string.Join(", ", done));
        }

        private static JsonNode? Replacement(Kind kind, JsonNode? current) => kind switch
        {
            Kind.Null => null,
            Kind.WrongTypeString => JsonValue.Create("x"),
            Kind.WrongTypeNumber => JsonValue.Create(12345678),
            Kind.WrongTypeBool => JsonValue.Create(true),
            Kind.EmptyObject => new JsonObject(),
            Kind.EmptyArray => new JsonArray(),
            Kind.HugeString => JsonValue.Create(HugeText),
            Kind.DeepNesting => Nest(200),
            Kind.UndefinedValue => current is JsonValue v && v.TryGetValue<string>(out _) ? JsonValue.Create("NotAValue") : JsonValue.Create(-7),
            _ => current?.DeepClone(),
        };

        private static JsonNode Nest(int depth)
        {
            JsonNode node = JsonValue.Create(1);
            for (var i = 0; i < depth; i++)
            {
                node = new JsonArray(node);
            }

            return node;
        }

        private static IEnumerable<(JsonNode Parent, string? Key, int Index)> Locations(JsonNode node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (key, child) in obj.ToList())
                    {
                        yield return (obj, key, -1);
                        if (child != null)
                        {
                            foreach (var inner in Locations(child))
                            {
                                yield return inner;
                            }
                        }
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        yield return (array, null, i);
                        if (array[i] != null)
                        {
                            foreach (var inner in Locations(array[i]!))
                            {
                                yield return inner;
                            }
                        }
                    }

                    break;
            }
        }
    }
}
