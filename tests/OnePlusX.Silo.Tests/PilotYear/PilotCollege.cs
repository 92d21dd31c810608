namespace OnePlusX.Silo.Tests.PilotYear;

/// <summary>An approval path a policy gives an item: its approvers in order and the rules that set it.</summary>
public sealed record PathExpectation(string[] Steps, string[] Rules);

/// <summary>One row of a fee table: who or what, cost type, quantity, rate, amount and the rule that priced it.</summary>
public sealed record LineExpectation(string Name, string Type, decimal Quantity, decimal Rate, decimal Amount, string? Rule, decimal Coefficient = 1m);

/// <summary>A fee table (附件3 or 附件4): its policy, rows, total in figures and in capital words, and the rules it cites.</summary>
public sealed record FeeTableExpectation(string PolicyCode, LineExpectation[] Lines, decimal Total, string Words, string[] Rules);

/// <summary>A who-pays decision: payer, each component's fund and amount, the rules (comma-separated) and the Chinese reason.</summary>
public sealed record FundingExpectation(string Payer, (string Fund, string Component, decimal Amount)[] Lines, string Rules, string Chinese);

/// <summary>How the college recognises a certificate in credits (JL-CRD-1, XM-CRD-1, or the college's own figure under NAT-CB-1).</summary>
public enum CreditWay
{
    /// <summary>JL-CRD-1: refused until a programme course is named, then that course's credits.</summary>
    CourseSubstitution,

    /// <summary>XM-CRD-1: 2 credits as a public elective (or innovation practice); granted once per certificate.</summary>
    PublicElective,

    /// <summary>NAT-CB-1: none until 教务处 sets credits per certificate with setPolicyParameter.</summary>
    CollegeSetsCredits,
}

/// <summary>A registration row only some policies have.</summary>
public enum ExtraRegistration
{
    /// <summary>HB-SEL-1: a student the school did not select is refused.</summary>
    UnselectedStudent,

    /// <summary>SD-FUND-1: the secondary college's project budget runs out; the next student is refused.</summary>
    OverBudget,

    /// <summary>XM-ORG-1/XM-FIN-1: an external candidate through the appraisal station, and one with a bad ID number.</summary>
    ExternalCandidates,
}

/// <summary>An exam plan the college's policy refuses before the good one is filed.</summary>
public enum ExamRefusal
{
    None,

    /// <summary>JL-PAY-3: a third invigilator in one room.</summary>
    ThirdInvigilator,

    /// <summary>XM-SCH-1: a second exam in a room already booked.</summary>
    VenueTaken,
}

/// <summary>
/// What one seed college's pilot year looks like and what its policy must decide: who it is and where, what it
/// applies for, the approval paths, the fee tables (附件3 teaching, 附件4 exam work), who pays, the NAT-ISS-1 due
/// day of its fixed issue day (worked out by hand on the official calendar, see <see cref="PilotColleges"/>), credits.
/// </summary>
public sealed record PilotCollege
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>The plugin the silo's settings map the code to, as <c>College.policyCode</c> shows it.</summary>
    public required string Plugin { get; init; }

    public required string Province { get; init; }

    public required string City { get; init; }

    public required string SchoolName { get; init; }

    public required string MajorName { get; init; }

    /// <summary>The main project's certificate, intermediate level, pilot year 2026.</summary>
    public required string Certificate { get; init; }

    /// <summary>Enrolled students' names; their numbers are the code, 26 and 01, 02…</summary>
    public required string[] Students { get; init; }

    public decimal ProjectBudget { get; init; } = 10_000m;

    /// <summary>The day on the annual plan for 2026.</summary>
    public required DateOnly PlanPreparedOn { get; init; }

    /// <summary>SD-PLAN-1: a day outside the autumn window, tried first and refused.</summary>
    public DateOnly? PlanOutsideWindow { get; init; }

    public required PathExpectation PlanPath { get; init; }

    public required PathExpectation ApplicationPath { get; init; }

    public required PathExpectation StationPath { get; init; }

    /// <summary>An application the policy refuses: certificate, level, major, rule.</summary>
    public (string Certificate, string Level, string? Major, string Rule)? RefusedApplication { get; init; }

    /// <summary>A second certificate of the same major (JL-FUND-1's second certificate), applied for with the main one.</summary>
    public (string Certificate, FundingExpectation Funding)? SecondCertificate { get; init; }

    public required string CourseMode { get; init; }

    /// <summary>The course's approval path; null when merged into existing courses (no item).</summary>
    public PathExpectation? CoursePath { get; init; }

    /// <summary>JL-CUR-1: a separate X course for a cohort after 2020 is refused first.</summary>
    public bool RefusesSeparateCourse { get; init; }

    /// <summary>HB-TRN-1: a concentrated training, not allowed until 教务处 approves its plan.</summary>
    public bool ConcentratedTraining { get; init; }

    public required PathExpectation TrainingPath { get; init; }

    /// <summary>Rules the approved training's check must cite.</summary>
    public string[] TrainingCheckRules { get; init; } = [];

    public required FeeTableExpectation TeachingFees { get; init; }

    public ExamRefusal ExamRefusal { get; init; }

    public required PathExpectation ExamPath { get; init; }

    /// <summary>Rules the exam plan's check must cite.</summary>
    public string[] ExamCheckRules { get; init; } = [];

    public required FeeTableExpectation ExamFees { get; init; }

    /// <summary>Who pays for a student's first certificate.</summary>
    public required FundingExpectation Funding { get; init; }

    public ExtraRegistration? Extra { get; init; }

    public required DateOnly RegisteredOn { get; init; }

    /// <summary>The issue day: chosen so that a holiday (and make-up working days) fall in the next 7 working days.</summary>
    public required DateOnly IssuedOn { get; init; }

    /// <summary>The NAT-ISS-1 due day, counted by hand on the official calendar.</summary>
    public required DateOnly PlatformDue { get; init; }

    /// <summary>The rules a refusal to issue to a failed candidate cites (SD-ISS-1; none for the baseline).</summary>
    public string[] FailedIssueRules { get; init; } = [];

    public required CreditWay Credits { get; init; }

    /// <summary>The credits granted, their category and rule.</summary>
    public required (decimal Credits, string Category, string Rule) Credit { get; init; }

    public string ProjectKey => $"{Certificate}-2-2026";

    public string StationCode => $"{Code}-ST1";

    public string Student(int index) => $"{Code}26{index + 1:00}";

    public string UnknownStudent => $"{Code}2699";

    public string CertificateNumber(int index) => $"{Code}-2026-{index + 1:0000}";
}
