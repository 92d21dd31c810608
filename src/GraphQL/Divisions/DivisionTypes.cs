using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.ReadModels;

namespace OnePlusX.GraphQL.Divisions;

/// <summary>省级行政区.</summary>
public sealed class ProvinceType : NodeType<ProvinceRecord>
{
    public const string TypeName = "Province";

    public ProvinceType()
        : base(TypeName, "A province-level division (省级行政区).", p => p.Code)
    {
        Field(p => p.Code).Description("2-digit division code (行政区划代码).");
        Field(p => p.Name).Description("Name (名称), e.g. 吉林省.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CityType>>>>("cities")
            .Description("Its cities for coverage purposes (地级市及同级单位).")
            .Resolve(c => c.Reference().CitiesOf(c.Source.Code));
    }
}

/// <summary>地级市 and equivalents.</summary>
public sealed class CityType : NodeType<CityRecord>
{
    public const string TypeName = "City";

    public CityType()
        : base(TypeName, "A city for coverage purposes (地级市): a prefecture-level unit, a municipality, or a county-level unit the province administers directly.", c => c.Code)
    {
        Field(c => c.Code).Description("6-digit division code (行政区划代码).");
        Field(c => c.Name).Description("Name (名称), e.g. 长春市.");
        Field(c => c.Kind).Description("prefecture (地级), municipality (直辖市) or county-level (省直辖县级).");
        Field<NonNullGraphType<ProvinceType>>("province")
            .Description("The province it belongs to (所属省份).")
            .Resolve(c => c.Reference().Province(c.Source.ProvinceCode));
    }
}
