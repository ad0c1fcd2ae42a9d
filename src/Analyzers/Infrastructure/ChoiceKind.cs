namespace IpsecSdk.Analyzers.Infrastructure
{
    /// <summary>What a constant the analyzers judge chooses; the names are the SDK enum names (see <see cref="DiagnosticProperties.Kind"/>).</summary>
    internal enum ChoiceKind
    {
        None,
        Integrity,
        Encryption,
        DiffieHellmanGroup,
        PfsGroup,
        Encapsulation,
        KeyModule,
        CertificateSigning,
        CertValidationLevel,
        AuthenticationMethod,
        SecurityAction,
        LifetimeMinutes,
        LifetimeKilobytes,
    }
}
