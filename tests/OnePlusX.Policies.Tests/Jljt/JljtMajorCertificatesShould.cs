using OnePlusX.CertificateProjects;
using OnePlusX.Policies.Jljt;

namespace OnePlusX.Policies.Tests.Jljt;

/// <summary>How many X certificates a JLJT major takes (JL-APP-1) and full coverage by 2023 (JL-APP-2).</summary>
public sealed class JljtMajorCertificatesShould
{
    [Theory]
    [InlineData(0, "专业600202的第1个X证书（JL-APP-1）", "X certificate no. 1 of major 600202 (JL-APP-1)")]
    [InlineData(1, "专业600202的第2个X证书（JL-APP-1）", "X certificate no. 2 of major 600202 (JL-APP-1)")]
    public void AllowAMajorItsFirstAndSecondCertificate_JL_APP_1(int already, string chinese, string english)
    {
        var decision = Expect.Allowed(Plugins.Jljt.CheckProjectApplication(Application(already), Plugins.Defaults), "JL-APP-1");

        Assert.Equal(["JL-APP-1"], decision.RuleIds);
        Assert.Equal(new Explanation(chinese, english), decision.Explanation);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void RefuseAThirdCertificateForAMajor_JL_APP_1(int already)
    {
        var decision = Expect.Refused(Plugins.Jljt.CheckProjectApplication(Application(already), Plugins.Defaults), "JL-APP-1");

        Assert.Equal(["JL-APP-1"], decision.RuleIds);
        Assert.Equal($"专业600202已有{already}个X证书，每个专业最多2个（JL-APP-1）", decision.Explanation.Chinese);
        Assert.Equal($"Major 600202 already has {already} X certificates; at most 2 per major (JL-APP-1)", decision.Explanation.English);
    }

    [Fact]
    public void LeaveAnApplicationWithoutAMajorToBeCheckedWhenAMajorAdoptsIt_JL_APP_1()
    {
        var decision = Expect.Allowed(Plugins.Jljt.CheckProjectApplication(Application(5, major: null), Plugins.Defaults), "JL-APP-1");

        Assert.StartsWith("申报未关联专业", decision.Explanation.Chinese);
    }

    [Fact]
    public void ApplyATenantsLowerLimitFromTheYearItTakesEffect_JL_APP_1()
    {
        var schedule = Facts.Schedule((JljtParameters.MaxCertificatesPerMajor, "2026-01-01", "1"));

        Expect.Allowed(Plugins.Jljt.CheckProjectApplication(Application(1, year: 2025), schedule), "JL-APP-1");
        var refused = Expect.Refused(Plugins.Jljt.CheckProjectApplication(Application(1, year: 2026), schedule), "JL-APP-1");

        Assert.Equal("专业600202已有1个X证书，每个专业最多1个（JL-APP-1）", refused.Explanation.Chinese);
    }

    [Fact]
    public void ReportMajorsWithoutACertificateBefore2023WithoutRefusing_JL_APP_2()
    {
        var decision = Expect.Allowed(Plugins.Jljt.CheckMajorCoverage(Coverage(2022), Plugins.Defaults), "JL-APP-2");

        Assert.Equal("2023年前须全覆盖，尚无X证书的专业：600203、600205（JL-APP-2）", decision.Explanation.Chinese);
        Assert.Equal("Full coverage due by 2023; majors without an X certificate: 600203, 600205 (JL-APP-2)", decision.Explanation.English);
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    public void RefuseMajorsWithoutACertificateFrom2023_JL_APP_2(int year)
    {
        var decision = Expect.Refused(Plugins.Jljt.CheckMajorCoverage(Coverage(year), Plugins.Defaults), "JL-APP-2");

        Assert.Equal(["JL-APP-2"], decision.RuleIds);
        Assert.Equal("2023年起须全覆盖，尚无X证书的专业：600203、600205（JL-APP-2）", decision.Explanation.Chinese);
        Assert.Equal("Full coverage due from 2023; majors without an X certificate: 600203, 600205 (JL-APP-2)", decision.Explanation.English);
    }

    [Fact]
    public void AcceptFullCoverage_JL_APP_2()
    {
        var facts = new MajorCoverageFacts(2023, [new("600202", 2), new("600203", 1)]);

        var decision = Expect.Allowed(Plugins.Jljt.CheckMajorCoverage(facts, Plugins.Defaults), "JL-APP-2");

        Assert.Equal(new Explanation("所有专业均有X证书（JL-APP-2）", "Every major has an X certificate (JL-APP-2)"), decision.Explanation);
    }

    private static ProjectApplicationFacts Application(int already, string? major = "600202", int year = 2025) =>
        new("WEB-FE", CertificateLevel.Intermediate, year, 40, 20_000m, major, already);

    private static MajorCoverageFacts Coverage(int year) =>
        new(year, [new("600202", 2), new("600203", 0), new("600204", 1), new(" 600205 ", 0)]);
}
