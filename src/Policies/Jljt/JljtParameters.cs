using OnePlusX.Policies.Parameters;

namespace OnePlusX.Policies.Jljt;

/// <summary>
/// JLJT's parameters. Rates the text gives (800, 100, 200 yuan) are defaults as written; the normal hourly
/// teaching rate and the student-number coefficient table are the school's own tables, not in the text, so
/// their defaults are sample values the school replaces.
/// </summary>
public static class JljtParameters
{
    public const string MaxCertificatesPerMajor = "JL-APP-1.maxCertificatesPerMajor";
    public const string FullCoverageYear = "JL-APP-2.fullCoverageYear";
    public const string SeparateCourseMaxShare = "JL-CUR-1.separateCourseMaxShare";
    public const string FirstSeparateCourseCohort = "JL-CUR-1.firstSeparateCourseCohort";
    public const string LastSeparateCourseCohort = "JL-CUR-1.lastSeparateCourseCohort";
    public const string FilingLeadDays = "JL-CUR-2.filingLeadDays";
    public const string MinimumClassSize = "JL-CLS-1.minimumClassSize";
    public const string StandardClassSize = "JL-CLS-1.standardClassSize";
    public const string HourlyRate = "JL-PAY-1.hourlyRate";
    public const string Coefficients = "JL-PAY-1.coefficients";
    public const string ExaminerDailyRate = "JL-PAY-2.examinerDailyRate";
    public const string InvigilatorSessionRate = "JL-PAY-3.invigilatorSessionRate";
    public const string InvigilatorsPerRoom = "JL-PAY-3.invigilatorsPerRoom";
    public const string ExamStaffRate = "JL-PAY-4.examStaffRate";
    public const string ExamStaffPerExam = "JL-PAY-4.examStaffPerExam";
    public const string PubliclyFundedCertificates = "JL-FUND-1.publiclyFundedCertificates";
    public const string PilotEnded = "JL-FUND-2.pilotEnded";

    internal static IReadOnlyList<ParameterDefinition> All { get; } =
    [
        Define.Count(MaxCertificatesPerMajor, "JL-APP-1", 2, "每个专业可选X证书数", "X certificates a major may choose", minimum: 1),
        Define.Count(FullCoverageYear, "JL-APP-2", 2023, "X证书全覆盖年份", "Year by which every major has an X certificate", minimum: 2019, maximum: 2100),
        Define.Number(SeparateCourseMaxShare, "JL-CUR-1", "0.5", "单独增设X证书课程学时上限（占被替代课程比例）", "Most hours of a separate X course, as a share of the course it replaces", maximum: 1),
        Define.Count(FirstSeparateCourseCohort, "JL-CUR-1", 2020, "最早允许单独增设X证书课程的年级", "First cohort allowed a separate X course", minimum: 2019, maximum: 2100),
        Define.Count(LastSeparateCourseCohort, "JL-CUR-1", 2020, "最后允许单独增设X证书课程的年级", "Last cohort allowed a separate X course", minimum: 2019, maximum: 2100),
        Define.Count(FilingLeadDays, "JL-CUR-2", 7, "增设课程开课前报批天数", "Days before start an added course is filed", maximum: 90),
        Define.Count(MinimumClassSize, "JL-CLS-1", 20, "开班最少人数", "Fewest students to open a class", minimum: 1),
        Define.Count(StandardClassSize, "JL-CLS-1", 40, "原则上每班人数", "Students per class in principle", minimum: 1),
        Define.Amount(HourlyRate, "JL-PAY-1", "50", "正常教学课时费标准（元/学时）", "Normal teaching pay per class hour (yuan)", sample: true),
        Define.Brackets(Coefficients, "JL-PAY-1", "1:1.0;41:1.1;61:1.2;81:1.3", "学生人数系数表（起始人数:系数）", "Student-number coefficient table (from headcount: coefficient)", sample: true),
        Define.Amount(ExaminerDailyRate, "JL-PAY-2", "800", "考评员费用（元/天）", "Examiner pay per day (yuan)"),
        Define.Amount(InvigilatorSessionRate, "JL-PAY-3", "100", "监考费用（元/场）", "Invigilator pay per session (yuan)"),
        Define.Count(InvigilatorsPerRoom, "JL-PAY-3", 2, "每考场监考人数上限", "Most invigilators per exam room", minimum: 1),
        Define.Amount(ExamStaffRate, "JL-PAY-4", "200", "工作人员费用（元/人·项目）", "Exam staff pay per person per certificate exam (yuan)"),
        Define.Count(ExamStaffPerExam, "JL-PAY-4", 2, "每个证书考核工作人员上限", "Most exam staff per certificate exam", minimum: 0),
        Define.Count(PubliclyFundedCertificates, "JL-FUND-1", 1, "财政资金承担的证书数（每生）", "Certificates per student paid from public funds", minimum: 1, maximum: 10),
        Define.Flag(PilotEnded, "JL-FUND-2", false, "试点已结束（学生自费全部证书）", "Pilot period over (students pay every certificate)"),
    ];
}
