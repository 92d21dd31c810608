using OnePlusX.Policies.Jljt;

namespace OnePlusX.Policies.Tests.Jljt;

/// <summary>Who pays for a JLJT student's certificates (JL-FUND-1, JL-FUND-2).</summary>
public sealed class JljtFundingShould
{
    [Fact]
    public void PayTheFirstCertificateFromPublicFunds_JL_FUND_1()
    {
        var decision = Expect.Ok(Plugins.Jljt.DecideFunding(Facts.Student(earlier: 0), Plugins.Defaults));

        Assert.Equal(Payer.College, decision.Payer);
        Assert.All(decision.Lines, l => Assert.Equal(Fund.PublicSpecialFund, l.Fund));
        Assert.Equal(350m, decision.Total);
        Assert.Equal("财政专项资金承担：第一个证书（JL-FUND-1）", decision.Explanation.Chinese);
    }

    [Theory]
    [InlineData(1, "学生自费：第二个证书（JL-FUND-1）")]
    [InlineData(2, "学生自费：第三个证书（JL-FUND-1）")]
    public void LeaveTheSecondAndThirdCertificateToTheStudent_JL_FUND_1(int earlier, string why)
    {
        var decision = Expect.Ok(Plugins.Jljt.DecideFunding(Facts.Student(earlier), Plugins.Defaults));

        Assert.Equal(Payer.Student, decision.Payer);
        Assert.All(decision.Lines, l => Assert.Equal(Fund.CandidatePayment, l.Fund));
        Assert.Equal(why, decision.Explanation.Chinese);
        Assert.Equal(["JL-FUND-1"], decision.RuleIds);
    }

    [Fact]
    public void LeaveEveryCertificateToTheStudentOnceThePilotIsOver_JL_FUND_2()
    {
        var schedule = Facts.Schedule((JljtParameters.PilotEnded, "2026-09-01", "true"));

        var before = Expect.Ok(Plugins.Jljt.DecideFunding(Facts.Student(0, on: "2026-08-31"), schedule));
        var after = Expect.Ok(Plugins.Jljt.DecideFunding(Facts.Student(0, on: "2026-09-01"), schedule));

        Assert.Equal((Payer.College, "JL-FUND-1"), (before.Payer, before.RuleIds.Single()));
        Assert.Equal((Payer.Student, "JL-FUND-2"), (after.Payer, after.RuleIds.Single()));
        Assert.Contains(after.Parameters, p => p is { Key: JljtParameters.PilotEnded, Value: "true", SetByTenant: true });
    }

    [Fact]
    public void ChargeEachPartOfThePriceToPublicFundsForTheFirstCertificate_JL_FUND_1()
    {
        var decision = Expect.Ok(Plugins.Jljt.DecideFunding(Facts.Student(earlier: 0), Plugins.Defaults));

        Assert.True(decision.Allowed);
        Assert.Equal(
            [new FundingLine(Fund.PublicSpecialFund, "设备耗材费", 100m), new FundingLine(Fund.PublicSpecialFund, "办证费", 200m), new FundingLine(Fund.PublicSpecialFund, "考评员劳务费", 50m)],
            decision.Lines);
        Assert.Equal("Paid from public funds: first certificate (JL-FUND-1)", decision.Explanation.English);
        Assert.Contains(decision.Parameters, p => p is { Key: JljtParameters.PubliclyFundedCertificates, Value: "1", SetByTenant: false });
        Assert.Contains(decision.Parameters, p => p is { Key: JljtParameters.PilotEnded, Value: "false", SetByTenant: false });
    }

    [Fact]
    public void ChargeTheStudentTheWholePriceOfASecondCertificate_JL_FUND_1()
    {
        var decision = Expect.Ok(Plugins.Jljt.DecideFunding(Facts.Student(earlier: 1), Plugins.Defaults));

        Assert.Equal(350m, decision.Total);
        Assert.Equal("Paid by the student: second certificate (JL-FUND-1)", decision.Explanation.English);
    }

    [Fact]
    public void PayASecondCertificateFromPublicFundsWhenTheTenantFundsTwo_JL_FUND_1()
    {
        var schedule = Facts.Schedule((JljtParameters.PubliclyFundedCertificates, "2025-01-01", "2"));

        var second = Expect.Ok(Plugins.Jljt.DecideFunding(Facts.Student(1), schedule));
        var third = Expect.Ok(Plugins.Jljt.DecideFunding(Facts.Student(2), schedule));

        Assert.Equal((Payer.College, "财政专项资金承担：第二个证书（JL-FUND-1）"), (second.Payer, second.Explanation.Chinese));
        Assert.Equal((Payer.Student, "学生自费：第三个证书（JL-FUND-1）"), (third.Payer, third.Explanation.Chinese));
    }

    [Theory]
    [InlineData(0, "学生自费：试点结束后第一个证书（JL-FUND-2）", "Paid by the student: first certificate after the pilot (JL-FUND-2)")]
    [InlineData(1, "学生自费：试点结束后第二个证书（JL-FUND-2）", "Paid by the student: second certificate after the pilot (JL-FUND-2)")]
    public void ChargeTheStudentForEveryCertificateAfterThePilot_JL_FUND_2(int earlier, string chinese, string english)
    {
        var schedule = Facts.Schedule((JljtParameters.PilotEnded, "2026-09-01", "true"));

        var decision = Expect.Ok(Plugins.Jljt.DecideFunding(Facts.Student(earlier, on: "2026-09-02"), schedule));

        Assert.Equal(Payer.Student, decision.Payer);
        Assert.All(decision.Lines, l => Assert.Equal(Fund.CandidatePayment, l.Fund));
        Assert.Equal(350m, decision.Total);
        Assert.Equal(["JL-FUND-2"], decision.RuleIds);
        Assert.Equal(new Explanation(chinese, english), decision.Explanation);
    }
}
