namespace IpsecSdk.Windows.Planning
{
    /// <summary>The outcome of a successful apply.</summary>
    public sealed record ApplyResult(ChangePlan Plan, int StepsApplied);
}
