using GraphQL.Types;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Outcomes;
using OnePlusX.WeeklyReports;

namespace OnePlusX.GraphQL.WeeklyReports;

public sealed class StartWeeklyReportingInputType : InputObjectGraphType<StartWeeklyReporting>
{
    public StartWeeklyReportingInputType()
    {
        Name = "StartWeeklyReportingInput";
        Description = "Starts the college's weekly reports (开始周报报送).";
        Field<NonNullGraphType<DayGraphType>>("firstWeek")
            .Description("The Monday of the first reporting week; every week from it on is due, earlier ones never (首个报送周).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new StartWeeklyReporting((DateOnly)value["firstWeek"]!);
}

public sealed class FileWeeklyReportInputType : InputObjectGraphType<FileWeeklyReport>
{
    public FileWeeklyReportInputType()
    {
        Name = "FileWeeklyReportInput";
        Description = "The report of one week (填报周报): the current week or a past one (after its due time it is late).";
        Field<NonNullGraphType<DayGraphType>>("week").Description("The Monday that starts the week (周一日期).");
        Field<NonNullGraphType<StringGraphType>>("summary").Description("What happened in the week, at most 2000 characters (工作动态).");
        Field<IntGraphType>("trainingsHeld").Description("Trainings held in the week, 0 when absent (培训场次).");
        Field<IntGraphType>("candidatesExamined").Description("Candidates examined in the week, 0 when absent (考核人数).");
        Field<IntGraphType>("certificatesIssued").Description("Certificates issued in the week, 0 when absent (发证数).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new FileWeeklyReport(
        (DateOnly)value["week"]!, (string)value["summary"]!, Count(value, "trainingsHeld"), Count(value, "candidatesExamined"), Count(value, "certificatesIssued"));

    private static int Count(IDictionary<string, object?> value, string name) => value.TryGetValue(name, out var count) && count is int n ? n : 0;
}

/// <summary>The result of a weekly-report mutation: the report filed (if any), the status after it, or why nothing changed.</summary>
public sealed record WeeklyReportPayload(WeeklyReport? Report, WeeklyReportStatus? Status, IReadOnlyList<CommandError> Errors);

public sealed class StartWeeklyReportingPayloadType : ObjectGraphType<WeeklyReportPayload>
{
    public StartWeeklyReportingPayloadType()
    {
        Name = "StartWeeklyReportingPayload";
        Description = "The college's weekly reports once started, or the errors that prevented it (结果).";
        Field<WeeklyReportStatusType>("weeklyReports").Description("The status as of today; null when errors is not empty (周报报送情况).").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors")
            .Description("Why nothing changed; empty on success (错误).").Resolve(c => c.Source.Errors);
    }
}

public sealed class FileWeeklyReportPayloadType : ObjectGraphType<WeeklyReportPayload>
{
    public FileWeeklyReportPayloadType()
    {
        Name = "FileWeeklyReportPayload";
        Description = "The filed report and the college's weekly reports after it, or the errors that prevented it (结果).";
        Field<WeeklyReportType>("report").Description("The report filed; null when errors is not empty (周报).").Resolve(c => c.Source.Report);
        Field<WeeklyReportStatusType>("weeklyReports").Description("The status as of today; null when errors is not empty (周报报送情况).").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors")
            .Description("Why nothing changed; empty on success (错误).").Resolve(c => c.Source.Errors);
    }
}
