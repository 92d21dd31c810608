using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.MonitoringPoints;
using OnePlusX.Outcomes;
using OnePlusX.ReadModels;
using OnePlusX.Security;

namespace OnePlusX.GraphQL.MonitoringPoints;

/// <summary>
/// National monitoring points (国家监测点, NAT-MON-1): national monitoring designates them per certificate; readers see
/// them within their scope (a province its colleges', a college whether it is one), with the history of changes.
/// The monitoring-points grain validates and decides.
/// </summary>
public static class MonitoringPointFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        var points = query.Connection<MonitoringPointType>("monitoringPoints")
            .Description("National monitoring points per certificate (国家监测点, NAT-MON-1) within the caller's scope: national monitoring all, a province its colleges', a college its own.")
            .Argument<MonitoringPointFilterInputType>("where", "Which points, e.g. one certificate's (筛选).")
            .Argument<MonitoringPointOrderType>("order", "CERTIFICATE_ASCENDING by default (排序).")
            .Bidirectional()
            .RequireRoles(Access.DataReaders);
        Paging.ResolveWith(points, (c, offset, limit) => c.RequestServices!.GetRequiredService<IMonitoringPointQueries>().PointsAsync(
            Caller.Access(c), Filter(c), c.GetArgument("order", MonitoringPointOrder.CertificateAscending), offset, limit, c.CancellationToken));

        var history = query.Connection<MonitoringPointChangeType>("monitoringPointHistory")
            .Description("Changes of the national monitoring points, newest first (监测点变更记录, NAT-MON-1), within the caller's scope.")
            .Argument<MonitoringPointFilterInputType>("where", "Which changes, e.g. one certificate's (筛选).")
            .Bidirectional()
            .RequireRoles(Access.DataReaders);
        Paging.ResolveWith(history, (c, offset, limit) => c.RequestServices!.GetRequiredService<IMonitoringPointQueries>().HistoryAsync(
            Caller.Access(c), Filter(c), offset, limit, c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<DesignateMonitoringPointsPayloadType>>("designateMonitoringPoints")
            .Description($"Adds and removes a certificate's national monitoring points in one change with its reason (指定国家监测点, NAT-MON-1); national monitoring only. About {MonitoringPointSet.Guidance} per certificate is the guidance; more than {MonitoringPointSet.MaxPoints} is refused.")
            .Argument<NonNullGraphType<DesignateMonitoringPointsInputType>>("input", "The certificate, the colleges to add and remove, and why (输入).")
            .RequireRoles(Roles.NationalMonitor)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<DesignateInput>("input");
                if (!NationalCaller.IsCertificateCode(input.CertificateCode))
                {
                    return new DesignatePayload(null, [], [CommandError.Invalid("certificateCode", $"'{input.CertificateCode}' is not a certificate of the catalogue.")]);
                }

                using var scope = NationalCaller.Scope(c);
                var grain = Caller.Grains(c).GetGrain<IMonitoringPointsGrain>(input.CertificateCode);
                var changed = input.Command.Add.Count + input.Command.Remove.Count;
                var result = await grain.DesignateAsync(input.Command);
                return result.Succeeded
                    ? new DesignatePayload(result.Value, result.Value.History.TakeLast(changed).ToList(), [])
                    : new DesignatePayload(null, [], [result.Error]);
            });

    private static MonitoringPointFilter Filter(IResolveFieldContext context) =>
        context.GetArgument<MonitoringPointFilter?>("where") ?? new MonitoringPointFilter(null, null, null);
}
