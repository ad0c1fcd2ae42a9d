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
            foreach (var entry in LiteralLists.Entries(findings, addresses, path, "any address", "an address, subnet, range or keyword"))
            {
                var literal = AddressLiteral.Parse(entry.Value, out var problem);
                if (literal is null)
                {
                    findings.Error(RuleIds.InvalidAddressOrPort, entry.Key, entry.Key + " is " + Describe.Text(entry.Value) + ": " + problem + ".");
                }
                else if (literal.IsKeyword("Any") && addresses!.Count > 1)
                {
                    LiteralLists.AnyAlone(findings, entry.Key, addresses.Count);
                }
            }
        }
    }
}
