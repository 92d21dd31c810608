using OnePlusX.Policies.Parameters;

namespace OnePlusX.Policies.Baseline;

/// <summary>
/// The national baseline's parameters. Values the national text gives are defaults as written; rates it leaves to
/// each college are marked sample, so a fee computed with them says so until the college sets its own.
/// </summary>
public static class NationalParameters
{
    public const string WarningWeeks = "NAT-EXIT-COL.warningWeeks";
    public const string ExitWeeks = "NAT-EXIT-COL.exitWeeks";
    public const string PlatformEntryWorkingDays = "NAT-ISS-1.workingDays";
    public const string CreditBankMonths = "NAT-CB-1.months";
    public const string CreditsPerCertificate = "NAT-CB-1.creditsPerCertificate";
    public const string WorkloadRatio = "NAT-TRN-2.workloadRatio";
    public const string TeachingHourlyRate = "NAT-TRN-2.hourlyRate";
    public const string CollegeFundedCertificates = "NAT-COST-1.collegeFundedCertificates";
    public const string ExaminerDailyRate = "NAT-COST-1.examinerDailyRate";
    public const string InvigilatorSessionRate = "NAT-COST-1.invigilatorSessionRate";
    public const string ExamStaffRate = "NAT-COST-1.examStaffRate";
    public const string SupervisorDailyRate = "NAT-COST-1.supervisorDailyRate";

    internal static IReadOnlyList<ParameterDefinition> All { get; } =
    [
        Define.Count(WarningWeeks, "NAT-EXIT-COL", 2, "连续未报周报预警周数", "Missed weeks in a row that raise a warning", minimum: 1),
        Define.Count(ExitWeeks, "NAT-EXIT-COL", 3, "连续未报周报退出周数", "Missed weeks in a row that flag exit", minimum: 1),
        Define.Count(PlatformEntryWorkingDays, "NAT-ISS-1", 7, "证书信息录入平台时限（工作日）", "Working days to enter a certificate into the platform", minimum: 1),
        Define.Count(CreditBankMonths, "NAT-CB-1", 1, "学分银行记录建议时限（月）", "Months to propose a credit-bank record", minimum: 1),
        Define.Number(CreditsPerCertificate, "NAT-CB-1", "0", "每个证书认定学分（学校自定）", "Credits a college grants per certificate (its own choice)", maximum: 20),
        Define.Number(WorkloadRatio, "NAT-TRN-2", "1.0", "证书培训工作量折算系数", "Ratio converting certificate-training hours into teaching workload", maximum: 10),
        Define.Amount(TeachingHourlyRate, "NAT-TRN-2", "100", "培训课时费（元/学时）", "Training pay per class hour (yuan)", sample: true),
        Define.Count(CollegeFundedCertificates, "NAT-COST-1", 1, "学校承担费用的证书数（每生）", "Certificates per student the college pays for", minimum: 1, maximum: 10),
        Define.Amount(ExaminerDailyRate, "NAT-COST-1", "500", "考评员劳务费（元/天）", "Examiner pay per day (yuan)", sample: true),
        Define.Amount(InvigilatorSessionRate, "NAT-COST-1", "100", "监考费（元/场）", "Invigilator pay per session (yuan)", sample: true),
        Define.Amount(ExamStaffRate, "NAT-COST-1", "100", "考务工作人员劳务费（元/人·项目）", "Exam staff pay per person per certificate exam (yuan)", sample: true),
        Define.Amount(SupervisorDailyRate, "NAT-COST-1", "500", "督导员劳务费（元/天）", "Supervisor pay per day (yuan)", sample: true),
    ];
}
