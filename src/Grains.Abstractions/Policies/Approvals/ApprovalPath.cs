namespace OnePlusX.Policies;

/// <summary>What is being approved.</summary>
public enum ApprovalSubject
{
    AnnualPlan = 1,
    ProjectApplication = 2,
    BudgetException = 3,
    ChangeRequest = 4,
    StationApplication = 5,
    CourseAddition = 6,
    TrainingPlan = 7,
    ExamFiling = 8,
    ExternalCandidateEnrolment = 9,
}

/// <summary>Who approves a step.</summary>
public enum Approver
{
    /// <summary>二级学院: the secondary college reviews what its officers submit.</summary>
    School = 1,

    /// <summary>教务处.</summary>
    AcademicAffairsOffice = 2,

    /// <summary>领导小组: the college's pilot leading group.</summary>
    LeadingGroup = 3,

    /// <summary>职业技能鉴定站: the skill appraisal station (XM-ORG-1).</summary>
    AppraisalStation = 4,

    /// <summary>省级教育行政部门 / 试点工作指导协调机构.</summary>
    Province = 5,
}

/// <summary>The approvers an item passes, in order, after it is submitted; and the rules that say so.</summary>
[GenerateSerializer, Immutable, Alias("OnePlusX.ApprovalPath")]
public sealed record ApprovalPath(
    [property: Id(0)] ApprovalSubject Subject,
    [property: Id(1)] IReadOnlyList<Approver> Steps,
    [property: Id(2)] IReadOnlyList<string> RuleIds,
    [property: Id(3)] Explanation Explanation);
