using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>IPSEC114 on the local and remote address lists of a rule (schema 1.8; no multicast per MS-FASP).</summary>
    internal static class AddressRules
    {
        internal static void Check(FindingCollector findings, ConnectionSecurityRule rule, string rulePath)
        {
            CheckList(findings, rule.LocalAddresses, PolicyPath.Member(rulePath, "localAddresses"));
            CheckList(findings, rule.RemoteAddresses, PolicyPath.Member(rulePath, "remoteAddresses"));
        }

        private static void CheckList(FindingCollector findings, ValueList<string>? addresses, string path)
        {
            if (addresses is null)
            {
                findings.Error(RuleIds.InvalidName, path, path + " is null; use an empty list to mean any address.");
                return;
            }

            for (var i = 0; i < addresses.Count; i++)
            {
                var itemPath = PolicyPath.Index(path, i);
                var text = addresses[i];
                if (text is null)
                {
                    findings.Error(RuleIds.InvalidAddressOrPort, itemPath, itemPath + " is null; give an address, subnet, range or keyword.");
                    continue;
                }

                var literal = AddressLiteral.Parse(text, out var problem);
                if (literal is null)
                {
                    findings.Error(RuleIds.InvalidAddressOrPort, itemPath, itemPath + " is " + Describe.Text(text) + ": " + problem + ".");
                }
                else if (literal.IsKeyword("Any") && addresses.Count > 1)
                {
                    findings.Error(RuleIds.InvalidAddressOrPort, itemPath, itemPath + " is 'Any' in a list of " + addresses.Count + " entries; 'Any' may only stand alone (or leave the list empty).");
                }
            }
        }
    }
}
