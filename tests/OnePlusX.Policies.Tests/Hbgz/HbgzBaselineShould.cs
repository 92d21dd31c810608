using OnePlusX.CertificateProjects;
using OnePlusX.Policies.Baseline;

namespace OnePlusX.Policies.Tests.Hbgz;

/// <summary>Where HBGZ's text is silent (venue conflicts, levels applied for, credits) it behaves as the national baseline.</summary>
public sealed class HbgzBaselineShould
{
    private static readonly ExamSitting Morning = Facts.Sitting("A101", "2025-06-01 09:00", 120);

    [Fact]
    public void RefuseAVenueClaimedTwiceAsTheNationalBaselineDoes()
    {
        VenueBooking[] others = [new("Python程序开发", "a101 ", Facts.At("2025-06-01 10:30"), Facts.At("2025-06-01 12:00"))];
        var facts = Facts.ExamPlan([Morning], [Facts.Invigilator("赵老师", Morning)], others: others);

        var hbgz = Expect.Ok(Plugins.Hbgz.CheckExamPlan(facts, Plugins.Defaults));
        var national = Expect.Ok(Plugins.National.CheckExamPlan(facts, Plugins.Defaults));

        Assert.False(hbgz.Allowed);
        Assert.Empty(hbgz.RuleIds);
        Assert.Equal("考场时间冲突：A101 06-01 09:00–11:00 × Python程序开发", hbgz.Explanation.Chinese);
        AssertSame(national, hbgz);
    }

    [Fact]
    public void AllowSittingsThatOnlyTouchAsTheNationalBaselineDoes()
    {
        VenueBooking[] others = [new("Python程序开发", "A101", Facts.At("2025-06-01 11:00"), Facts.At("2025-06-01 12:00"))];
        var facts = Facts.ExamPlan([Morning], [Facts.Invigilator("赵老师", Morning)], others: others);

        var hbgz = Expect.Ok(Plugins.Hbgz.CheckExamPlan(facts, Plugins.Defaults));

        Assert.True(hbgz.Allowed);
        Assert.Equal("考场时间无冲突", hbgz.Explanation.Chinese);
        AssertSame(Expect.Ok(Plugins.National.CheckExamPlan(facts, Plugins.Defaults)), hbgz);
    }

    [Fact]
    public void SetNoLimitOnInvigilatorsPerRoomAsTheNationalBaselineDoes()
    {
        var facts = Facts.ExamPlan([Morning], [Facts.Invigilator("甲", Morning), Facts.Invigilator("乙", Morning), Facts.Invigilator("丙", Morning)]);

        Assert.True(Expect.Ok(Plugins.Hbgz.CheckExamPlan(facts, Plugins.Defaults)).Allowed);
        Assert.False(Expect.Ok(Plugins.Jljt.CheckExamPlan(facts, Plugins.Defaults)).Allowed);
    }

    [Fact]
    public void AllowAnElementaryCertificateWhichOnlySddzRefuses()
    {
        var facts = new ProjectApplicationFacts("WEB-FE", CertificateLevel.Elementary, 2025, 40, 12000m, PilotScale: 30);

        var hbgz = Expect.Ok(Plugins.Hbgz.CheckProjectApplication(facts, Plugins.Defaults));

        Assert.True(hbgz.Allowed);
        AssertSame(Expect.Ok(Plugins.National.CheckProjectApplication(facts, Plugins.Defaults)), hbgz);
        Assert.False(Expect.Ok(Plugins.Sddz.CheckProjectApplication(facts, Plugins.Defaults)).Allowed);
    }

    [Fact]
    public void GrantTheTenantsCreditsPerCertificateAsTheNationalBaselineDoes_NAT_CB_1()
    {
        var schedule = Facts.Schedule((NationalParameters.CreditsPerCertificate, "2025-01-01", "1.5"));
        var facts = new CreditFacts(Facts.Day("2025-06-01"), IsDrivingLicence: false, SubstitutedCourseCredits: null, CreditCategory.CertificateCredit);

        var hbgz = Expect.Ok(Plugins.Hbgz.GrantCredits(facts, schedule));

        Assert.Equal((1.5m, CreditCategory.CertificateCredit), (hbgz.Credits, hbgz.Category));
        Assert.Equal(["NAT-CB-1"], hbgz.RuleIds);
        Assert.Equal(Expect.Ok(Plugins.National.GrantCredits(facts, schedule)).Explanation, hbgz.Explanation);
    }

    private static void AssertSame(PolicyDecision expected, PolicyDecision actual)
    {
        Assert.Equal((expected.Allowed, expected.Explanation), (actual.Allowed, actual.Explanation));
        Assert.Equal(expected.RuleIds, actual.RuleIds);
    }
}
