using IpsecSdk.Catalogue;

namespace IpsecSdk.Validation
{
    /// <summary>
    /// IPSEC107: numeric ranges MS-FASP and the NetSecurity cmdlets enforce: main-mode lifetime 1..2879 minutes and
    /// MaxSessions 0..2147483647; quick-mode lifetime 5..2879 minutes and 20480..2147483647 KB; SA idle time
    /// 300..3600 seconds.
    /// </summary>
    internal static class LifetimeRules
    {
        internal const int MaxLifetimeMinutes = 2879;
        internal const int MinMainModeMinutes = 1;
        internal const int MinQuickModeMinutes = 5;
        internal const long MinQuickModeKilobytes = 20480;
        internal const long MaxQuickModeKilobytes = 2147483647;
        internal const int MinSaIdleSeconds = 300;
        internal const int MaxSaIdleSeconds = 3600;

        internal static void CheckMainMode(FindingCollector findings, MainModeCryptoSet set, string setPath)
        {
            InRange(findings, set.LifetimeMinutes, MinMainModeMinutes, MaxLifetimeMinutes, PolicyPath.Member(setPath, "lifetimeMinutes"), "minutes");
            InRange(findings, set.MaxSessions, 0, int.MaxValue, PolicyPath.Member(setPath, "maxSessions"), "quick modes per main mode (0 = no limit, 1 = master-key PFS)");
        }

        internal static void CheckQuickMode(FindingCollector findings, QuickModeProposal proposal, string proposalPath)
        {
            InRange(findings, proposal.LifetimeMinutes, MinQuickModeMinutes, MaxLifetimeMinutes, PolicyPath.Member(proposalPath, "lifetimeMinutes"), "minutes");
            InRange(findings, proposal.LifetimeKilobytes, MinQuickModeKilobytes, MaxQuickModeKilobytes, PolicyPath.Member(proposalPath, "lifetimeKilobytes"), "KB");
        }

        internal static void CheckSaIdleTime(FindingCollector findings, int seconds, string path) =>
            InRange(findings, seconds, MinSaIdleSeconds, MaxSaIdleSeconds, path, "seconds");

        private static void InRange(FindingCollector findings, long value, long min, long max, string path, string unit)
        {
            if (value < min || value > max)
            {
                findings.Error(RuleIds.LifetimeOutOfRange, path, path + " is " + Describe.Number(value) + "; allowed: " + Describe.Number(min) + ".." + Describe.Number(max) + " " + unit + ".");
            }
        }
    }
}
