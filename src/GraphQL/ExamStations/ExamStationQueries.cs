using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.ExamStations;

/// <summary>Root field for exam stations (NAT-STA-1 stations are filed publicly with the province).</summary>
public static class ExamStationQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<ExamStationType>("examStations")
            .Description("Exam stations (考核站点), ordered by college and code.")
            .Argument<ExamStationFilterInputType>("where", "Which stations (筛选).")
            .Bidirectional()
            .AllowAnonymous()
            .ResolveAsync(async c =>
            {
                var stations = c.RequestServices!.GetRequiredService<IExamStationQueries>();
                var filter = c.GetArgument<ExamStationFilter?>("where") ?? new ExamStationFilter(null, null, null, null);
                return await Paging.ConnectionAsync(c, (offset, limit) => stations.ListAsync(filter, offset, limit, c.CancellationToken));
            });
    }
}
