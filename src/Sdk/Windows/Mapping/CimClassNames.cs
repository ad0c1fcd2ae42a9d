namespace IpsecSdk.Windows.Mapping
{
    /// <summary>The real CIM class names of <c>root/StandardCimv2</c> the SDK reads and writes.</summary>
    public static class CimClassNames
    {
        /// <summary>Connection security rule (<c>New-NetIPsecRule</c>).</summary>
        public const string ConSecRule = "MSFT_NetConSecRule";
        /// <summary>Main-mode rule.</summary>
        public const string MMRule = "MSFT_NetMainModeRule";
        /// <summary>Main-mode crypto set.</summary>
        public const string MMCryptoSet = "MSFT_NetIKEMMCryptoSet";
        /// <summary>Main-mode proposal (embedded only).</summary>
        public const string MMCryptoProposal = "MSFT_NetIKEMMCryptoProposal";
        /// <summary>Quick-mode crypto set.</summary>
        public const string QMCryptoSet = "MSFT_NetIKEQMCryptoSet";
        /// <summary>Quick-mode proposal (embedded only).</summary>
        public const string QMCryptoProposal = "MSFT_NetIKEQMCryptoProposal";
        /// <summary>Phase-1 authentication set.</summary>
        public const string Phase1AuthSet = "MSFT_NetIKEP1AuthSet";
        /// <summary>Phase-2 authentication set.</summary>
        public const string Phase2AuthSet = "MSFT_NetIKEP2AuthSet";
        /// <summary>Anonymous / NTLM proposal (embedded only).</summary>
        public const string BasicAuthProposal = "MSFT_NetIKEBasicAuthProposal";
        /// <summary>Certificate proposal (embedded only).</summary>
        public const string CertAuthProposal = "MSFT_NetIKECertAuthProposal";
        /// <summary>Kerberos proposal (embedded only).</summary>
        public const string KerbAuthProposal = "MSFT_NetIKEKerbAuthProposal";
        /// <summary>Pre-shared key proposal (embedded only).</summary>
        public const string PskAuthProposal = "MSFT_NetIKEPSKAuthProposal";
        /// <summary>Address filter of a rule.</summary>
        public const string AddressFilter = "MSFT_NetAddressFilter";
        /// <summary>Protocol and port filter of a rule.</summary>
        public const string ProtocolPortFilter = "MSFT_NetProtocolPortFilter";
        /// <summary>Interface-type filter of a rule.</summary>
        public const string InterfaceTypeFilter = "MSFT_NetInterfaceTypeFilter";
        /// <summary>Global IPsec settings (<c>Set-NetFirewallSetting</c>), one per store.</summary>
        public const string SecuritySettingData = "MSFT_NetSecuritySettingData";
        /// <summary>GPO sessions (static methods only).</summary>
        public const string Gpo = "MSFT_NetGPO";
        /// <summary>Live main-mode SAs.</summary>
        public const string MainModeSA = "MSFT_NetMainModeSA";
        /// <summary>Live quick-mode SAs.</summary>
        public const string QuickModeSA = "MSFT_NetQuickModeSA";
        /// <summary>The registry provider in <c>root/default</c>.</summary>
        public const string StdRegProv = "StdRegProv";

        /// <summary>The stored set and rule classes, in the order they must be created (sets before the rules using them).</summary>
        public static readonly string[] OwnedClassesInCreationOrder =
        {
            MMCryptoSet, QMCryptoSet, Phase1AuthSet, Phase2AuthSet, ConSecRule, MMRule,
        };

        /// <summary>The association linking <paramref name="filterClass"/> to a rule of <paramref name="ruleClass"/>, or null.</summary>
        public static string? FilterAssociation(string ruleClass, string filterClass)
        {
            var prefix = ruleClass == ConSecRule ? "MSFT_NetConSecRule" : ruleClass == MMRule ? "MSFT_NetMainModeRule" : null;
            switch (filterClass)
            {
                case AddressFilter: return prefix == null ? null : prefix + "FilterByAddress";
                case ProtocolPortFilter: return prefix == "MSFT_NetConSecRule" ? prefix + "FilterByProtocolPort" : null;
                case InterfaceTypeFilter: return prefix == "MSFT_NetConSecRule" ? prefix + "FilterByInterfaceType" : null;
                default: return null;
            }
        }

        /// <summary>True for the filter classes, which belong to a rule and are never created or deleted on their own.</summary>
        public static bool IsFilter(string className) => className == AddressFilter || className == ProtocolPortFilter || className == InterfaceTypeFilter;
    }
}
