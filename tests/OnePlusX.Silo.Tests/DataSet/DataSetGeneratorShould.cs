using OnePlusX.CertificateProjects;
using OnePlusX.Silo.DataSet;
using OnePlusX.Silo.ReadModels.IssuedCertificates;
using OnePlusX.Silo.ReadModels.Registrations;
using OnePlusX.Silo.ReferenceData;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Tests.DataSet;

/// <summary>The data set's shape, drawn in memory: keys the product accepts, exact totals, every unit covered.</summary>
public sealed class DataSetGeneratorShould
{
    private static readonly ReferenceCatalog Reference = ReferenceCatalog.Load();

    [Fact]
    public void PlaceTheNationalCollegesInEveryProvinceAndEveryPrefectureLevelUnit()
    {
        var plan = DataSetPlan.For(42, 1);
        var units = DataSetColleges.Units(Reference);
        var colleges = DataSetColleges.Place(plan, units);

        Assert.Equal(333, units.Count(u => u.Kind == "prefecture"));
        Assert.Equal(4, units.Count(u => u.Kind == "municipality"));
        Assert.Equal(10_000, colleges.Count);
        Assert.Equal(units.Select(u => u.Code).Order(), colleges.Select(c => c.City.Code).Distinct().Order());
        Assert.Equal(31, colleges.Select(c => c.City.ProvinceCode).Distinct().Count());
        Assert.Equal(5_000_000, colleges.Sum(c => (long)c.Students));
        Assert.Equal(50_000, colleges.Sum(c => c.Stations));
        Assert.All(colleges, c => Assert.True(TenantId.TryParse(c.Code, out _), c.Code));
        Assert.Equal(colleges.Count, colleges.Select(c => c.Code).Distinct().Count());
        // More colleges where more people live: a municipality or capital holds more than an ordinary prefecture.
        Assert.True(colleges.Count(c => c.City.Code == "420100") > 2 * colleges.Count(c => c.City.Code == "420300"));
    }

    [Fact]
    public void DrawKeysTheProductAccepts()
    {
        var generator = new DataSetGenerator(DataSetPlan.For(5, DataSetPlan.Small), Reference);
        var counts = generator.Count();

        Assert.Equal(450, counts.Certificates);
        Assert.Equal(450, generator.Catalogue.Certificates.Select(c => c.Code).Distinct().Count());
        Assert.All(generator.Projects(), p => Assert.True(CertificateProjectKey.TryParse(p.ProjectKey, out var code, out var level, out var year)
            && code == p.CertificateCode && (short)level == p.Level && year == p.Year, p.ProjectKey));
        Assert.All(generator.Students(), s => Assert.True(GrainKey.IsValidLocalKey(s.StudentNumber), s.StudentNumber));
        var registrations = generator.Registrations().ToList();
        Assert.Equal(counts.Registrations, registrations.Count);
        Assert.Equal(registrations.Count, registrations.Select(r => (r.TenantId, r.ProjectKey, r.CandidateKey)).Distinct().Count());
        var issued = registrations.Where(r => r.CertificateNumber is not null).ToList();
        Assert.Equal(counts.IssuedCertificates, issued.Count);
        Assert.Equal(issued.Count, issued.Select(r => r.CertificateNumber).Distinct().Count());
        Assert.All(issued, r => Assert.True(r.Passed == true && r.Issued is not null && CertificateNumberClaims.Normalise(r.CertificateNumber) == r.CertificateNumber));
        // Each student's registration count is what the students table says.
        var perStudent = registrations.Where(r => !r.External).CountBy(r => (r.TenantId, r.StudentNumber!)).ToDictionary();
        Assert.All(generator.Students(), s => Assert.Equal(s.RegistrationCount, perStudent[(s.TenantId, s.StudentNumber)]));
        // Each project's candidate count is its registrations.
        var perProject = registrations.CountBy(r => (r.TenantId, r.ProjectKey)).ToDictionary();
        Assert.All(generator.Projects(), p => Assert.Equal(p.CandidateCount, perProject.GetValueOrDefault((p.TenantId, p.ProjectKey))));
        Assert.Contains(registrations, r => r.External && r.Payer == "ExternalCandidate" && r.StudentNumber is null);
        Assert.Contains(generator.Stations(), s => !s.Approved);
    }

    [Fact]
    public void WriteColumnsInTheProjectionsOrder()
    {
        Assert.Equal(RegistrationProjection.Columns, DataSetTables.Registrations.ColumnList);
        Assert.Equal(IssuedCertificateRows.Columns, DataSetTables.IssuedCertificates.ColumnList);
    }

    [Theory]
    [InlineData("national", 1.0)]
    [InlineData("small", 0.001)]
    [InlineData("0.2", 0.2)]
    [InlineData("1/1000", 0.001)]
    public void ReadTheScale(string text, double factor)
    {
        Assert.True(DataSetPlan.TryParseScale(text, out var parsed));
        Assert.Equal(factor, parsed, 9);
    }

    [Theory]
    [InlineData("huge")]
    [InlineData("0")]
    [InlineData("2")]
    [InlineData("1/0")]
    public void RefuseAScaleOutsideOneToZero(string text) => Assert.False(DataSetPlan.TryParseScale(text, out _));
}
