namespace IpsecSdk.Windows.Planning
{
    /// <summary>Where an apply is: a step started, was verified, or is being undone after a failure.</summary>
    public enum ApplyStage
    {
        /// <summary>The step is being written.</summary>
        Applying,
        /// <summary>The step was written and read back correctly.</summary>
        Verified,
        /// <summary>The step is being undone after a failure.</summary>
        Undoing,
    }

    /// <summary>Progress of <see cref="PolicyApplier"/>: step number (1-based), total and what happens.</summary>
    public sealed record ApplyProgress(int Step, int Total, PlannedChange Change, ApplyStage Stage)
    {
        /// <summary>Share of the plan done, 0..1.</summary>
        public double Fraction => Total == 0 ? 1 : (double)(Stage == ApplyStage.Applying ? Step - 1 : Step) / Total;

        /// <inheritdoc />
        public override string ToString() => "[" + Step + "/" + Total + "] " + Stage + " " + Change;
    }
}
