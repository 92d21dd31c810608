namespace OnePlusX.Security;

/// <summary>The roles of the role matrix (docs/security.md). A user has one or more; a client one.</summary>
public static class Roles
{
    /// <summary>教务处: runs the college's pilot, its users, its integrations and its policy parameters.</summary>
    public const string CollegeAdministrator = "CollegeAdministrator";

    /// <summary>二级学院 officer: the school's own projects, trainings and exams.</summary>
    public const string SchoolOfficer = "SchoolOfficer";

    /// <summary>A teacher of the college.</summary>
    public const string Teacher = "Teacher";

    /// <summary>The college's finance office (计划财务处).</summary>
    public const string FinanceOfficer = "FinanceOfficer";

    /// <summary>省级试点工作指导协调机构: reads its province.</summary>
    public const string ProvincialCoordinator = "ProvincialCoordinator";

    /// <summary>National monitoring: reads every province.</summary>
    public const string NationalMonitor = "NationalMonitor";

    /// <summary>培训评价组织: an evaluation organisation.</summary>
    public const string EvaluationOrganization = "EvaluationOrganization";

    /// <summary>A system acting through OAuth client credentials (credit-bank pull, coordinators' tools).</summary>
    public const string IntegrationClient = "IntegrationClient";

    /// <summary>Operates the service: creates provincial and national accounts and clients; reads no college data.</summary>
    public const string SystemAdministrator = "SystemAdministrator";

    /// <summary>Roles that belong to a college (tenant).</summary>
    public static readonly IReadOnlyList<string> College = [CollegeAdministrator, SchoolOfficer, Teacher, FinanceOfficer];

    /// <summary>Roles that read pilot data (colleges, stations); each sees only its scope: its college, its province, or all.</summary>
    public static readonly IReadOnlyList<string> DataReaders = [.. College, ProvincialCoordinator, NationalMonitor, IntegrationClient];

    /// <summary>Every role, for the matrix.</summary>
    public static readonly IReadOnlyList<string> All =
        [CollegeAdministrator, SchoolOfficer, Teacher, FinanceOfficer, ProvincialCoordinator, NationalMonitor, EvaluationOrganization, IntegrationClient, SystemAdministrator];
}
