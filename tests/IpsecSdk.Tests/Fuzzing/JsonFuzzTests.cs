using System;
using System.Threading.Tasks;
using CsCheck;
using IpsecSdk.Serialization;
using IpsecSdk.Validation;
using Xunit;

namespace IpsecSdk.Tests.Fuzzing
{
    /// <summary>
    /// The JSON door under random mutation: whatever the text, <c>IpsecJson.Deserialize</c> ends in a policy <c>Build()</c>
    /// accepts, whose artifacts every consumer reads as meant, or in one <see cref="PolicyValidationException"/> whose
    /// findings all carry a rule ID and a message; never another exception, never a hang.
    /// </summary>
    public sealed class JsonFuzzTests
    {
        /// <summary>Generous: a sample takes milliseconds; only a hang (a loop, exponential backtracking) comes near it.</summary>
        private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

        [Fact]
        public void Mutated_policy_json_is_accepted_as_valid_or_refused_with_typed_findings()
        {
            var outcomes = new int[2];
            JsonMutations.Mutated.Sample(mutated => WithinHangLimit(() =>
            {
                IpsecPolicy policy;
                try
                {
                    policy = IpsecJson.Deserialize(mutated.Json);
                }
                catch (PolicyValidationException refused)
                {
                    Assert.NotEmpty(refused.Findings);
                    Assert.All(refused.Findings, f => Assert.True(f.RuleId.StartsWith("IPSEC", StringComparison.Ordinal) && f.Message.Length > 0 && f.Severity == Catalogue.Verdict.Error, f.ToString()));
                    System.Threading.Interlocked.Increment(ref outcomes[0]);
                    return;
                }

                Assert.Empty(PolicyValidator.Validate(policy));
                ArtifactChecks.AllConsumersReadOnlyWhatWasMeant(policy);
                System.Threading.Interlocked.Increment(ref outcomes[1]);
            }), iter: 3000);

            // Both ends were reached (measured: about 2,800 refused and 175 accepted of 3,000, e.g. a flag flipped to true).
            Assert.True(outcomes[0] > 1000 && outcomes[1] > 0, "refused " + outcomes[0] + ", accepted " + outcomes[1]);
        }

        internal static void WithinHangLimit(Action sample)
        {
            var run = Task.Run(sample);
            if (!run.Wait(HangLimit))
            {
                throw new TimeoutException("A sample did not finish within " + HangLimit.TotalSeconds + " s: a hang.");
            }
        }
    }
}
