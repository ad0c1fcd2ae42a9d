namespace IpsecSdk.Catalogue
{
    /// <summary>The family of a rule, given by the hundreds digit of its ID.</summary>
    public enum RuleCategory
    {
        /// <summary>IPSEC0xx: what a security baseline judges; the severity depends on the pack.</summary>
        Security = 0,
        /// <summary>IPSEC1xx: what Windows would reject (MS-FASP); always an error.</summary>
        Validity = 1,
        /// <summary>IPSEC2xx: code hygiene around the rules themselves.</summary>
        Hygiene = 2,
    }
}
