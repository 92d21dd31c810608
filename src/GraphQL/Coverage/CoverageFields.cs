using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.ReadModels;
using OnePlusX.Security;

namespace OnePlusX.GraphQL.Coverage;

/// <summary>
/// Exam-station coverage (考核站点覆盖, NAT-STA-1): a province's view for its coordinators, provincial clients and
/// national monitoring, and the national roll-up for national monitoring. The read model computes it
/// (<see cref="ICoverageQueries"/>); these resolvers check the arguments and the caller's reach, and translate.
/// </summary>
public static class CoverageFields
{
    /// <summary>Who reads a province's coverage: its coordinators and clients, and national readers.</summary>
    public static readonly string[] ProvinceReaders = [Roles.ProvincialCoordinator, Roles.NationalMonitor, Roles.IntegrationClient];

    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<StationCoverageType>("stationCoverage")
            .Description("Exam-station coverage of a province in a pilot year (考核站点覆盖, NAT-STA-1). A provincial coordinator or client reads its own province only; national monitoring any. An error OUT_OF_SCOPE otherwise.")
            .Argument<NonNullGraphType<StringGraphType>>("provinceCode", "2-digit province code (省份代码).")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The pilot year, 2019–2100 (试点年度).")
            .Argument<StringGraphType>("certificateCode", "Count only this certificate (证书代码).")
            .Argument<BooleanGraphType>("includeCitiesWithoutColleges", "Also list the province's cities without pilot colleges, with their stations; false by default (包含无试点院校的地市).")
            .RequireRoles(ProvinceReaders)
            .ResolveAsync(async c =>
            {
                var province = c.GetArgument<string>("provinceCode");
                var year = c.GetArgument<int>("year");
                var scope = Caller.Access(c);
                if (scope.Kind is not (ScopeKind.Province or ScopeKind.National))
                {
                    throw OutOfScope("The coverage view reads a whole province: a provincial or national reader only.");
                }

                // Checked before the code is looked up, so a province outside the scope answers alike whether it exists or not.
                if (scope.Kind == ScopeKind.Province && province != scope.Province)
                {
                    throw OutOfScope("Argument 'provinceCode' names a province outside your scope: a provincial reader reads its own province only.");
                }

                if (c.Reference().Province(province) is null)
                {
                    throw new ExecutionError("Argument 'provinceCode' is not a province code.") { Code = "INVALID_ARGUMENT" };
                }

                CheckYear(year);
                var request = new CoverageRequest(province, year, c.GetArgument<string?>("certificateCode"))
                {
                    AllCities = c.GetArgument("includeCitiesWithoutColleges", false),
                };
                return await Queries(c).ProvinceAsync(scope, request, c.CancellationToken);
            });

        query.Field<NationalCoverageType>("nationalCoverage")
            .Description("Exam-station coverage of every province in a pilot year and the national totals (全国考核站点覆盖, NAT-STA-1). National monitoring only.")
            .Argument<NonNullGraphType<IntGraphType>>("year", "The pilot year, 2019–2100 (试点年度).")
            .Argument<StringGraphType>("certificateCode", "Count only this certificate (证书代码).")
            .RequireRoles(Roles.NationalMonitor)
            .ResolveAsync(async c =>
            {
                var scope = Caller.Access(c);
                if (scope.Kind != ScopeKind.National)
                {
                    throw OutOfScope("The national roll-up needs a national scope.");
                }

                var year = c.GetArgument<int>("year");
                CheckYear(year);
                return await Queries(c).NationalAsync(scope, year, c.GetArgument<string?>("certificateCode"), c.CancellationToken);
            });
    }

    private static ICoverageQueries Queries(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ICoverageQueries>();

    private static void CheckYear(int year)
    {
        if (year is < 2019 or > 2100)
        {
            throw new ExecutionError("Argument 'year' must be a pilot year (2019–2100).") { Code = "INVALID_ARGUMENT" };
        }
    }

    private static ExecutionError OutOfScope(string message) => new(message) { Code = "OUT_OF_SCOPE" };
}
