using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.GraphQL.Divisions;
using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.Colleges;

/// <summary>试点院校.</summary>
public sealed class CollegeType : NodeType<CollegeRecord>
{
    public const string TypeName = "College";

    public CollegeType()
        : base(TypeName, "A pilot college (试点院校); one tenant of the service.", c => c.Code)
    {
        Field(c => c.Code).Description("Tenant code (院校代码), e.g. JLJT.");
        Field(c => c.Name).Description("Name (院校名称).");
        Field(c => c.PolicyCode).Description("The policy it follows (适用政策): NAT for the national baseline, or its own.");
        Field<NonNullGraphType<ProvinceType>>("province")
            .Description("Province (所在省份).")
            .Resolve(c => c.Reference().Province(c.Source.ProvinceCode));
        Field<NonNullGraphType<CityType>>("city")
            .Description("City of the main campus (所在城市).")
            .Resolve(c => c.Reference().City(c.Source.CityCode));
        var schools = Connection<SchoolType>("schools")
            .Description("Its schools (二级学院).")
            .Bidirectional();
        Structure.ResolveList(schools, (_, structure) => structure.Schools, c => c.Code, s => s.Name);
        var majors = Connection<MajorType>("majors")
            .Description("Its majors, across its schools (专业).")
            .Bidirectional();
        Structure.ResolveList(majors, (_, structure) => structure.Majors, c => c.Code, m => m.Name);
    }
}

/// <summary>Filter for college lists.</summary>
public sealed class CollegeFilterInputType : InputObjectGraphType<CollegeFilter>
{
    public CollegeFilterInputType()
    {
        Name = "CollegeFilter";
        Description = "Which colleges to list (筛选条件); all given conditions must hold.";
        Field<StringGraphType>("provinceCode").Description("2-digit province code (省份代码).");
        Field<StringGraphType>("cityCode").Description("6-digit city code (城市代码).");
        Field<StringGraphType>("nameContains").Description("Part of the name (名称包含), matched literally.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new CollegeFilter(value.Text("provinceCode"), value.Text("cityCode"), value.Text("nameContains"));
}

/// <summary>Orders for college lists.</summary>
public sealed class CollegeOrderType : EnumerationGraphType<CollegeOrder>
{
    public CollegeOrderType()
    {
        Name = "CollegeOrder";
        Description = "How to order colleges (排序).";
        Values["CODE_ASCENDING"]!.Description = "By code, A→Z (按代码).";
        Values["NAME_ASCENDING"]!.Description = "By name, then code (按名称).";
    }
}
