using System;

namespace IpsecSdk.Catalogue
{
    /// <summary>Names of the packs, as written in <c>.editorconfig</c>, MSBuild and command lines.</summary>
    public static class BaselinePacks
    {
        /// <summary>The pack names accepted by <see cref="TryParse"/>, in pack order.</summary>
        public static readonly string[] Names = { "default", "bsi", "nist", "cnsa" };

        /// <summary>The lower-case name of a pack.</summary>
        public static string Name(BaselinePack pack) => Names[(int)pack];

        /// <summary>Reads a pack name (case-insensitive, surrounding white space ignored).</summary>
        public static bool TryParse(string? text, out BaselinePack pack)
        {
            var name = text?.Trim();
            for (var i = 0; i < Names.Length; i++)
            {
                if (string.Equals(Names[i], name, StringComparison.OrdinalIgnoreCase))
                {
                    pack = (BaselinePack)i;
                    return true;
                }
            }

            pack = BaselinePack.Default;
            return false;
        }

        /// <summary>Reads a pack name or throws an exception that lists the valid names.</summary>
        public static BaselinePack Parse(string? text)
        {
            if (TryParse(text, out var pack))
            {
                return pack;
            }

            throw new ArgumentException("Unknown baseline '" + text + "'. Allowed: " + string.Join(", ", Names) + ".", nameof(text));
        }
    }
}
