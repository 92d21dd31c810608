using OnePlusX.Policies.Hbgz;

namespace OnePlusX.Policies.Tests.Hbgz;

/// <summary>
/// Who pays for an HBGZ student's certificates: the school the first (HB-FUND-1), split between the student-aid
/// fund and the school's operating budget (HB-FUND-2); the student the second and later at the agreed pilot price.
/// The default price is 100 equipment and consumables + 200 certificate fee + 50 examiner labour = 350 yuan.
/// </summary>
public sealed class HbgzFundingShould
{
    [Fact]
    public void PayTheFirstCertificateFeeFromStudentAidAndTheRestFromTheOperatingBudget_HB_FUND_1_HB_FUND_2()
    {
        var decision = Expect.Ok(Plugins.Hbgz.DecideFunding(Facts.Student(earlier: 0), Plugins.Defaults));

        Assert.True(decision.Allowed);
        Assert.Equal(Payer.College, decision.Payer);
        Assert.Equal(
            [
                new FundingLine(Fund.StudentAidFund, "办证费", 200m),
                new FundingLine(Fund.SchoolOperatingBudget, "设备耗材费", 100m),
                new FundingLine(Fund.SchoolOperatingBudget, "考评员劳务费", 50m),
            ],
            decision.Lines);
        Assert.Equal(350m, decision.Total);
        Assert.Equal(["HB-FUND-1", "HB-FUND-2"], decision.RuleIds);
        Assert.Equal("学校承担：第一个证书，办证费由资助经费支付，其余由二级学院运行经费支出（HB-FUND-1、HB-FUND-2）", decision.Explanation.Chinese);
        Assert.Equal(
            "Paid by the school: first certificate; certificate fee from the student-aid fund, the rest from the school's operating budget (HB-FUND-1, HB-FUND-2)",
            decision.Explanation.English);
    }

    [Theory]
    [InlineData(1, "第二个", "second")]
    [InlineData(2, "第三个", "third")]
    public void LeaveTheSecondAndThirdCertificateToTheStudentAtThePilotPrice_HB_FUND_1(int earlier, string zh, string en)
    {
        var decision = Expect.Ok(Plugins.Hbgz.DecideFunding(Facts.Student(earlier), Plugins.Defaults));

        Assert.True(decision.Allowed);
        Assert.Equal(Payer.Student, decision.Payer);
        Assert.Equal(
            [
                new FundingLine(Fund.CandidatePayment, "设备耗材费", 100m),
                new FundingLine(Fund.CandidatePayment, "办证费", 200m),
                new FundingLine(Fund.CandidatePayment, "考评员劳务费", 50m),
            ],
            decision.Lines);
        Assert.Equal(350m, decision.Total);
        Assert.Equal(["HB-FUND-1"], decision.RuleIds);
        Assert.Equal($"学生按试点协议价格自付，学校统一收取：{zh}证书（HB-FUND-1）", decision.Explanation.Chinese);
        Assert.Equal($"Paid by the student at the agreed pilot price, collected by the school: {en} certificate (HB-FUND-1)", decision.Explanation.English);
    }

    [Fact]
    public void SplitAnAgreedPriceToTheFen_HB_FUND_2()
    {
        var price = new ExamPrice(85.50m, 120m, 64.55m);

        var first = Expect.Ok(Plugins.Hbgz.DecideFunding(Facts.Student(0) with { Price = price }, Plugins.Defaults));
        var third = Expect.Ok(Plugins.Hbgz.DecideFunding(Facts.Student(2) with { Price = price }, Plugins.Defaults));

        Assert.Equal(120m, first.Lines.Where(l => l.Fund == Fund.StudentAidFund).Sum(l => l.Amount));
        Assert.Equal(150.05m, first.Lines.Where(l => l.Fund == Fund.SchoolOperatingBudget).Sum(l => l.Amount));
        Assert.Equal(270.05m, first.Total);
        Assert.Equal((Payer.Student, 270.05m), (third.Payer, third.Total));
    }

    [Fact]
    public void LeaveOutAZeroPartOfThePrice_HB_FUND_2()
    {
        var facts = Facts.Student(0) with { Price = new ExamPrice(0m, 180m, 0m) };

        var decision = Expect.Ok(Plugins.Hbgz.DecideFunding(facts, Plugins.Defaults));

        Assert.Equal([new FundingLine(Fund.StudentAidFund, "办证费", 180m)], decision.Lines);
    }

    [Fact]
    public void LetAnExternalCandidatePayTheWholePrice_HB_FUND_1()
    {
        var decision = Expect.Ok(Plugins.Hbgz.DecideFunding(Facts.External(), Plugins.Defaults));

        Assert.Equal(Payer.ExternalCandidate, decision.Payer);
        Assert.All(decision.Lines, l => Assert.Equal(Fund.CandidatePayment, l.Fund));
        Assert.Equal(350m, decision.Total);
        Assert.DoesNotContain(decision.Lines, l => l.Fund == Fund.StudentAidFund);
    }

    [Fact]
    public void PayAsManyCertificatesAsTheTenantSetsFromItsEffectiveDate_HB_FUND_1()
    {
        var schedule = Facts.Schedule((HbgzPolicy.SchoolFundedCertificates, "2025-09-01", "2"));

        var before = Expect.Ok(Plugins.Hbgz.DecideFunding(Facts.Student(1, on: "2025-08-31"), schedule));
        var after = Expect.Ok(Plugins.Hbgz.DecideFunding(Facts.Student(1, on: "2025-09-01"), schedule));
        var third = Expect.Ok(Plugins.Hbgz.DecideFunding(Facts.Student(2, on: "2025-09-01"), schedule));

        Assert.Equal(Payer.Student, before.Payer);
        Assert.Contains(before.Parameters, p => p is { Key: HbgzPolicy.SchoolFundedCertificates, Value: "1", SetByTenant: false });
        Assert.Equal(Payer.College, after.Payer);
        Assert.Equal(200m, after.Lines.Single(l => l.Fund == Fund.StudentAidFund).Amount);
        Assert.Contains(after.Parameters, p => p is { Key: HbgzPolicy.SchoolFundedCertificates, Value: "2", SetByTenant: true });
        Assert.Equal(Payer.Student, third.Payer);
    }
}
