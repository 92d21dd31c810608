namespace OnePlusX.Policies;

/// <summary>The kinds of cost a fee table or an agreed price may contain.</summary>
public enum CostType
{
    TeachingFee = 1,
    ExaminerFee = 2,
    InvigilatorFee = 3,
    ExamStaffFee = 4,
    ExamDutyFee = 5,
    SupervisorFee = 6,
    EquipmentAndConsumables = 7,
    CertificateFee = 8,
    VenueAndEnergy = 9,
    Travel = 10,

    /// <summary>培训师认证费: a trainer certification fee, forbidden by NAT-FEE-1.</summary>
    TrainerCertificationFee = 11,

    /// <summary>考评员认证费: an examiner certification fee, forbidden by NAT-FEE-1.</summary>
    ExaminerCertificationFee = 12,
}

/// <summary>A cost agreed with an organisation or spent on an exam, with its type.</summary>
public sealed record CostItem(CostType Type, string Description, decimal Amount);

/// <summary>
/// One row of a fee table (附件3 / 附件4): who, what, how much of it, at which rate and coefficient, and the amount.
/// </summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.FeeLine")]
public sealed record FeeLine(
    [property: Id(0)] int Number,
    [property: Id(1)] string Name,
    [property: Id(2)] CostType Type,
    [property: Id(3)] string Description,
    [property: Id(4)] decimal Quantity,
    [property: Id(5)] string Unit,
    [property: Id(6)] decimal Rate,
    [property: Id(7)] decimal Coefficient,
    [property: Id(8)] decimal Amount,
    [property: Id(9)] IReadOnlyList<string> RuleIds,
    [property: Id(10)] string? Remarks)
{
    /// <summary>Full-time teaching workload this line counts for (NAT-TRN-2), in class hours; 0 for exam lines.</summary>
    [Id(11)] public decimal WorkloadHours { get; init; }

    /// <summary>Students taught (附件3), when the line is teaching.</summary>
    [Id(12)] public int? Students { get; init; }
}

/// <summary>
/// A computed fee table with the parameters it was computed with, so a later change of rate never rewrites it.
/// </summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.FeeTable")]
public sealed record FeeTable(
    [property: Id(0)] string PolicyCode,
    [property: Id(1)] DateOnly ComputedFor,
    [property: Id(2)] IReadOnlyList<FeeLine> Lines,
    [property: Id(3)] decimal Total,
    [property: Id(4)] string TotalInWords,
    [property: Id(5)] IReadOnlyList<UsedParameter> Parameters,
    [property: Id(6)] IReadOnlyList<string> RuleIds,
    [property: Id(7)] Explanation Explanation)
{
    /// <summary>True when any rate used is a sample default the college has not replaced with its own.</summary>
    public bool UsesSampleParameters => Parameters.Any(p => p.IsSample && !p.SetByTenant);
}
