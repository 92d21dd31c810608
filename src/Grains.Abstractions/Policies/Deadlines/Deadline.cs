namespace OnePlusX.Policies;

/// <summary>The deadlines a policy computes.</summary>
public enum DeadlineKind
{
    /// <summary>Entry into the national certificate platform after issue (NAT-ISS-1): working days.</summary>
    CertificatePlatformEntry = 1,

    /// <summary>Credit-record proposal to the national credit bank after publication (NAT-CB-1): months.</summary>
    CreditBankProposal = 2,

    /// <summary>Latest day to file an added course with 教务处 before it starts (JL-CUR-2).</summary>
    CourseFiling = 3,
}

/// <summary>A computed deadline.</summary>
/// <param name="Kind">Which deadline.</param>
/// <param name="From">The day it counts from (issue, publication, or course start).</param>
/// <param name="Due">The last day that is still on time.</param>
/// <param name="Provisional">The working-day calendar does not yet cover a day it needed; the date may move.</param>
/// <param name="RuleIds">The rules that produced it.</param>
/// <param name="Explanation">Why, in both languages.</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.Deadline")]
public sealed record Deadline(
    [property: Id(0)] DeadlineKind Kind,
    [property: Id(1)] DateOnly From,
    [property: Id(2)] DateOnly Due,
    [property: Id(3)] bool Provisional,
    [property: Id(4)] IReadOnlyList<string> RuleIds,
    [property: Id(5)] Explanation Explanation);
