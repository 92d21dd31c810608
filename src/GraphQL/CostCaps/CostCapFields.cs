using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.CostCaps;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.GraphQL.IssuedCertificates;
using OnePlusX.Outcomes;
using OnePlusX.ReadModels;
using OnePlusX.Security;

namespace OnePlusX.GraphQL.CostCaps;

/// <summary>
/// Cost caps (考核成本上限, NAT-COST-1): national monitoring keeps the table; every reader sees it; the over-cap view
/// lists projects above the cap in force within the caller's scope. The cost-cap grain validates and decides; the
/// project grain refuses an agreed fee above the cap (setExamPrice).
/// </summary>
public static class CostCapFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        var caps = query.Connection<CostCapType>("costCaps")
            .Description("The national cost-cap table (考核成本上限表, NAT-COST-1): per certificate and level, each cap from its effective day on; sample values say so.")
            .Argument<CostCapFilterInputType>("where", "Which caps (筛选).")
            .Argument<CostCapOrderType>("order", "CERTIFICATE_ASCENDING by default (排序).")
            .Bidirectional()
            .RequireRoles(Access.DataReaders);
        Paging.ResolveWith(caps, (c, offset, limit) => c.RequestServices!.GetRequiredService<ICostCapQueries>().CapsAsync(
            Caller.Access(c), c.GetArgument<CostCapFilter?>("where") ?? new CostCapFilter(null, null, null),
            c.GetArgument("order", CostCapOrder.CertificateAscending), offset, limit, c.CancellationToken));

        var over = query.Connection<ProjectOverCostCapType>("projectsOverCostCap")
            .Description("Projects whose agreed fee or exam cost per candidate is above the cost cap in force (超出考核成本上限的项目, NAT-COST-1), per college and province, within the caller's scope: a college its own, a province its colleges', national monitoring all.")
            .Argument<OverCostCapFilterInputType>("where", "Which projects (筛选).")
            .Argument<DayGraphType>("asOf", "The day whose caps apply; today in China when absent (基准日期).")
            .Argument<OverCostCapOrderType>("order", "OVER_BY_DESCENDING by default (排序).")
            .Bidirectional()
            .RequireRoles(Access.DataReaders);
        Paging.ResolveWith(over, (c, offset, limit) =>
        {
            var asOf = c.GetArgument<DateOnly?>("asOf") ?? ChinaDay.Today;
            if (asOf.Year is < 2019 or > 2100)
            {
                throw new ExecutionError("Argument 'asOf' must be a day of the pilot years (2019–2100).") { Code = "INVALID_ARGUMENT" };
            }

            var where = c.GetArgument<OverCostCapWhere?>("where") ?? new OverCostCapWhere(null, null, null, null);
            return c.RequestServices!.GetRequiredService<ICostCapQueries>().OverCapAsync(
                Caller.Access(c), new OverCostCapFilter(where.ProvinceCode, where.CollegeCode, where.CertificateCode, where.Year, asOf),
                c.GetArgument("order", OverCostCapOrder.OverByDescending), offset, limit, c.CancellationToken);
        });
        AddStudentsWithoutExam(query);
    }

    public static void AddMutations(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<SetCostCapPayloadType>>("setCostCap")
            .Description("Sets a certificate level's cost cap per candidate from a day on (设定考核成本上限, NAT-COST-1); national monitoring only. Agreed fees entered from that day on may not exceed it.")
            .Argument<NonNullGraphType<SetCostCapInputType>>("input", "The certificate, level, effective day, cap and whether it is a sample (输入).")
            .RequireRoles(Roles.NationalMonitor)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CostCapInput>("input");
                if (!NationalCaller.IsCertificateCode(input.CertificateCode))
                {
                    return new SetCostCapPayload(null, [], [CommandError.Invalid("certificateCode", $"'{input.CertificateCode}' is not a certificate of the catalogue.")]);
                }

                using var scope = NationalCaller.Scope(c);
                var result = await Caller.Grains(c).GetGrain<ICostCapGrain>(input.CertificateCode).SetAsync(input.Command);
                return result.Succeeded
                    ? new SetCostCapPayload(result.Value.Caps.Single(e => e.Level == input.Command.Level && e.EffectiveFrom == input.Command.EffectiveFrom), result.Value.Caps, [])
                    : new SetCostCapPayload(null, [], [result.Error]);
            });

    private static void AddStudentsWithoutExam(ObjectGraphType query)
    {
        var students = query.Connection<StudentWithoutExamType>("studentsWithoutExam")
            .Description("Enrolled pilot students registered for no certificate exam (未参加证书考核的学生, NAT-COST-1), by province, college and student number, within the caller's scope.")
            .Argument<StudentsWithoutExamFilterInputType>("where", "Which students (筛选).")
            .Bidirectional()
            .RequireRoles(Access.DataReaders);
        Paging.ResolveWith(students, (c, offset, limit) => c.RequestServices!.GetRequiredService<ICostCapQueries>().StudentsWithoutExamAsync(
            Caller.Access(c), c.GetArgument<StudentsWithoutExamFilter?>("where") ?? new StudentsWithoutExamFilter(null, null, null, null), offset, limit, c.CancellationToken));
    }
}
