using OnePlusX.CertificateProjects;

namespace OnePlusX.Policies;

/// <summary>A request to change a planned certificate (变更申请).</summary>
/// <param name="RequestedOn">When it is made; parameters are taken as in force on this day.</param>
/// <param name="Reason">Why the certificate changes.</param>
/// <param name="ToCertificateCode">The certificate that replaces the planned one.</param>
/// <param name="ToLevel">Its level.</param>
/// <param name="NewBudget">The plan item's budget after the change, in yuan.</param>
/// <param name="PlanBudget">The budget the plan was approved with, in yuan.</param>
/// <param name="RegisteredWithCreditBank">Whether the planned certificate is already registered on the national credit-bank platform and approved by the authority.</param>
public sealed record ChangeRequestFacts(
    DateOnly RequestedOn,
    string? Reason,
    string ToCertificateCode,
    CertificateLevel ToLevel,
    decimal NewBudget,
    decimal PlanBudget,
    bool RegisteredWithCreditBank);
