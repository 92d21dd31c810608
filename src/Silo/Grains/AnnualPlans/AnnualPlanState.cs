using OnePlusX.AnnualPlans;
using OnePlusX.Approvals;
using OnePlusX.Policies;
using OnePlusX.Silo.ReadModels;

namespace OnePlusX.Silo.Grains.AnnualPlans;

[GenerateSerializer, Alias("OnePlusX.Silo.AnnualPlanState")]
internal sealed record AnnualPlanState
{
    [Id(0)] public string SchoolCode { get; init; } = "";
    [Id(1)] public int Year { get; init; }
    [Id(2)] public IReadOnlyList<PlannedCertificate> Items { get; init; } = [];
    [Id(3)] public int PilotScale { get; init; }
    [Id(4)] public decimal? PreviousYearExecutedBudget { get; init; }
    [Id(5)] public DateOnly PreparedOn { get; init; }
    [Id(6)] public PolicyDecision Check { get; init; } = PolicyDecision.Allow("", "");
    [Id(7)] public Approval Plan { get; init; } = null!;
    [Id(8)] public Approval? Exception { get; init; }
    [Id(9)] public string? ExceptionReason { get; init; }
    [Id(10)] public IReadOnlyList<PlanChange> Changes { get; init; } = [];
    [Id(11)] public AuditEntry? LastChange { get; init; }

    /// <summary>Whether the leading group approved an exception (SD-BUD-1).</summary>
    public bool ExceptionApproved => Exception?.Status == ApprovalStatus.Approved;
}
