using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.Exports;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Security;

namespace OnePlusX.GraphQL.Exports;

/// <summary>
/// National monitoring exports (监测数据导出, NAT-MON-1): start an export job, follow its progress, take its download
/// link. The export service decides everything (who may export, validation, limits); these resolvers translate.
/// </summary>
public static class ExportFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<ExportJobType>("exportJob")
            .Description("One of the caller's own export jobs by id (导出任务), with its progress and, once done, a download link; null for an unknown or another caller's id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The job's global id (任务标识).")
            .RequireRoles(ExportAccess.Exporters)
            .RequireClientScope(ExportAccess.Scope)
            .ResolveAsync(async c =>
            {
                if (!GlobalId.TryDecode(c.GetArgument<string>("id"), out var type, out var key) || type != ExportJobType.TypeName || !Guid.TryParseExact(key, "N", out var id))
                {
                    return null;
                }

                return await Exports(c).GetAsync(Caller.Access(c), id, c.CancellationToken);
            });

        var jobs = query.Connection<ExportJobType>("exportJobs")
            .Description("The caller's own export jobs (导出任务列表), newest first by default.")
            .Argument<ExportJobFilterInputType>("where", "Which jobs (筛选).")
            .Argument<ExportJobOrderType>("order", "NEWEST_FIRST by default (排序).")
            .Bidirectional()
            .RequireRoles(ExportAccess.Exporters)
            .RequireClientScope(ExportAccess.Scope);
        Paging.ResolveWith(jobs, (c, offset, limit) => Exports(c).ListAsync(
            Caller.Access(c),
            c.GetArgument<ExportJobFilter?>("where") ?? new ExportJobFilter(null, null),
            c.GetArgument("order", ExportJobOrder.NewestFirst) == ExportJobOrder.OldestFirst,
            offset,
            limit,
            c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<StartExportPayloadType>>("startExport")
            .Description("Starts an export of the monitoring dataset as a background job (开始导出, NAT-MON-1); national monitoring only. Follow it with exportJob(id:) and download the file from its link.")
            .Argument<NonNullGraphType<StartExportInputType>>("input", "What to export, in which format (输入).")
            .RequireRoles(ExportAccess.Exporters)
            .RequireClientScope(ExportAccess.Scope)
            .ResolveAsync(async c =>
            {
                var result = await Exports(c).StartAsync(Caller.Access(c), c.GetArgument<StartExport>("input"), c.CancellationToken);
                return result.Succeeded ? new StartExportPayload(result.Value, []) : new StartExportPayload(null, [result.Error]);
            });
    }

    internal static IMonitoringExports Exports(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<IMonitoringExports>();
}

/// <summary>Orders for the job list.</summary>
public enum ExportJobOrder
{
    /// <summary>The latest started first.</summary>
    NewestFirst = 1,

    /// <summary>The earliest started first.</summary>
    OldestFirst = 2,
}

public sealed class ExportJobOrderType : EnumerationGraphType<ExportJobOrder>
{
    public ExportJobOrderType()
    {
        Name = "ExportJobOrder";
        Description = "How to order export jobs (排序).";
        Values["NEWEST_FIRST"]!.Description = "Latest started first, the default (按创建时间倒序).";
        Values["OLDEST_FIRST"]!.Description = "Earliest started first (按创建时间).";
    }
}
