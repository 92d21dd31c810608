using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Outcomes;
using OnePlusX.ReadModels;
using OnePlusX.Security;
using OnePlusX.WeeklyReports;

namespace OnePlusX.GraphQL.WeeklyReports;

/// <summary>
/// Weekly reports (周报, NAT-REP-1): a college reads its own and files them; provinces and national monitoring read
/// the compliance list within their scope. The college's weekly-report grain and its policy decide everything
/// (due weeks, warning and exit, NAT-EXIT-COL; project cancellation, HB-EXIT-1); these resolvers only translate.
/// </summary>
public static class WeeklyReportFields
{
    /// <summary>Who files weekly reports: 教务处 and the secondary colleges' officers.</summary>
    public static readonly string[] Filers = [Roles.CollegeAdministrator, Roles.SchoolOfficer];

    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<WeeklyReportStatusType>("weeklyReports")
            .Description("The caller's own college's weekly reports as of a day (本校周报报送情况); null for a caller without a college.")
            .Argument<DayGraphType>("asOf", "The day, today (China time) by default; not after today (截至日期).")
            .RequireRoles([.. Roles.College])
            .ResolveAsync(async c =>
            {
                if (!Caller.TryGetTenant(c, out var tenant))
                {
                    return null;
                }

                using var scope = Caller.Scope(c, tenant);
                var result = await Caller.Grains(c).GetGrain<IWeeklyReportGrain>(WeeklyReportKey.For(tenant)).GetStatusAsync(c.GetArgument<DateOnly?>("asOf"));
                return result.Succeeded ? result.Value : throw new ExecutionError(result.Error.Message) { Code = result.Error.Code };
            });

        var compliance = query.Connection<CollegeReportComplianceType>("weeklyReportCompliance")
            .Description("Colleges' weekly-report compliance within the caller's scope (周报合规情况): a college its own, a province its colleges, national monitoring all; by college code.")
            .Argument<WeeklyReportComplianceFilterInputType>("where", "Which colleges (筛选).")
            .Argument<ComplianceOrderType>("order", "COLLEGE_ASCENDING by default (排序).")
            .Bidirectional()
            .RequireRoles(Access.DataReaders);
        Paging.ResolveWith(compliance, (c, offset, limit) => c.RequestServices!.GetRequiredService<IWeeklyReportQueries>().ListAsync(
            Caller.Access(c),
            (c.GetArgument<WeeklyReportComplianceFilter?>("where") ?? new WeeklyReportComplianceFilter(null, false, false))
                with { MostMissedFirst = c.GetArgument("order", ComplianceOrder.CollegeAscending) == ComplianceOrder.MostMissedFirst },
            offset, limit, c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<StartWeeklyReportingPayloadType>>("startWeeklyReporting")
            .Description("Starts the caller's own college's weekly reports from a Monday (开始周报报送); the same Monday again changes nothing.")
            .Argument<NonNullGraphType<StartWeeklyReportingInputType>>("input", "The first reporting week (输入).")
            .RequireRoles(Roles.CollegeAdministrator)
            .ResolveAsync(async c =>
            {
                if (!Caller.TryGetTenant(c, out var tenant))
                {
                    return new WeeklyReportPayload(null, null, [CommandError.NotFound("Your college")]);
                }

                using var scope = Caller.Scope(c, tenant);
                var result = await Caller.Grains(c).GetGrain<IWeeklyReportGrain>(WeeklyReportKey.For(tenant)).StartAsync(c.GetArgument<StartWeeklyReporting>("input"));
                return result.Succeeded ? new WeeklyReportPayload(null, result.Value, []) : new WeeklyReportPayload(null, null, [result.Error]);
            });

        mutation.Field<NonNullGraphType<FileWeeklyReportPayloadType>>("fileWeeklyReport")
            .Description("Files the caller's own college's report of a week (填报周报); a week is filed once (ConflictError ALREADY_FILED).")
            .Argument<NonNullGraphType<FileWeeklyReportInputType>>("input", "The week and its report (输入).")
            .RequireRoles(Filers)
            .ResolveAsync(async c =>
            {
                if (!Caller.TryGetTenant(c, out var tenant))
                {
                    return new WeeklyReportPayload(null, null, [CommandError.NotFound("Your college")]);
                }

                var input = c.GetArgument<FileWeeklyReport>("input");
                using var scope = Caller.Scope(c, tenant);
                var result = await Caller.Grains(c).GetGrain<IWeeklyReportGrain>(WeeklyReportKey.For(tenant)).FileAsync(input);
                return result.Succeeded
                    ? new WeeklyReportPayload(result.Value.Weeks.FirstOrDefault(w => w.Monday == input.Week)?.Report, result.Value, [])
                    : new WeeklyReportPayload(null, null, [result.Error]);
            });
    }
}

/// <summary>Orders for the compliance list.</summary>
public enum ComplianceOrder
{
    /// <summary>By college code.</summary>
    CollegeAscending = 1,

    /// <summary>The longest current run of missed weeks first.</summary>
    MostMissedFirst = 2,
}

public sealed class ComplianceOrderType : EnumerationGraphType<ComplianceOrder>
{
    public ComplianceOrderType()
    {
        Name = "ComplianceOrder";
        Description = "How to order colleges by weekly-report compliance (排序).";
        Values["COLLEGE_ASCENDING"]!.Description = "By college code, the default (按院校代码).";
        Values["MOST_MISSED_FIRST"]!.Description = "Most consecutive missed weeks first (按连续漏报周数倒序).";
    }
}
