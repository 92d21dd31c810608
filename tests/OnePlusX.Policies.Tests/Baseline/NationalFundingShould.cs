using OnePlusX.Policies.Baseline;

namespace OnePlusX.Policies.Tests.Baseline;

/// <summary>Who pays for a student's certificates under the national baseline (NAT-COST-1).</summary>
public sealed class NationalFundingShould
{
    [Fact]
    public void PayTheFirstCertificateFromTheCollegesFunds_NAT_COST_1()
    {
        var decision = Expect.Ok(Plugins.National.DecideFunding(Facts.Student(earlier: 0), Plugins.Defaults));

        Assert.True(decision.Allowed);
        Assert.Equal(Payer.College, decision.Payer);
        Assert.Equal(
            [new FundingLine(Fund.CollegeFunds, "设备耗材费", 100m), new FundingLine(Fund.CollegeFunds, "办证费", 200m), new FundingLine(Fund.CollegeFunds, "考评员劳务费", 50m)],
            decision.Lines);
        Assert.Equal(350m, decision.Total);
        Assert.Equal(["NAT-COST-1"], decision.RuleIds);
        Assert.Equal("学校承担：第一个证书（NAT-COST-1）", decision.Explanation.Chinese);
        Assert.Equal("Paid by the college: first certificate (NAT-COST-1)", decision.Explanation.English);
    }

    [Theory]
    [InlineData(1, "学生自费：第二个证书（NAT-COST-1）", "Paid by the student: second certificate (NAT-COST-1)")]
    [InlineData(2, "学生自费：第三个证书（NAT-COST-1）", "Paid by the student: third certificate (NAT-COST-1)")]
    public void LeaveTheSecondAndThirdCertificateToTheStudent_NAT_COST_1(int earlier, string chinese, string english)
    {
        var decision = Expect.Ok(Plugins.National.DecideFunding(Facts.Student(earlier), Plugins.Defaults));

        Assert.Equal(Payer.Student, decision.Payer);
        Assert.All(decision.Lines, l => Assert.Equal(Fund.CandidatePayment, l.Fund));
        Assert.Equal(350m, decision.Total);
        Assert.Equal(["NAT-COST-1"], decision.RuleIds);
        Assert.Equal((chinese, english), (decision.Explanation.Chinese, decision.Explanation.English));
    }

    [Fact]
    public void PayTheSecondCertificateTooWhenTheCollegeFundsTwo_NAT_COST_1()
    {
        var schedule = Facts.Schedule((NationalParameters.CollegeFundedCertificates, "2025-01-01", "2"));

        var second = Expect.Ok(Plugins.National.DecideFunding(Facts.Student(1), schedule));
        var third = Expect.Ok(Plugins.National.DecideFunding(Facts.Student(2), schedule));

        Assert.Equal(Payer.College, second.Payer);
        Assert.All(second.Lines, l => Assert.Equal(Fund.CollegeFunds, l.Fund));
        Assert.Equal("学校承担：第二个证书（NAT-COST-1）", second.Explanation.Chinese);
        Assert.Equal(Payer.Student, third.Payer);
        Assert.Equal("学生自费：第三个证书（NAT-COST-1）", third.Explanation.Chinese);
        Assert.Equal(
            [new UsedParameter(NationalParameters.CollegeFundedCertificates, "2", Facts.Day("2025-01-01"), SetByTenant: true, IsSample: false)],
            second.Parameters);
    }

    [Fact]
    public void FundTheSecondCertificateOnlyFromTheDayTheTenantsValueTakesEffect_NAT_COST_1()
    {
        var schedule = Facts.Schedule((NationalParameters.CollegeFundedCertificates, "2025-09-01", "2"));

        var dayBefore = Expect.Ok(Plugins.National.DecideFunding(Facts.Student(1, on: "2025-08-31"), schedule));
        var fromTheDay = Expect.Ok(Plugins.National.DecideFunding(Facts.Student(1, on: "2025-09-01"), schedule));

        Assert.Equal(Payer.Student, dayBefore.Payer);
        Assert.Equal(
            [new UsedParameter(NationalParameters.CollegeFundedCertificates, "1", Facts.Day("2019-01-01"), SetByTenant: false, IsSample: false)],
            dayBefore.Parameters);
        Assert.Equal(Payer.College, fromTheDay.Payer);
    }

    [Fact]
    public void LeaveAnExternalCandidateToPayTheWholePrice_NAT_COST_1()
    {
        var decision = Expect.Ok(Plugins.National.DecideFunding(Facts.External(), Plugins.Defaults));

        Assert.Equal(Payer.ExternalCandidate, decision.Payer);
        Assert.All(decision.Lines, l => Assert.Equal(Fund.CandidatePayment, l.Fund));
        Assert.Equal(350m, decision.Total);
        Assert.StartsWith("社会学员自行缴费", decision.Explanation.Chinese);
    }

    [Fact]
    public void ChargeOnlyTheNonZeroPartsOfThePrice_NAT_COST_1()
    {
        var facts = Facts.Student(0) with { Price = new ExamPrice(0m, 480.50m, 0m) };

        var decision = Expect.Ok(Plugins.National.DecideFunding(facts, Plugins.Defaults));

        Assert.Equal([new FundingLine(Fund.CollegeFunds, "办证费", 480.50m)], decision.Lines);
    }
}
