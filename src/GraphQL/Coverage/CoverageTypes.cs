using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using OnePlusX.GraphQL.Certificates;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.Coverage;

/// <summary>考核站点覆盖 of one province.</summary>
public sealed class StationCoverageType : ObjectGraphType<ProvinceCoverage>
{
    public StationCoverageType()
    {
        Name = "StationCoverage";
        Description = "Exam-station coverage of one province in one pilot year (考核站点覆盖, NAT-STA-1): per city, its pilot colleges, the certificates they run, the approved stations for each, and the gaps.";
        Field(c => c.ProvinceCode).Description("2-digit province code (省份代码).");
        Field(c => c.ProvinceName).Description("Province name (省份名称).");
        Field(c => c.Year).Description("The pilot year counted (试点年度).");
        Field(c => c.CertificateCode, nullable: true).Description("The one certificate counted, or null for all (证书代码).");
        Field<NonNullGraphType<CoverageTotalsType>>("totals").Description("The province's totals (全省合计).").Resolve(c => c.Source.Totals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CityCoverageType>>>>("cities")
            .Description("Cities with pilot colleges, by code; with includeCitiesWithoutColleges also the others (地市覆盖情况).")
            .Resolve(c => c.Source.Cities);
        var gaps = Connection<CoverageGapType>("gaps")
            .Description("Certificates run by a city's colleges with no approved station for them in that city (覆盖缺口), most candidates affected first.")
            .Argument<CoverageGapOrderType>("order", "CANDIDATES_DESCENDING by default (排序).")
            .Bidirectional();
        gaps.FieldType.Resolver = new FuncFieldResolver<object?>(async context =>
        {
            var source = (ProvinceCoverage)context.Source!;
            var listed = context.GetArgument("order", CoverageGapOrder.CandidatesDescending) == CoverageGapOrder.CityAscending
                ? source.Gaps.OrderBy(g => g.CityCode, StringComparer.Ordinal).ThenBy(g => g.CertificateCode, StringComparer.Ordinal).ToList()
                : source.Gaps;
            return await Paging.ConnectionAsync(context, (offset, limit) =>
                Task.FromResult(new Page<CoverageGap>(listed.Skip(offset).Take(limit).ToList(), listed.Count)));
        });
    }
}

/// <summary>合计.</summary>
public sealed class CoverageTotalsType : ObjectGraphType<CoverageTotals>
{
    public CoverageTotalsType()
    {
        Name = "CoverageTotals";
        Description = "Coverage counts over a province or the nation (覆盖合计).";
        Field(t => t.Cities).Description("Cities with at least one pilot college (有试点院校的地市数).");
        Field(t => t.CitiesWithGaps).Description("Cities with at least one gap (有缺口的地市数).");
        Field(t => t.Colleges).Description("Pilot colleges: colleges running a certificate project of the year (试点院校数).");
        Field(t => t.Certificates).Description("Distinct certificates run (证书数).");
        Field(t => t.CityCertificates).Description("(city, certificate) pairs run, each needing an approved station in the city (地市×证书数).");
        Field(t => t.Covered).Description("Pairs with at least one approved station in the city (已覆盖数).");
        Field(t => t.Gaps).Description("Pairs without one (缺口数).");
        Field(t => t.Stations).Description("Approved stations, in every city (已备案考核站点数).");
        Field(t => t.CandidatesAffected).Description("Registered candidates of the gaps (受影响考生数).");
    }
}

/// <summary>地市覆盖.</summary>
public sealed class CityCoverageType : ObjectGraphType<CityCoverage>
{
    public CityCoverageType()
    {
        Name = "CityCoverage";
        Description = "One city's coverage (地市覆盖情况).";
        Field(c => c.CityCode).Description("6-digit city code (城市代码).");
        Field(c => c.CityName).Description("City name (城市名称).");
        Field(c => c.CityKind).Description("prefecture (地级), municipality (直辖市) or county-level (省直辖县级).");
        Field(c => c.Stations).Description("Approved stations in the city, for any certificate (or the one asked for) (已备案站点数).");
        Field(c => c.Gaps).Description("Certificates run in the city without an approved station there (缺口数).");
        Field(c => c.CandidatesAffected).Description("Registered candidates of the city's gaps (受影响考生数).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageCollegeType>>>>("colleges")
            .Description("Its pilot colleges, by code (试点院校).")
            .Resolve(c => c.Source.Colleges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CertificateCoverageType>>>>("certificates")
            .Description("The certificates its colleges run, by code, with the city's approved stations for each (证书覆盖).")
            .Resolve(c => c.Source.Certificates);
    }
}

/// <summary>试点院校 in a coverage answer.</summary>
public sealed class CoverageCollegeType : ObjectGraphType<CoverageCollege>
{
    public CoverageCollegeType()
    {
        Name = "CoverageCollege";
        Description = "A pilot college of a city in the coverage view (试点院校).";
        Field(c => c.Code).Description("Tenant code (院校代码).");
        Field(c => c.Name).Description("Name (院校名称).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("certificates")
            .Description("Codes of the certificates it runs in the year, in code order (试点证书).")
            .Resolve(c => c.Source.Certificates);
    }
}

/// <summary>证书覆盖 in a city.</summary>
public sealed class CertificateCoverageType : ObjectGraphType<CertificateCoverage>
{
    public CertificateCoverageType()
    {
        Name = "CertificateCoverage";
        Description = "A certificate run in a city and its approved stations there (证书覆盖).";
        Field(c => c.CertificateCode).Description("Certificate code (证书代码).");
        Field<CertificateType>("certificate")
            .Description("The certificate, when the catalogue has it (证书).")
            .Resolve(c => c.Reference().Certificate(c.Source.CertificateCode));
        Field(c => c.Colleges).Description("Colleges of the city running it (开展院校数).");
        Field(c => c.Stations).Description("Approved stations for it in the city (已备案站点数).");
        Field(c => c.Covered).Description("Whether the city has one (已覆盖).");
        Field(c => c.CandidatesAffected).Description("Registered candidates, when it is a gap; 0 when covered (受影响考生数).");
    }
}

/// <summary>覆盖缺口.</summary>
public sealed class CoverageGapType : ObjectGraphType<CoverageGap>
{
    public CoverageGapType()
    {
        Name = "CoverageGap";
        Description = "A certificate run by colleges of a city with no approved station for it in that city (覆盖缺口, NAT-STA-1).";
        Field(g => g.CityCode).Description("6-digit city code (城市代码).");
        Field(g => g.CityName).Description("City name (城市名称).");
        Field(g => g.CertificateCode).Description("Certificate code (证书代码).");
        Field<CertificateType>("certificate")
            .Description("The certificate, when the catalogue has it (证书).")
            .Resolve(c => c.Reference().Certificate(c.Source.CertificateCode));
        Field(g => g.Colleges).Description("Colleges of the city running it (开展院校数).");
        Field(g => g.CandidatesAffected).Description("Registrations of it in the year at the city's colleges (受影响考生数).");
    }
}

/// <summary>The national roll-up.</summary>
public sealed class NationalCoverageType : ObjectGraphType<NationalCoverage>
{
    public NationalCoverageType()
    {
        Name = "NationalCoverage";
        Description = "Exam-station coverage of every province in one pilot year and the national totals (全国考核站点覆盖, NAT-STA-1).";
        Field(c => c.Year).Description("The pilot year counted (试点年度).");
        Field(c => c.CertificateCode, nullable: true).Description("The one certificate counted, or null for all (证书代码).");
        Field<NonNullGraphType<CoverageTotalsType>>("totals")
            .Description("National totals; certificates are counted once across provinces (全国合计).")
            .Resolve(c => c.Source.Totals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceCoverageTotalsType>>>>("provinces")
            .Description("Every province's totals, by code (各省合计).")
            .Resolve(c => c.Source.Provinces);
    }
}

/// <summary>One province in the national roll-up.</summary>
public sealed class ProvinceCoverageTotalsType : ObjectGraphType<ProvinceCoverageTotals>
{
    public ProvinceCoverageTotalsType()
    {
        Name = "ProvinceCoverageTotals";
        Description = "One province's coverage totals (省级覆盖合计).";
        Field(p => p.ProvinceCode).Description("2-digit province code (省份代码).");
        Field(p => p.ProvinceName).Description("Province name (省份名称).");
        Field<NonNullGraphType<CoverageTotalsType>>("totals").Description("Its totals (合计).").Resolve(c => c.Source.Totals);
    }
}

/// <summary>Orders for coverage gaps.</summary>
public enum CoverageGapOrder
{
    /// <summary>Most candidates affected first (NAT-STA-1's ranking).</summary>
    CandidatesDescending = 1,

    /// <summary>By city, then certificate.</summary>
    CityAscending = 2,
}

public sealed class CoverageGapOrderType : EnumerationGraphType<CoverageGapOrder>
{
    public CoverageGapOrderType()
    {
        Name = "CoverageGapOrder";
        Description = "How to order coverage gaps (排序).";
        Values["CANDIDATES_DESCENDING"]!.Description = "Most candidates affected first, then by city and certificate; the default (按受影响考生数).";
        Values["CITY_ASCENDING"]!.Description = "By city code, then certificate code (按城市).";
    }
}
