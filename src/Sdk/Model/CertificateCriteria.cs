namespace IpsecSdk
{
    /// <summary>Certificate selection / validation criteria of a certificate proposal (Windows 8+).</summary>
    public sealed record CertificateCriteria
    {
        /// <summary>Subject name to match.</summary>
        public string? SubjectName { get; init; }

        /// <summary>Which name field <see cref="SubjectName"/> matches.</summary>
        public CertificateNameType SubjectNameType { get; init; } = CertificateNameType.None;

        /// <summary>Extended key usages (OIDs) required; at most 100.</summary>
        public ValueList<string> ExtendedKeyUsages { get; init; } = ValueList<string>.Empty;

        /// <summary>Certificate thumbprint (SHA-1 hex) to match.</summary>
        public string? Thumbprint { get; init; }

        /// <summary>Follow certificate renewal.</summary>
        public bool FollowRenewal { get; init; }

        /// <summary>Use the criteria to select the local certificate.</summary>
        public bool Selection { get; init; } = true;

        /// <summary>Use the criteria to validate the peer's certificate.</summary>
        public bool Validation { get; init; } = true;
    }
}
