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
}
