using OnePlusX.Policies.Xmgx;

namespace OnePlusX.Policies.Tests.Xmgx;

/// <summary>
/// XMGX credits (XM-CRD-1): each certificate, a driving licence included, counts as 2 credits of innovation and
/// entrepreneurship practice, or of public electives when the student asks for those.
/// </summary>
public sealed class XmgxCreditsShould
{
    [Fact]
    public void CountEachCertificateAsTwoInnovationPracticeCredits_XM_CRD_1()
    {
        var grant = Grant(licence: false, CreditCategory.None);

        Assert.Equal((2m, CreditCategory.InnovationPractice), (grant.Credits, grant.Category));
        Assert.Equal(["XM-CRD-1"], grant.RuleIds);
        Assert.Equal("证书认定2学分（创新创业实践学分）（XM-CRD-1）", grant.Explanation.Chinese);
        Assert.Equal("Certificate counts as 2 innovation and entrepreneurship practice credits (XM-CRD-1)", grant.Explanation.English);
    }

    [Fact]
    public void CountADrivingLicenceLikeAnyCertificate_XM_CRD_1()
    {
        var grant = Grant(licence: true, CreditCategory.None);

        Assert.Equal((2m, CreditCategory.InnovationPractice), (grant.Credits, grant.Category));
        Assert.Equal("驾驶证认定2学分（创新创业实践学分）（XM-CRD-1）", grant.Explanation.Chinese);
        Assert.Equal("Driving licence counts as 2 innovation and entrepreneurship practice credits (XM-CRD-1)", grant.Explanation.English);
    }

    [Theory]
    [InlineData(false, CreditCategory.PublicElective, CreditCategory.PublicElective, "证书认定2学分（公共通识选修课学分）（XM-CRD-1）")]
    [InlineData(true, CreditCategory.PublicElective, CreditCategory.PublicElective, "驾驶证认定2学分（公共通识选修课学分）（XM-CRD-1）")]
    [InlineData(false, CreditCategory.InnovationPractice, CreditCategory.InnovationPractice, "证书认定2学分（创新创业实践学分）（XM-CRD-1）")]
    [InlineData(false, CreditCategory.CourseSubstitution, CreditCategory.InnovationPractice, "证书认定2学分（创新创业实践学分）（XM-CRD-1）")]
    [InlineData(false, CreditCategory.CertificateCredit, CreditCategory.InnovationPractice, "证书认定2学分（创新创业实践学分）（XM-CRD-1）")]
    public void GrantPublicElectiveCreditsOnlyWhenRequested_XM_CRD_1(bool licence, CreditCategory requested, CreditCategory granted, string why)
    {
        var grant = Grant(licence, requested);

        Assert.Equal((2m, granted, why), (grant.Credits, grant.Category, grant.Explanation.Chinese));
    }

    [Fact]
    public void GrantTwoCreditsWhateverTheCourseTheCertificateWouldSubstitute_XM_CRD_1()
    {
        var grant = Expect.Ok(Plugins.Xmgx.GrantCredits(new CreditFacts(Facts.Day("2025-06-01"), false, 4m, CreditCategory.CourseSubstitution), Plugins.Defaults));

        Assert.Equal((2m, CreditCategory.InnovationPractice), (grant.Credits, grant.Category));
    }

    [Fact]
    public void GrantTheTenantsCreditsFromTheDayTheyChange_XM_CRD_1()
    {
        var schedule = Facts.Schedule((XmgxPolicy.CreditsPerCertificate, "2026-09-01", "3"));

        var before = Grant(false, CreditCategory.None, schedule, "2026-08-31");
        var after = Grant(false, CreditCategory.None, schedule, "2026-09-01");

        Assert.Equal(2m, before.Credits);
        Assert.Equal(3m, after.Credits);
        Assert.Equal("证书认定3学分（创新创业实践学分）（XM-CRD-1）", after.Explanation.Chinese);
    }

    private static CreditGrant Grant(bool licence, CreditCategory requested, ParameterSchedule? schedule = null, string on = "2025-06-01") =>
        Expect.Ok(Plugins.Xmgx.GrantCredits(new CreditFacts(Facts.Day(on), licence, null, requested), schedule ?? Plugins.Defaults));
}
