using IpsecSdk.Validation;

namespace IpsecSdk.Negotiation
{
    /// <summary>The outcome of one IKE negotiation step: the agreed choice, or an IPSEC017 finding.</summary>
    /// <typeparam name="T">What was agreed (a proposal, or a quick-mode agreement).</typeparam>
    public sealed class NegotiationResult<T>
        where T : class
    {
        private NegotiationResult(T? selected, Finding? finding)
        {
            Selected = selected;
            Finding = finding;
        }

        /// <summary>The choice IKE would settle on; null when nothing is in common.</summary>
        public T? Selected { get; }

        /// <summary>The IPSEC017 finding naming both sides' offers; null on success.</summary>
        public Finding? Finding { get; }

        /// <summary>True when the two sides share a proposal.</summary>
        public bool Succeeded => Selected != null;

        internal static NegotiationResult<T> Agreed(T selected) => new NegotiationResult<T>(selected, null);

        internal static NegotiationResult<T> Failed(Finding finding) => new NegotiationResult<T>(null, finding);

        /// <inheritdoc />
        public override string ToString() => Succeeded ? "agreed: " + Selected : Finding!.ToString();
    }
}
