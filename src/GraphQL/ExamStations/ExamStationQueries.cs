using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.ExamStations;

/// <summary>Root field for exam stations (NAT-STA-1 stations are filed publicly with the province).</summary>
public static partial class ExamStationQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        var stations = query.Connection<ExamStationType>("examStations")
            .Description("Exam stations (考核站点), ordered by college and code.")
            .Argument<ExamStationFilterInputType>("where", "Which stations (筛选).")
            .Bidirectional()
            .RequireRoles(Access.DataReaders);
        Paging.ResolveWith(stations, (c, offset, limit) => c.RequestServices!.GetRequiredService<IExamStationQueries>().ListAsync(
            Caller.Access(c),
            c.GetArgument<ExamStationFilter?>("where") ?? new ExamStationFilter(null, null, null, null), offset, limit, c.CancellationToken));
    }
}
