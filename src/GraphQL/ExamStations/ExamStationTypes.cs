using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.GraphQL.Certificates;
using OnePlusX.GraphQL.Colleges;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.GraphQL.Divisions;
using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.ExamStations;

/// <summary>考核站点.</summary>
public sealed class ExamStationType : NodeType<ExamStationRecord>
{
    public const string TypeName = "ExamStation";

    public ExamStationType()
        : base(TypeName, "An exam station (考核站点) hosted by a college for one certificate in one city.", s => $"{s.TenantId}/{s.Code}")
    {
        Field(s => s.Code).Description("Station code within its college (站点代码).");
        Field(s => s.Name).Description("Name (站点名称).");
        Field(s => s.Capacity).Description("Candidates it can examine at once (容量).");
        Field<NonNullGraphType<CollegeType>>("college")
            .Description("The host college (承办院校).")
            .Resolve(c => c.Loaders().Colleges.Load(c.Source.TenantId));
        Field<NonNullGraphType<CityType>>("city")
            .Description("The city it serves (所在城市).")
            .Resolve(c => c.Reference().City(c.Source.CityCode));
        Field<NonNullGraphType<CertificateType>>("certificate")
            .Description("The certificate it examines (考核证书).")
            .Resolve(c => c.Reference().Certificate(c.Source.CertificateCode));
    }
}

/// <summary>Filter for station lists.</summary>
public sealed class ExamStationFilterInputType : InputObjectGraphType<ExamStationFilter>
{
    public ExamStationFilterInputType()
    {
        Name = "ExamStationFilter";
        Description = "Which stations to list (筛选条件); all given conditions must hold.";
        Field<StringGraphType>("provinceCode").Description("2-digit province code (省份代码).");
        Field<StringGraphType>("cityCode").Description("6-digit city code (城市代码).");
        Field<StringGraphType>("certificateCode").Description("Certificate code (证书代码).");
        Field<StringGraphType>("collegeCode").Description("Host college code (承办院校代码).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new ExamStationFilter(value.Text("provinceCode"), value.Text("cityCode"), value.Text("certificateCode"), value.Text("collegeCode"));
}
