using System;
using System.Collections.Generic;
using IpsecSdk.Windows.Cim;
using IpsecSdk.Windows.Mapping;

namespace IpsecSdk.Windows
{
    /// <summary>
    /// Edits a domain GPO the way <c>Open-NetGPO</c>/<c>Save-NetGPO</c> do: <c>MSFT_NetGPO.Open</c> against a named
    /// domain controller caches the GPO, every operation passes <see cref="Target"/> (the <c>GPOSession</c>
    /// option), and <see cref="Save"/> writes the cache back. Name the domain controller: without one Windows may
    /// pick a read-only DC and the changes are lost. Saving overwrites the whole GPO, including concurrent
    /// edits; the caller must be allowed to edit the GPO.
    /// </summary>
    public sealed class GpoSession
    {
        private readonly ICimGateway _gateway;

        private GpoSession(ICimGateway gateway, string policyStore, string domainController, string session)
        {
            _gateway = gateway;
            PolicyStore = policyStore;
            DomainController = domainController;
            Session = session;
            Target = CimTarget.Gpo(session);
        }

        /// <summary>The GPO, as <c>domain\GPO name</c>.</summary>
        public string PolicyStore { get; }

        /// <summary>The domain controller the GPO was read from and is saved to.</summary>
        public string DomainController { get; }

        /// <summary>The session string <c>MSFT_NetGPO.Open</c> returned.</summary>
        public string Session { get; }

        /// <summary>The target to plan and apply against.</summary>
        public CimTarget Target { get; }

        /// <summary>Opens the GPO <paramref name="policyStore"/> (<c>domain\GPO name</c>) on <paramref name="domainController"/>.</summary>
        /// <exception cref="ArgumentException">The GPO name is not <c>domain\name</c> or no domain controller is given.</exception>
        /// <exception cref="CimGatewayException">Open failed.</exception>
        public static GpoSession Open(ICimGateway gateway, string policyStore, string domainController)
        {
            if (gateway == null)
            {
                throw new ArgumentNullException(nameof(gateway));
            }

            if (string.IsNullOrWhiteSpace(policyStore) || policyStore.IndexOf("\\", StringComparison.Ordinal) <= 0)
            {
                throw new ArgumentException("The GPO must be given as 'domain\\GPO name' (e.g. contoso.com\\IPsec), not '" + policyStore + "'.", nameof(policyStore));
            }

            if (string.IsNullOrWhiteSpace(domainController))
            {
                throw new ArgumentException("Name a writable domain controller: without one, Open may use a read-only DC and Save would lose the changes.", nameof(domainController));
            }

            var result = gateway.InvokeStatic(CimTarget.Live, CimClassNames.Gpo, "Open", new List<CimPropertyValue>
            {
                new CimPropertyValue("PolicyStore", CimValueType.String, policyStore),
                new CimPropertyValue("DomainController", CimValueType.String, domainController),
            });
            if (result.ReturnValue != 0 || !(result["GPOSession"] is string session) || session.Length == 0)
            {
                throw new CimGatewayException("MSFT_NetGPO.Open('" + policyStore + "', '" + domainController + "') returned " + result.ReturnValue + " without a GPOSession.");
            }

            return new GpoSession(gateway, policyStore, domainController, session);
        }

        /// <summary>Writes the cached GPO back to the domain controller.</summary>
        /// <exception cref="CimGatewayException">Save failed.</exception>
        public void Save()
        {
            var result = _gateway.InvokeStatic(CimTarget.Live, CimClassNames.Gpo, "Save", new List<CimPropertyValue>
            {
                new CimPropertyValue("GPOSession", CimValueType.String, Session),
            });
            if (result.ReturnValue != 0)
            {
                throw new CimGatewayException("MSFT_NetGPO.Save for GPO '" + PolicyStore + "' on " + DomainController + " returned " + result.ReturnValue + ".");
            }
        }
    }
}
