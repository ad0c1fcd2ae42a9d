using System;

namespace IpsecSdk.Windows
{
    /// <summary>The named policy stores of the WFAS provider (<c>-PolicyStore</c>).</summary>
    public static class PolicyStores
    {
        /// <summary>The local persistent store (default for writes).</summary>
        public const string Persistent = "PersistentStore";

        /// <summary>The effective merged policy; read-only.</summary>
        public const string Active = "ActiveStore";

        /// <summary>The resultant set of Group Policy; read-only.</summary>
        public const string Rsop = "RSOP";

        /// <summary>Windows' built-in defaults; read-only.</summary>
        public const string SystemDefaults = "SystemDefaults";

        /// <summary>Windows service hardening rules; read-only.</summary>
        public const string StaticServiceStore = "StaticServiceStore";

        /// <summary>The local computer's GPO.</summary>
        public const string Localhost = "localhost";

        /// <summary>True for the stores no client may write to.</summary>
        public static bool IsReadOnly(string store) =>
            Is(store, Active) || Is(store, Rsop) || Is(store, SystemDefaults) || Is(store, StaticServiceStore);

        /// <summary>True for stores on the machine itself (not a domain GPO).</summary>
        public static bool IsLocal(string store) => store.IndexOf("\\", StringComparison.Ordinal) < 0;

        private static bool Is(string store, string name) => string.Equals(store, name, StringComparison.OrdinalIgnoreCase);
    }
}
