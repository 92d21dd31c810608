namespace OnePlusX.Policies;

/// <summary>A project's money at its close: what came in and what it cost.</summary>
/// <param name="ClosedOn">When the accounts close; parameters are taken as in force on this day.</param>
/// <param name="Revenue">Training and exam fees collected.</param>
/// <param name="ExamAndTrainingCosts">All exam and training costs (考务考培费用).</param>
/// <param name="VenueEnergyCosts">Venue and energy costs (场地能耗费用).</param>
public sealed record ProfitFacts(DateOnly ClosedOn, decimal Revenue, decimal ExamAndTrainingCosts, decimal VenueEnergyCosts);

/// <summary>The profit left and the secondary college's share of it.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.ProfitShare")]
public sealed record ProfitShare(
    [property: Id(0)] decimal Profit,
    [property: Id(1)] decimal SchoolShare,
    [property: Id(2)] IReadOnlyList<string> RuleIds,
    [property: Id(3)] Explanation Explanation,
    [property: Id(4)] IReadOnlyList<UsedParameter> Parameters);
