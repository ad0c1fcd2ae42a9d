using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Runtime.Versioning;
using IpsecSdk.Windows.Cim;
using IpsecSdk.Windows.Mapping;
using Microsoft.Management.Infrastructure;
using Microsoft.Management.Infrastructure.Options;

namespace IpsecSdk.Windows.Mi
{
    /// <summary>
    /// The real gateway: a CIM session (local, remote WS-Man or DCOM, optionally with credentials) to the WFAS
    /// provider in <c>root/StandardCimv2</c>, passing <c>PolicyStore</c> or <c>GPOSession</c> as custom operation
    /// options. Windows only: elsewhere every entry point throws <see cref="PlatformNotSupportedException"/>
    /// saying to export a PowerShell script instead.
    /// </summary>
    [SupportedOSPlatform("windows")]
    public sealed class MiCimGateway : ICimGateway, IDisposable
    {
        private readonly CimSession _session;

        private MiCimGateway(CimSession session) => _session = session;

        /// <summary>A session to the local machine.</summary>
        /// <exception cref="PlatformNotSupportedException">Not on Windows.</exception>
        public static MiCimGateway ConnectLocal()
        {
            WindowsOnly.Ensure();
            return new MiCimGateway(CimSession.Create(null));
        }

        /// <summary>A session to <paramref name="computerName"/> over WS-Man or DCOM, as the current user or with <paramref name="credential"/>.</summary>
        /// <exception cref="PlatformNotSupportedException">Not on Windows.</exception>
        /// <exception cref="ArgumentException">No computer name, or <see cref="MiProtocol.Local"/> with a computer name.</exception>
        public static MiCimGateway ConnectRemote(string computerName, MiProtocol protocol = MiProtocol.WsMan, NetworkCredential? credential = null)
        {
            WindowsOnly.Ensure();
            if (string.IsNullOrWhiteSpace(computerName))
            {
                throw new ArgumentException("Name the remote computer (host name or address).", nameof(computerName));
            }

            CimSessionOptions options;
            switch (protocol)
            {
                case MiProtocol.WsMan: options = new WSManSessionOptions(); break;
                case MiProtocol.Dcom: options = new DComSessionOptions(); break;
                default: throw new ArgumentException("A remote session uses WsMan or Dcom, not " + protocol + ".", nameof(protocol));
            }

            if (credential != null)
            {
                options.AddDestinationCredentials(new CimCredential(PasswordAuthenticationMechanism.Default, credential.Domain ?? "", credential.UserName, credential.SecurePassword));
            }

            return new MiCimGateway(CimSession.Create(computerName, options));
        }

        /// <inheritdoc />
        public IReadOnlyList<CimInstanceDescription> Enumerate(CimTarget target, string className)
        {
            WindowsOnly.Ensure();
            using (var options = Options(target))
            {
                return Run("enumerate " + className, target, () => _session.EnumerateInstances(target.Namespace, className, options)
                    .Select(i => MiValues.ToDescription(i, KeyOf(i, className))).ToList());
            }
        }

        /// <inheritdoc />
        public CimInstanceDescription? Get(CimTarget target, CimObjectKey key)
        {
            WindowsOnly.Ensure();
            using (var options = Options(target))
            {
                return Run("get " + key, target, () =>
                {
                    var native = Find(target, key, options);
                    return native == null ? null : MiValues.ToDescription(native, key);
                });
            }
        }

        /// <inheritdoc />
        public void Create(CimTarget target, CimInstanceDescription instance)
        {
            WindowsOnly.Ensure();
            using (var options = Options(target))
            {
                Run("create " + instance.Key, target, () => _session.CreateInstance(target.Namespace, MiValues.ToInstance(instance, target.Namespace), options));
            }
        }

        /// <inheritdoc />
        public void Modify(CimTarget target, CimInstanceDescription instance)
        {
            WindowsOnly.Ensure();
            var key = instance.Key ?? throw new ArgumentException("Modify needs an instance with a key.", nameof(instance));
            using (var options = Options(target))
            {
                Run("modify " + key, target, () =>
                {
                    var native = Find(target, key, options) ?? throw new CimGatewayException(key + " does not exist at " + target + ".");
                    foreach (var property in instance.Properties.Where(p => p.Name != "InstanceID"))
                    {
                        var existing = native.CimInstanceProperties[property.Name];
                        if (existing != null)
                        {
                            existing.Value = MiValues.ToMi(property.Value, target.Namespace);
                        }
                        else
                        {
                            native.CimInstanceProperties.Add(MiValues.ToProperty(property, target.Namespace));
                        }
                    }

                    return _session.ModifyInstance(target.Namespace, native, options);
                });
            }
        }

