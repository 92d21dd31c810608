using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.CertificateProjects;
using OnePlusX.GraphQL;
using OnePlusX.ReadModels;
using OnePlusX.Security;

namespace OnePlusX.Benchmarks;

/// <summary>
/// The generated read-model data both gateway benchmarks serve (no database): 31 provinces, 333 cities,
/// 6 evaluation organizations, 12 certificates, 200 colleges and 1,000 exam stations, the same on every run.
/// </summary>
internal sealed class GatewayBenchData
{
    public const int ProvinceCount = 31;
    public const int CityCount = 333;
    public const int OrganizationCount = 6;
    public const int CertificateCount = 12;
    public const int CollegeCount = 200;
    public const int StationCount = 1000;

    /// <summary>The operation both sides execute: 1,000 stations, each with its college (two levels below) and certificate.</summary>
    public const string StationsQuery =
        "{ examStations(first: 1000) { edges { node { id code name capacity "
        + "college { code name city { name province { name } } } "
        + "certificate { name evaluationOrganization { name } } } } } }";

    /// <summary>The same selection for one station: what a request costs apart from its 1,000 items.</summary>
    public const string OneStationQuery =
        "{ examStations(first: 1) { edges { node { id code name capacity "
        + "college { code name city { name province { name } } } "
        + "certificate { name evaluationOrganization { name } } } } } }";

    /// <summary>1,000 stations with their own fields only: what the child objects (loaders) add.</summary>
    public const string ScalarsOnlyQuery = "{ examStations(first: 1000) { edges { node { id code name capacity } } } }";

    private GatewayBenchData()
    {
        Provinces = Enumerable.Range(0, ProvinceCount)
            .Select(i => new ProvinceRecord((11 + i).ToString("D2", CultureInfo.InvariantCulture), $"第{i + 1}省"))
            .ToList();
        Cities = Enumerable.Range(0, CityCount)
            .Select(i =>
            {
                var province = Provinces[i % ProvinceCount];
                var within = (i / ProvinceCount) + 1;
                return new CityRecord($"{province.Code}{within:D2}00", $"城市{i + 1:D3}市", province.Code, "prefecture");
            })
            .ToList();
        Organizations = Enumerable.Range(0, OrganizationCount)
            .Select(i => new EvaluationOrganizationRecord($"ORG{i + 1:D2}", $"培训评价组织{i + 1}有限公司"))
            .ToList();
        Certificates = Enumerable.Range(0, CertificateCount)
            .Select(i => new CertificateRecord($"CERT{i + 1:D2}", $"职业技能等级证书{i + 1:D2}", Organizations[i % OrganizationCount].Code,
                [CertificateLevel.Elementary, CertificateLevel.Intermediate]))
            .ToList();
        Colleges = Enumerable.Range(0, CollegeCount)
            .Select(i =>
            {
                var city = Cities[(i * 7) % CityCount];
                return new CollegeRecord($"C{i + 1:D3}", $"第{i + 1}职业技术学院", city.ProvinceCode, city.Code, "NAT");
            })
            .ToList();
        Stations = Enumerable.Range(0, StationCount)
            .Select(i =>
            {
                var college = Colleges[i % CollegeCount];
                return new ExamStationRecord(college.Code, $"S{i + 1:D4}", $"考核站点{i + 1:D4}",
                    Certificates[i % CertificateCount].Code, college.ProvinceCode, college.CityCode, 20 + (i % 80));
            })
            .OrderBy(s => s.TenantId, StringComparer.Ordinal)
            .ThenBy(s => s.Code, StringComparer.Ordinal)
            .ToList();
        ProvincesByCode = Provinces.ToDictionary(p => p.Code);
        CitiesByCode = Cities.ToDictionary(c => c.Code);
        OrganizationsByCode = Organizations.ToDictionary(o => o.Code);
        CertificatesByCode = Certificates.ToDictionary(c => c.Code);
        CollegesByCode = Colleges.ToDictionary(c => c.Code);
        StationsByKey = Stations.ToDictionary(s => (s.TenantId, s.Code));
    }

    public static GatewayBenchData Instance { get; } = new();

    public IReadOnlyList<ProvinceRecord> Provinces { get; }

    public IReadOnlyList<CityRecord> Cities { get; }

