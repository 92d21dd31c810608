using System.Globalization;
using OnePlusX.Approvals;
using OnePlusX.CertificateProjects;
using OnePlusX.Policies;
using OnePlusX.Tenancy;

namespace OnePlusX.AnnualPlans;

/// <summary>The key of a secondary college's annual plan: <c>{tenant}/plan-{school}-{year}</c>.</summary>
public static class AnnualPlanKey
{
    public static string Local(string schoolCode, int year) => $"plan-{schoolCode}-{year.ToString(CultureInfo.InvariantCulture)}";

    public static string For(TenantId tenant, string schoolCode, int year) => GrainKey.For(tenant, Local(schoolCode, year));
}

/// <summary>One certificate in the plan (证书考核计划): certificate, level, candidates and budget indicator.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.PlannedCertificate")]
public sealed record PlannedCertificate(
    [property: Id(0)] string CertificateCode,
    [property: Id(1)] CertificateLevel Level,
    [property: Id(2)] int Candidates,
    [property: Id(3)] decimal Budget);

/// <summary>
/// Drafts or revises the plan (SD-PLAN-1): its items, the approved pilot scale it must stay within, last year's executed
/// budget if any, and the date on the plan (编报日期; parameters are taken as in force on it).
/// </summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.DraftAnnualPlan")]
public sealed record DraftAnnualPlan(
    [property: Id(0)] IReadOnlyList<PlannedCertificate> Items,
    [property: Id(1)] int PilotScale,
    [property: Id(2)] decimal? PreviousYearExecutedBudget,
    [property: Id(3)] DateOnly PreparedOn);

/// <summary>Asks the leading group to allow a plan beyond its scale or last year's budget (SD-BUD-1).</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.RequestBudgetException")]
public sealed record RequestBudgetException([property: Id(0)] string Reason);

/// <summary>Asks to change a planned certificate after the plan was approved (SD-CHG-1).</summary>
/// <param name="Code">A code for the request, unique within the plan.</param>
/// <param name="ItemIndex">Which planned certificate (0-based).</param>
/// <param name="ToCertificateCode">The certificate that replaces it.</param>
/// <param name="ToLevel">Its level.</param>
/// <param name="NewBudget">The item's budget after the change.</param>
/// <param name="Reason">Why.</param>
/// <param name="RegisteredWithCreditBank">The planned certificate is registered with the credit bank and approved.</param>
/// <param name="RequestedOn">The date of the request.</param>
[GenerateSerializer, Immutable, Alias("OnePlusX.RequestPlanChange")]
public sealed record RequestPlanChange(
    [property: Id(0)] string Code,
    [property: Id(1)] int ItemIndex,
    [property: Id(2)] string ToCertificateCode,
    [property: Id(3)] CertificateLevel ToLevel,
    [property: Id(4)] decimal NewBudget,
    [property: Id(5)] string Reason,
    [property: Id(6)] bool RegisteredWithCreditBank,
    [property: Id(7)] DateOnly RequestedOn);

/// <summary>A change request and its approval; once approved, the plan's item is replaced.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.PlanChange")]
public sealed record PlanChange(
    [property: Id(0)] RequestPlanChange Request,
    [property: Id(1)] PolicyDecision Check,
    [property: Id(2)] Approval Approval);

/// <summary>A secondary college's annual plan as seen from outside its grain.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.AnnualPlanDetails")]
public sealed record AnnualPlanDetails(
    [property: Id(0)] string Key,
    [property: Id(1)] string SchoolCode,
    [property: Id(2)] int Year,
    [property: Id(3)] IReadOnlyList<PlannedCertificate> Items,
    [property: Id(4)] int PilotScale,
    [property: Id(5)] decimal? PreviousYearExecutedBudget,
    [property: Id(6)] DateOnly PreparedOn,
    [property: Id(7)] PolicyDecision Check,
    [property: Id(8)] Approval Approval,
    [property: Id(9)] Approval? BudgetException,
    [property: Id(10)] string? BudgetExceptionReason,
    [property: Id(11)] IReadOnlyList<PlanChange> Changes,
    [property: Id(12)] int Version);
