namespace IpsecSdk.Analyzers
{
    /// <summary>
    /// The contract between the analyzers and the code fixes: keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/>.
    /// A key is present only where it means something; fixers must treat a missing key as "no automatic fix".
    /// </summary>
    internal static class DiagnosticProperties
    {
        /// <summary>
        /// The pack whose verdict set the severity, as written in configuration (<c>default</c>, <c>bsi</c>, <c>nist</c>, <c>cnsa</c>).
        /// Present on every security (IPSEC0xx) diagnostic.
        /// </summary>
        public const string Pack = "Pack";

        /// <summary><c>MainMode</c> or <c>QuickMode</c>: the phase of an integrity, encryption or lifetime choice.</summary>
        public const string Phase = "Phase";

        /// <summary>
        /// What the reported expression chooses: the SDK enum name (<c>Integrity</c>, <c>Encryption</c>,
        /// <c>DiffieHellmanGroup</c>, <c>PfsGroup</c>, <c>Encapsulation</c>, <c>CertificateSigning</c>, <c>KeyModule</c>,
        /// <c>AuthenticationMethod</c>, <c>CertValidationLevel</c>, <c>SecurityAction</c>), or <c>LifetimeMinutes</c> /
        /// <c>LifetimeKilobytes</c> for numbers, <c>NoDefaultExempt</c> for that bool, <c>Name</c>, <c>Address</c> or <c>Port</c> for string literals.
        /// </summary>
        public const string Kind = "Kind";

        /// <summary>
        /// <c>Value</c>: the location is the expression that supplies the value (enum member access, literal), replace it.
        /// <c>Method</c>: the location is the name of a method whose call is the choice (e.g. <c>UseAh</c>,
        /// <c>RequestInboundAndOutbound</c>, <c>AuthenticateWithNtlm</c>); see <see cref="SuggestedMethod"/>.
        /// </summary>
        public const string Shape = "Shape";

        /// <summary>
        /// The replacement the catalogue recommends under the active pack: an enum member name of <see cref="Kind"/>
        /// (e.g. <c>Sha256</c>, <c>AesGmac256</c>, <c>Dh20</c>, <c>Esp</c>) or, for lifetimes, a number of minutes/kilobytes.
        /// For <c>NoDefaultExempt</c>: <c>true</c>. Absent when no single value is a safe replacement.
        /// </summary>
        public const string Suggested = "Suggested";

        /// <summary>
        /// For <see cref="Shape"/> = <c>Method</c>: the name of the method to call instead (e.g. <c>RequireInboundAndOutbound</c>),
        /// or empty when the call should simply be removed (<c>UseAh()</c>: ESP is the default).
        /// </summary>
        public const string SuggestedMethod = "SuggestedMethod";

        /// <summary>
        /// Present when the code states that the reported choice is intended: <c>Boundary</c> for request mode in a declared
        /// boundary zone (<c>AsBoundaryZone()</c>, <c>Zone = IsolationZone.Boundary</c>). No fix is offered then.
        /// </summary>
        public const string Intent = "Intent";

        /// <summary>Shape values.</summary>
        public const string ShapeValue = "Value";

        /// <summary>Shape values.</summary>
        public const string ShapeMethod = "Method";
    }
}