    public IReadOnlyList<EvaluationOrganizationRecord> Organizations { get; }

    public IReadOnlyList<CertificateRecord> Certificates { get; }

    public IReadOnlyList<CollegeRecord> Colleges { get; }

    /// <summary>Ordered by college, then code, as the read model lists them.</summary>
    public IReadOnlyList<ExamStationRecord> Stations { get; }

    public IReadOnlyDictionary<string, ProvinceRecord> ProvincesByCode { get; }

    public IReadOnlyDictionary<string, CityRecord> CitiesByCode { get; }

    public IReadOnlyDictionary<string, EvaluationOrganizationRecord> OrganizationsByCode { get; }

    public IReadOnlyDictionary<string, CertificateRecord> CertificatesByCode { get; }

    public IReadOnlyDictionary<string, CollegeRecord> CollegesByCode { get; }

    public IReadOnlyDictionary<(string TenantId, string Code), ExamStationRecord> StationsByKey { get; }

    /// <summary>Registers in-memory implementations of the three read-model query interfaces the gateway uses.</summary>
    public static IServiceCollection AddInMemoryReadModels(IServiceCollection services)
    {
        services.AddSingleton<IReferenceQueries>(new InMemoryReferenceQueries(Instance));
        services.AddSingleton<ICollegeQueries>(new InMemoryCollegeQueries(Instance));
        services.AddSingleton<IExamStationQueries>(new InMemoryExamStationQueries(Instance));
        return services;
    }

    /// <summary>The gateway exactly as the silo registers it (<c>AddGraphQLGateway</c>) over the in-memory read models.</summary>
    public static ServiceProvider BuildGateway()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        AddInMemoryReadModels(services);
        services.AddGraphQLGateway();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>
    /// Diagnostic variant (not what ships): replaces the resolvers of the child fields whose data is held in memory
    /// (city, province, certificate, organization) with synchronous dictionary lookups, as IReferenceQueries could
    /// offer them; with <paramref name="collegesToo"/>, colleges as well. The schema's shape is unchanged.
    /// </summary>
    public static void ResolveChildrenSynchronously(IServiceProvider gateway, bool collegesToo)
    {
        var schema = gateway.GetRequiredService<ISchema>();
        schema.Initialize();
        var data = Instance;
        void Set<TSource>(string type, string field, Func<TSource, object?> resolve) =>
            ((IComplexGraphType)schema.AllTypes[type]!).GetField(field)!.Resolver =
                new global::GraphQL.Resolvers.FuncFieldResolver<object?>(c => resolve((TSource)c.Source!));

        Set<ExamStationRecord>("ExamStation", "city", s => data.CitiesByCode[s.CityCode]);
        Set<ExamStationRecord>("ExamStation", "certificate", s => data.CertificatesByCode[s.CertificateCode]);
        Set<CollegeRecord>("College", "city", c => data.CitiesByCode[c.CityCode]);
        Set<CollegeRecord>("College", "province", c => data.ProvincesByCode[c.ProvinceCode]);
        Set<CityRecord>("City", "province", c => data.ProvincesByCode[c.ProvinceCode]);
        Set<CertificateRecord>("Certificate", "evaluationOrganization", c => data.OrganizationsByCode[c.OrganizationCode]);
        if (collegesToo)
        {
            Set<ExamStationRecord>("ExamStation", "college", s => data.CollegesByCode[s.TenantId]);
        }
    }

