using GraphQL.Types;
using OnePlusX.GraphQL.Colleges;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.GraphQL.Divisions;
using OnePlusX.Policies;
using OnePlusX.ReadModels;
using OnePlusX.WeeklyReports;

namespace OnePlusX.GraphQL.WeeklyReports;

/// <summary>周报.</summary>
public sealed class WeeklyReportType : ObjectGraphType<WeeklyReport>
{
    public WeeklyReportType()
    {
        Name = "WeeklyReport";
        Description = "A college's weekly progress report (周报) for one week, named by its Monday.";
        Field(r => r.Week).Description("The Monday that starts the reporting week (周次，周一日期).");
        Field(r => r.Summary).Description("What happened in the week (工作动态).");
        Field(r => r.TrainingsHeld).Description("Trainings held in the week (培训场次).");
        Field(r => r.CandidatesExamined).Description("Candidates examined in the week (考核人数).");
        Field(r => r.CertificatesIssued).Description("Certificates issued in the week (发证数).");
        Field(r => r.FiledBy).Description("Who filed it (填报人).");
        Field(r => r.FiledAt).Description("When it was filed, UTC (填报时间).");
    }
}

public sealed class ReportWeekStateType : EnumerationGraphType<ReportWeekState>
{
    public ReportWeekStateType()
    {
        Name = "ReportWeekState";
        Description = "Where a reporting week stands (周报状态).";
        Values["OPEN"]!.Description = "Not yet due and not filed (未到期).";
        Values["FILED"]!.Description = "Filed by its due time (按时报送).";
        Values["LATE"]!.Description = "Filed after its due time; it still counts as missed (逾期报送).";
        Values["MISSED"]!.Description = "Due and not filed (未报送).";
    }
}

public sealed class ReportWeekType : ObjectGraphType<ReportWeekStatus>
{
    public ReportWeekType()
    {
        Name = "ReportWeek";
        Description = "One reporting week (报送周): due by the end of its Sunday, China time.";
        Field(w => w.Monday).Description("The Monday that starts the week (周一日期).");
        Field(w => w.DueAt).Description("When its report is due: the end of the week's Sunday, China time (截止时间).");
        Field<NonNullGraphType<ReportWeekStateType>>("state").Description("Filed, late, missed or open (状态).").Resolve(c => c.Source.State);
        Field<WeeklyReportType>("report").Description("The report, if filed (周报).").Resolve(c => c.Source.Report);
    }
}

