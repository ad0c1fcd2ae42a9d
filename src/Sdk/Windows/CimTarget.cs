using System;

namespace IpsecSdk.Windows
{
    /// <summary>
    /// Where a gateway operation acts: a CIM namespace plus either a policy store (sent as the
    /// <c>PolicyStore</c> custom operation option) or an open GPO session (the <c>GPOSession</c> option).
    /// With neither, the provider's default applies (used for live security associations).
    /// </summary>
    public sealed record CimTarget
    {
        private CimTarget(string cimNamespace, string? policyStore, string? gpoSession)
        {
            Namespace = cimNamespace;
            PolicyStore = policyStore;
            GpoSession = gpoSession;
        }

        /// <summary>The WFAS provider's namespace.</summary>
        public const string StandardCimv2 = "root/StandardCimv2";

        /// <summary>The namespace of <c>StdRegProv</c>.</summary>
        public const string RootDefault = "root/default";

        /// <summary>The CIM namespace.</summary>
        public string Namespace { get; }

        /// <summary>The policy store (e.g. <c>PersistentStore</c>, <c>ActiveStore</c>, <c>contoso.com\IPsec GPO</c>), or null.</summary>
        public string? PolicyStore { get; }

        /// <summary>The GPO session string returned by <c>MSFT_NetGPO.Open</c>, or null.</summary>
        public string? GpoSession { get; }

        /// <summary>The local persistent store: what <c>New-NetIPsecRule</c> writes by default.</summary>
        public static CimTarget PersistentStore { get; } = Store(PolicyStores.Persistent);

        /// <summary>No store option: the provider's default (live SAs, <c>StdRegProv</c>).</summary>
        public static CimTarget Live { get; } = new CimTarget(StandardCimv2, null, null);

        /// <summary>A policy store in <c>root/StandardCimv2</c>.</summary>
        /// <exception cref="ArgumentException">The name is empty.</exception>
        public static CimTarget Store(string policyStore)
        {
            if (string.IsNullOrWhiteSpace(policyStore))
            {
                throw new ArgumentException("PolicyStore must name a store (PersistentStore, ActiveStore, localhost, or domain\\GPO name).", nameof(policyStore));
            }

            return new CimTarget(StandardCimv2, policyStore, null);
        }

        /// <summary>An open GPO session (see <see cref="GpoSession"/>).</summary>
        /// <exception cref="ArgumentException">The session string is empty.</exception>
        public static CimTarget Gpo(string gpoSession)
        {
            if (string.IsNullOrWhiteSpace(gpoSession))
            {
                throw new ArgumentException("GPOSession must be the string MSFT_NetGPO.Open returned.", nameof(gpoSession));
            }

            return new CimTarget(StandardCimv2, null, gpoSession);
        }

        /// <summary>The same store options in another namespace.</summary>
        public CimTarget InNamespace(string cimNamespace) => new CimTarget(cimNamespace ?? throw new ArgumentNullException(nameof(cimNamespace)), PolicyStore, GpoSession);

        /// <summary>A namespace with no store option (for <c>StdRegProv</c> in <c>root/default</c>).</summary>
        public static CimTarget Namespaced(string cimNamespace) => new CimTarget(cimNamespace ?? throw new ArgumentNullException(nameof(cimNamespace)), null, null);

        /// <summary>True when writing to the machine's registry through <c>StdRegProv</c> reaches the same place as this target (local stores, not GPOs).</summary>
        public bool IsMachineStore => GpoSession == null && PolicyStore != null && (PolicyStores.IsLocal(PolicyStore));

        /// <inheritdoc />
        public override string ToString() => Namespace + (PolicyStore != null ? " PolicyStore=" + PolicyStore : "") + (GpoSession != null ? " GPOSession=" + GpoSession : "");
    }
}
