using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace IpsecSdk.Tests.Windows
{
    /// <summary>The WFAS class reference (src/Sdk/Windows/Testing/wfascim-classes.json, copied to Fixtures/), read as a file, not through the SDK.</summary>
    internal static class WfasFixture
    {
        private static readonly Lazy<JsonElement> Root = new Lazy<JsonElement>(() =>
            JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "wfascim-classes.json"))).RootElement);

        public static JsonElement Classes => Root.Value.GetProperty("classes");

        public static IReadOnlyList<string> Caveats => Root.Value.GetProperty("caveats").EnumerateArray().Select(c => c.GetString()!).ToList();

        public static bool TryClass(string name, out JsonElement cls) => Classes.TryGetProperty(name, out cls);

        public static bool TryProperty(string className, string property, out JsonElement info)
        {
            info = default;
            return TryClass(className, out var cls) && cls.TryGetProperty("properties", out var props) && props.TryGetProperty(property, out info);
        }

        public static bool DerivesFrom(string className, string baseName)
        {
            for (var name = className; name != null;)
            {
                if (name == baseName)
                {
                    return true;
                }

                name = TryClass(name, out var cls) && cls.TryGetProperty("base", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : null;
            }

            return false;
        }
    }
}