        /// <inheritdoc />
        public void Delete(CimTarget target, CimObjectKey key)
        {
            WindowsOnly.Ensure();
            using (var options = Options(target))
            {
                Run("delete " + key, target, () =>
                {
                    var native = Find(target, key, options) ?? throw new CimGatewayException(key + " does not exist at " + target + ".");
                    _session.DeleteInstance(target.Namespace, native, options);
                    return true;
                });
            }
        }

        /// <inheritdoc />
        public Cim.CimMethodResult InvokeStatic(CimTarget target, string className, string methodName, IReadOnlyList<CimPropertyValue> inParameters)
        {
            WindowsOnly.Ensure();
            using (var options = Options(target))
            {
                return Run(className + "." + methodName, target, () =>
                {
                    var parameters = new CimMethodParametersCollection();
                    foreach (var p in inParameters)
                    {
                        parameters.Add(CimMethodParameter.Create(p.Name, MiValues.ToMi(p.Value, target.Namespace), (CimType)(int)p.Type, p.Value == null ? CimFlags.NullValue : CimFlags.None));
                    }

                    var result = _session.InvokeMethod(target.Namespace, className, methodName, parameters, options);
                    var returnValue = Convert.ToUInt32(result.ReturnValue?.Value ?? 0u, System.Globalization.CultureInfo.InvariantCulture);
                    var outputs = MiValues.FromProperties(result.OutParameters.Select(o => (o.Name, o.CimType, (object?)o.Value)));
                    return new Cim.CimMethodResult(returnValue, outputs);
                });
            }
        }

        /// <summary>Closes the CIM session.</summary>
        public void Dispose() => _session?.Dispose();

        private static CimOperationOptions Options(CimTarget target)
        {
            var options = new CimOperationOptions();
            if (target.PolicyStore != null)
            {
                options.SetCustomOption("PolicyStore", target.PolicyStore, false);
            }

            if (target.GpoSession != null)
            {
                options.SetCustomOption("GPOSession", target.GpoSession, false);
            }

            return options;
        }

        private static CimObjectKey? KeyOf(CimInstance instance, string className) =>
            className == CimClassNames.SecuritySettingData ? CimPolicyWriter.SettingsKey :
            instance.CimInstanceProperties["InstanceID"]?.Value is string id ? new CimObjectKey(className, id) : null;

        private static T Run<T>(string operation, CimTarget target, Func<T> action)
        {
            try
            {
                return action();
            }
            catch (CimException e)
            {
                throw new CimGatewayException("CIM " + operation + " at " + target + " failed: " + e.NativeErrorCode + " " + e.Message, e);
            }
        }

        private static string WqlEscape(string text)
        {
            var escaped = new System.Text.StringBuilder(text.Length + 8);
            foreach (var c in text)
            {
                if (c == '\\' || c == '\'')
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }

            return escaped.ToString();
        }

        private CimInstance? Find(CimTarget target, CimObjectKey key, CimOperationOptions options)
        {
            if (key.Owner != null)
            {
                // Filters have no ID of their own: navigate the association from their rule (reference 6, SIMCIM pattern).
                var owner = Find(target, key.Owner, options);
                var association = CimClassNames.FilterAssociation(key.Owner.ClassName, key.ClassName)
                    ?? throw new CimGatewayException("No association links " + key.Owner.ClassName + " to " + key.ClassName + ".");
                return owner == null ? null : _session.EnumerateAssociatedInstances(target.Namespace, owner, association, key.ClassName, "GroupComponent", "PartComponent", options).FirstOrDefault();
            }

            if (key.ClassName == CimClassNames.SecuritySettingData)
            {
                return _session.EnumerateInstances(target.Namespace, key.ClassName, options).FirstOrDefault();
            }

            var query = "SELECT * FROM " + key.ClassName + " WHERE InstanceID = '" + WqlEscape(key.InstanceId) + "'";
            return _session.QueryInstances(target.Namespace, "WQL", query, options).FirstOrDefault();
        }
    }
}