public sealed class ReportComplianceType : ObjectGraphType<ReportCompliance>
{
    public ReportComplianceType()
    {
        Name = "ReportCompliance";
        Description = "How a college stands with its weekly reports, as its policy judges it (周报合规情况).";
        Field(r => r.MissedInARow).Description("Weeks missed in a row up to the latest week (连续未报周数).");
        Field(r => r.LongestMissedRun).Description("The longest run of missed weeks so far (最长连续未报周数).");
        Field(r => r.Warning).Description("The current run reached the warning threshold, 2 weeks by default (预警, NAT-EXIT-COL).");
        Field(r => r.ExitFlag).Description("A run reached the exit threshold, 3 consecutive weeks: loss of pilot status (退出标记, NAT-EXIT-COL).");
        Field(r => r.ProjectCancelled).Description("The school's own rule cancels the project for it (取消项目, HB-EXIT-1).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("ruleIds")
            .Description("The rules behind the judgement, as listed in docs/rules.md (规则编号).").Resolve(c => c.Source.RuleIds);
        Field<NonNullGraphType<ExplanationType>>("explanation").Description("Why, in both languages (说明).").Resolve(c => c.Source.Explanation);
    }
}

public sealed class WeeklyReportStatusType : ObjectGraphType<WeeklyReportStatus>
{
    public WeeklyReportStatusType()
    {
        Name = "WeeklyReportStatus";
        Description = "A college's weekly reports as of a day (周报报送情况): its weeks and its policy's judgement.";
        Field(s => s.ReportingFrom, nullable: true).Description("The first reporting week (its Monday); null before reporting started (首个报送周).");
        Field(s => s.AsOf).Description("The day it is judged on, China time (截至日期).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportWeekType>>>>("weeks")
            .Description("Every week from the first reporting week to the week of asOf, oldest first (报送周).").Resolve(c => c.Source.Weeks);
        Field<NonNullGraphType<IntGraphType>>("weeksDue").Description("Weeks whose report was due by asOf (应报周数).")
            .Resolve(c => c.Source.Weeks.Count(w => w.State != ReportWeekState.Open));
        Field<NonNullGraphType<IntGraphType>>("weeksFiled").Description("Weeks filed on time (按时报送周数).")
            .Resolve(c => c.Source.Weeks.Count(w => w.State == ReportWeekState.Filed));
        Field<NonNullGraphType<IntGraphType>>("weeksLate").Description("Weeks filed late (逾期报送周数).")
            .Resolve(c => c.Source.Weeks.Count(w => w.State == ReportWeekState.Late));
        Field<NonNullGraphType<IntGraphType>>("weeksMissed").Description("Weeks due and not filed (未报周数).")
            .Resolve(c => c.Source.Weeks.Count(w => w.State == ReportWeekState.Missed));
        Field<ReportComplianceType>("compliance").Description("The policy's judgement; null before reporting started (合规情况).").Resolve(c => c.Source.Compliance);
    }
}

/// <summary>A row of the compliance list (the read model), for provinces and national monitoring.</summary>
public sealed class CollegeReportComplianceType : ObjectGraphType<WeeklyReportComplianceRecord>
{
    public CollegeReportComplianceType()
    {
        Name = "CollegeReportCompliance";
        Description = "A college's weekly-report compliance as last judged (院校周报合规情况): updated when it files and when its reminder marks a missed week.";
        Field<NonNullGraphType<CollegeType>>("college").Description("The college (院校).").Resolve(c => c.Loaders().Colleges.Load(c.Source.TenantId));
        Field<NonNullGraphType<ProvinceType>>("province").Description("Its province (所在省份).").Resolve(c => c.Reference().Province(c.Source.ProvinceCode));
        Field(r => r.ReportingFrom).Description("The first reporting week, its Monday (首个报送周).");
        Field(r => r.LastFiledWeek, nullable: true).Description("The latest week it filed a report for (最近报送周).");
        Field(r => r.EvaluatedOn).Description("The day, China time, the judgement was made (评定日期).");
        Field(r => r.UpdatedAt).Description("When the row was written, UTC (更新时间).");
        Field<NonNullGraphType<ReportComplianceType>>("compliance").Description("The judgement (合规情况).").Resolve(c => new ReportCompliance(
            c.Source.MissedInARow, c.Source.LongestMissedRun, c.Source.Warning, c.Source.ExitFlag, c.Source.ProjectCancelled, c.Source.RuleIds, c.Source.Explanation));
    }
}

public sealed class WeeklyReportComplianceFilterInputType : InputObjectGraphType<WeeklyReportComplianceFilter>
{
    public WeeklyReportComplianceFilterInputType()
    {
        Name = "WeeklyReportComplianceFilter";
        Description = "Which colleges to list (筛选条件); all given conditions must hold.";
        Field<StringGraphType>("provinceCode").Description("2-digit province code (省份代码).");
        Field<BooleanGraphType>("warningOnly").Description("Only colleges with a warning (仅预警).");
        Field<BooleanGraphType>("exitFlagOnly").Description("Only colleges with the exit flag (仅退出标记).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new WeeklyReportComplianceFilter(value.Text("provinceCode"), value.TryGetValue("warningOnly", out var w) && w is true, value.TryGetValue("exitFlagOnly", out var e) && e is true);
}
