using OnePlusX.CertificateProjects;
using OnePlusX.Silo.ReferenceData;

namespace OnePlusX.Silo.Tests.ReferenceData;

public sealed class ReferenceCatalogShould
{
    private static readonly ReferenceCatalog Catalog = ReferenceCatalog.Load();

    [Fact]
    public void HoldThe31ProvincesAndThe333PrefectureLevelUnits()
    {
        Assert.Equal(31, Catalog.Provinces.Count);
        Assert.Equal(333, Catalog.Cities.Values.Count(c => c.Kind == "prefecture"));
        Assert.Equal(4, Catalog.Cities.Values.Count(c => c.Kind == "municipality"));
        Assert.All(Catalog.Cities.Values, c => Assert.True(Catalog.Provinces.ContainsKey(c.ProvinceCode), c.Code));
    }

    [Fact]
    public void PlaceTheSeedCollegesCities()
    {
        Assert.True(Catalog.IsCityOf("220100", "22")); // 长春
        Assert.True(Catalog.IsCityOf("420300", "42")); // 十堰
        Assert.True(Catalog.IsCityOf("370100", "37")); // 济南
        Assert.True(Catalog.IsCityOf("350200", "35")); // 厦门
        Assert.Equal("county-level", Catalog.Cities["429004"].Kind); // 仙桃, directly administered by Hubei
    }

    [Fact]
    public void OfferEachSampleCertificateAtItsLevels()
    {
        Assert.True(Catalog.Offers("WEB-FE", CertificateLevel.Intermediate));
        Assert.Equal("工业和信息化部教育与考试中心", Catalog.Organizations[Catalog.Certificates["WEB-FE"].OrganizationCode].Name);
        Assert.False(Catalog.Offers("NO-SUCH", CertificateLevel.Elementary));
    }
}
