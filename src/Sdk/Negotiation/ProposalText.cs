using System.Collections.Generic;
using System.Linq;

namespace IpsecSdk.Negotiation
{
    /// <summary>Short, netsh-like renderings of proposals for IPSEC017 messages.</summary>
    internal static class ProposalText
    {
        internal static string Of(MainModeProposal proposal) => proposal.KeyExchange + ":" + proposal.Encryption + "-" + proposal.Integrity;

        internal static string Of(QuickModeProposal proposal)
        {
            var ah = "AH:" + proposal.AhIntegrity;
            var esp = "ESP:" + proposal.EspIntegrity + "-" + proposal.Encryption;
            return proposal.Encapsulation == Encapsulation.Ah ? ah : proposal.Encapsulation == Encapsulation.Esp ? esp : ah + "+" + esp;
        }

        internal static string List<T>(IEnumerable<T?> proposals, System.Func<T, string> show)
            where T : class
        {
            var items = proposals.Where(p => p != null).Select(p => show(p!)).ToList();
            return items.Count == 0 ? "[nothing]" : "[" + string.Join(", ", items) + "]";
        }
    }
}
