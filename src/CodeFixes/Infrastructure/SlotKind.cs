namespace IpsecSdk.CodeFixes.Infrastructure
{
    /// <summary>Which part of a proposal (or crypto set) an expression supplies.</summary>
    internal enum SlotKind
    {
        /// <summary>Not a proposal slot.</summary>
        None,
        /// <summary>The cipher (main or quick mode).</summary>
        Encryption,
        /// <summary>Main-mode integrity.</summary>
        MainModeIntegrity,
        /// <summary>Quick-mode ESP integrity.</summary>
        EspIntegrity,
        /// <summary>Quick-mode AH integrity.</summary>
        AhIntegrity,
        /// <summary><c>QuickModeProposalBuilder.WithIntegrity</c>: ESP integrity, and AH integrity when AH is used.</summary>
        AllIntegrity,
        /// <summary>Quick-mode encapsulation (ESP, AH, both).</summary>
        Encapsulation,
        /// <summary>Main-mode key-exchange group.</summary>
        KeyExchange,
        /// <summary>Quick-mode PFS group.</summary>
        Pfs,
    }
}
