using OnePlusX.Policies.Baseline;
using OnePlusX.Tenancy;

namespace OnePlusX.Policies.Tests.Baseline;

/// <summary>The registered plugins and which tenant follows which; the national baseline for everyone else.</summary>
public sealed class PolicyCatalogShould
{
    private static readonly Dictionary<string, string> Mapping = new()
    {
        ["JLJT"] = "JLJT",
        ["HBGZ"] = "HBGZ",
        ["SDDZ"] = "SDDZ",
        ["XMGX"] = "XMGX",
        ["XMGX2"] = "XMGX",
        ["CQGY"] = "NAT",
    };

    [Theory]
    [InlineData("JLJT", "JLJT")]
    [InlineData("HBGZ", "HBGZ")]
    [InlineData("SDDZ", "SDDZ")]
    [InlineData("XMGX", "XMGX")]
    [InlineData("XMGX2", "XMGX")]
    [InlineData("CQGY", "NAT")]
    public void GiveATenantThePluginTheConfigurationMapsItTo(string tenant, string code)
    {
        var catalog = PolicyCatalog.Create(Mapping);

        Assert.Equal(code, catalog.ForTenant(TenantId.From(tenant)).Code);
    }

    [Fact]
    public void GiveAnUnmappedTenantTheNationalBaseline()
    {
        var mapped = PolicyCatalog.Create(Mapping);
        var unmapped = PolicyCatalog.Create();

        Assert.IsType<NationalBaselinePolicy>(mapped.ForTenant(TenantId.From("ZJJD")));
        Assert.Equal("NAT", mapped.ForTenant(TenantId.From("ZJJD")).Code);
        Assert.Equal("NAT", unmapped.ForTenant(TenantId.From("JLJT")).Code);
    }

    [Fact]
    public void RefuseAMappingToAPolicyThatDoesNotExistWhenItIsBuilt()
    {
        var error = Assert.Throws<ArgumentException>(() => PolicyCatalog.Create(new Dictionary<string, string> { ["JLJT"] = "JLJT", ["ZJJD"] = "ZJJD" }));

        Assert.Equal("tenants", error.ParamName);
        Assert.Contains("ZJJD → ZJJD", error.Message);
    }

    [Fact]
    public void RefuseACatalogWithoutTheNationalBaseline()
    {
        var error = Assert.Throws<ArgumentException>(() => new PolicyCatalog([Plugins.Jljt, Plugins.Hbgz]));

        Assert.Equal("plugins", error.ParamName);
    }

    [Fact]
    public void ListAllFivePluginCodes()
    {
        var catalog = PolicyCatalog.Create();

        Assert.Equal(["HBGZ", "JLJT", "NAT", "SDDZ", "XMGX"], catalog.Codes.Order(StringComparer.Ordinal));
        Assert.Equal("NAT", IPolicyCatalog.BaselineCode);
    }

    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void GiveThePluginForEachCode(string code)
    {
        Assert.Equal(code, PolicyCatalog.Create().Get(code).Code);
    }

    [Theory]
    [InlineData("ZJJD")]
    [InlineData("jljt")]
    [InlineData("")]
    [InlineData(null)]
    public void GiveTheNationalBaselineForAnUnknownCode(string? code)
    {
        Assert.Equal("NAT", PolicyCatalog.Create().Get(code!).Code);
    }
}