    /// <summary>The gateway's schema as SDL, printed by GraphQL.NET (what graphql-js builds its schema from).</summary>
    public static string PrintSchema(IServiceProvider gateway)
    {
        var schema = gateway.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true });
    }

    /// <summary>The data as JSON for the graphql-js side (records with camelCase properties).</summary>
    public string ToJson() => JsonSerializer.Serialize(
        new
        {
            provinces = Provinces,
            cities = Cities,
            organizations = Organizations,
            certificates = Certificates,
            colleges = Colleges,
            stations = Stations,
        },
        new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });

    private static Dictionary<string, T> Pick<T>(IReadOnlyDictionary<string, T> all, IReadOnlyCollection<string> codes)
    {
        var picked = new Dictionary<string, T>(codes.Count);
        foreach (var code in codes)
        {
            if (all.TryGetValue(code, out var value))
            {
                picked[code] = value;
            }
        }

        return picked;
    }

    private sealed class InMemoryReferenceQueries(GatewayBenchData data) : IReferenceQueries
    {
        public IReadOnlyList<ProvinceRecord> Provinces() => data.Provinces;

        public IReadOnlyList<CityRecord> CitiesOf(string provinceCode) => data.Cities.Where(c => c.ProvinceCode == provinceCode).ToList();

        public IReadOnlyList<CertificateRecord> Certificates() => data.Certificates;

        public CityRecord? City(string code) => data.CitiesByCode.GetValueOrDefault(code);

        public ProvinceRecord? Province(string code) => data.ProvincesByCode.GetValueOrDefault(code);

        public EvaluationOrganizationRecord? Organization(string code) => data.OrganizationsByCode.GetValueOrDefault(code);

        public CertificateRecord? Certificate(string code) => data.CertificatesByCode.GetValueOrDefault(code);
    }

    private sealed class InMemoryCollegeQueries(GatewayBenchData data) : ICollegeQueries
    {
        public Task<Page<CollegeRecord>> ListAsync(AccessScope scope, CollegeFilter filter, CollegeOrder order, int offset, int limit, CancellationToken cancellationToken)
        {
            var matching = data.Colleges
                .Where(c => (filter.ProvinceCode is null || c.ProvinceCode == filter.ProvinceCode)
                    && (filter.CityCode is null || c.CityCode == filter.CityCode)
                    && (filter.NameContains is null || c.Name.Contains(filter.NameContains, StringComparison.Ordinal)))
                .ToList();
            var ordered = order == CollegeOrder.NameAscending
                ? matching.OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Code, StringComparer.Ordinal).ToList()
                : matching;
            return Task.FromResult(new Page<CollegeRecord>(ordered.Skip(offset).Take(limit).ToList(), ordered.Count));
        }

        public Task<IReadOnlyDictionary<string, CollegeRecord>> ByCodesAsync(AccessScope scope, IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, CollegeRecord>>(Pick(data.CollegesByCode, codes));

        /// <summary>The benchmark's colleges have no schools or majors.</summary>
        public Task<IReadOnlyDictionary<string, CollegeStructure>> StructuresAsync(AccessScope scope, IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, CollegeStructure>>(codes.Where(data.CollegesByCode.ContainsKey).Distinct().ToDictionary(c => c, _ => CollegeStructure.Empty));
    }

    private sealed class InMemoryExamStationQueries(GatewayBenchData data) : IExamStationQueries
    {
        public Task<Page<ExamStationRecord>> ListAsync(AccessScope scope, ExamStationFilter filter, int offset, int limit, CancellationToken cancellationToken)
        {
            var unfiltered = filter is { ProvinceCode: null, CityCode: null, CertificateCode: null, TenantId: null };
            var matching = unfiltered
                ? data.Stations
                : data.Stations.Where(s => (filter.ProvinceCode is null || s.ProvinceCode == filter.ProvinceCode)
                    && (filter.CityCode is null || s.CityCode == filter.CityCode)
                    && (filter.CertificateCode is null || s.CertificateCode == filter.CertificateCode)
                    && (filter.TenantId is null || s.TenantId == filter.TenantId)).ToList();
            var items = new List<ExamStationRecord>(Math.Max(0, Math.Min(limit, matching.Count - offset)));
            for (var i = offset; i < matching.Count && i < offset + limit; i++)
            {
                items.Add(matching[i]);
            }

            return Task.FromResult(new Page<ExamStationRecord>(items, matching.Count));
        }

        public Task<IReadOnlyDictionary<(string TenantId, string Code), ExamStationRecord>> ByKeysAsync(AccessScope scope, IReadOnlyCollection<(string TenantId, string Code)> keys, CancellationToken cancellationToken)
        {
            var picked = new Dictionary<(string TenantId, string Code), ExamStationRecord>(keys.Count);
            foreach (var key in keys)
            {
                if (data.StationsByKey.TryGetValue(key, out var station))
                {
                    picked[key] = station;
                }
            }

            return Task.FromResult<IReadOnlyDictionary<(string TenantId, string Code), ExamStationRecord>>(picked);
        }
    }
}
