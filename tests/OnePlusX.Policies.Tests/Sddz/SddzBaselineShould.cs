using OnePlusX.Policies.Baseline;

namespace OnePlusX.Policies.Tests.Sddz;

/// <summary>Where SDDZ's text is silent (credits, weekly-report exit, exam pay, venues) it behaves as the national baseline.</summary>
public sealed class SddzBaselineShould
{
    private static CreditFacts Credit() => new(Facts.Day("2025-06-01"), IsDrivingLicence: false, SubstitutedCourseCredits: 4m, CreditCategory.CourseSubstitution);

    [Fact]
    public void GrantNoCreditsOfItsOwnAsTheNationalBaselineDoes_NAT_CB_1()
    {
        var sddz = Expect.Ok(Plugins.Sddz.GrantCredits(Credit(), Plugins.Defaults));

        Assert.Equal((0m, CreditCategory.None), (sddz.Credits, sddz.Category));
        Assert.Equal(["NAT-CB-1"], sddz.RuleIds);
        Assert.Equal("学校未设定证书学分；学分记录由学分银行认定（NAT-CB-1）", sddz.Explanation.Chinese);
        AssertSame(Expect.Ok(Plugins.National.GrantCredits(Credit(), Plugins.Defaults)), sddz);
        Assert.Equal(2m, Expect.Ok(Plugins.Xmgx.GrantCredits(Credit(), Plugins.Defaults)).Credits);
    }

    [Fact]
    public void GrantTheTenantsCreditsPerCertificateFromTheirEffectiveDate_NAT_CB_1()
    {
        var schedule = Facts.Schedule((NationalParameters.CreditsPerCertificate, "2025-06-01", "2"));

        var before = Expect.Ok(Plugins.Sddz.GrantCredits(Credit() with { HeldOn = Facts.Day("2025-05-31") }, schedule));
        var after = Expect.Ok(Plugins.Sddz.GrantCredits(Credit(), schedule));

        Assert.Equal(0m, before.Credits);
        Assert.Equal((2m, CreditCategory.CertificateCredit), (after.Credits, after.Category));
        Assert.Equal("每个证书认定2学分（NAT-CB-1）", after.Explanation.Chinese);
        Assert.Equal(Expect.Ok(Plugins.National.GrantCredits(Credit(), schedule)).Explanation, after.Explanation);
    }

    [Fact]
    public void FlagExitAfterThreeMissedWeeksWithoutCancellingAProjectOfItsOwn_NAT_EXIT_COL()
    {
        var sddz = Expect.Ok(Plugins.Sddz.EvaluateWeeklyReports(Facts.Weeks("FF---"), Plugins.Defaults));

        Assert.Equal((true, false), (sddz.ExitFlag, sddz.ProjectCancelled));
        Assert.Equal(["NAT-REP-1", "NAT-EXIT-COL"], sddz.RuleIds);
        var national = Expect.Ok(Plugins.National.EvaluateWeeklyReports(Facts.Weeks("FF---"), Plugins.Defaults));
        Assert.Equal(
            (national.MissedInARow, national.LongestMissedRun, national.Warning, national.ExitFlag, national.ProjectCancelled, national.Explanation),
            (sddz.MissedInARow, sddz.LongestMissedRun, sddz.Warning, sddz.ExitFlag, sddz.ProjectCancelled, sddz.Explanation));
        Assert.True(Expect.Ok(Plugins.Hbgz.EvaluateWeeklyReports(Facts.Weeks("FF---"), Plugins.Defaults)).ProjectCancelled);
    }

    [Fact]
    public void PayExamWorkersAtTheBaselineRates_NAT_COST_1()
    {
        var sitting = Facts.Sitting("B201", "2025-06-01 09:00", 90);
        ExamWorker[] workers = [Facts.Examiner("张老师", 2m), Facts.Invigilator("赵老师", sitting), Facts.Staff("钱老师", sitting)];

        var sddz = Expect.Ok(Plugins.Sddz.ComputeExamFees(Facts.ExamFees(workers), Plugins.Defaults));

        // 2 days × 500 + 1 session × 100 + 1 × 100.
        Assert.Equal([1000m, 100m, 100m], sddz.Lines.Select(l => l.Amount));
        Assert.Equal(1200m, sddz.Total);
        var national = Expect.Ok(Plugins.National.ComputeExamFees(Facts.ExamFees(workers), Plugins.Defaults));
        Assert.Equal(national.Lines.Select(Row), sddz.Lines.Select(Row));
        Assert.Equal((national.Total, national.Explanation), (sddz.Total, sddz.Explanation));
        Assert.Equal(national.RuleIds, sddz.RuleIds);
    }

    [Fact]
    public void RefuseAVenueClaimedTwiceAsTheNationalBaselineDoes()
    {
        var sitting = Facts.Sitting("B201", "2025-06-01 09:00", 90);
        VenueBooking[] others = [new("大数据应用开发", "B201", Facts.At("2025-06-01 10:00"), Facts.At("2025-06-01 11:00"))];
        var facts = Facts.ExamPlan([sitting], [Facts.Invigilator("赵老师", sitting)], others: others);

        var sddz = Expect.Ok(Plugins.Sddz.CheckExamPlan(facts, Plugins.Defaults));

        Assert.False(sddz.Allowed);
        Assert.Equal("考场时间冲突：B201 06-01 09:00–10:30 × 大数据应用开发", sddz.Explanation.Chinese);
        AssertSame(Expect.Ok(Plugins.National.CheckExamPlan(facts, Plugins.Defaults)), sddz);
    }

    private static (string, CostType, string, decimal, decimal, decimal) Row(FeeLine l) => (l.Name, l.Type, l.Description, l.Quantity, l.Rate, l.Amount);

    private static void AssertSame(CreditGrant expected, CreditGrant actual)
    {
        Assert.Equal((expected.Credits, expected.Category, expected.Explanation), (actual.Credits, actual.Category, actual.Explanation));
        Assert.Equal(expected.RuleIds, actual.RuleIds);
    }

    private static void AssertSame(PolicyDecision expected, PolicyDecision actual)
    {
        Assert.Equal((expected.Allowed, expected.Explanation), (actual.Allowed, actual.Explanation));
        Assert.Equal(expected.RuleIds, actual.RuleIds);
    }
}
