namespace OnePlusX.Policies.Tests.Sddz;

/// <summary>
/// SDDZ pays every certificate exam of an enrolled student (SD-FUND-1): the certificate fee from the project budget
/// allocated to the secondary college, which may not be overspent, and equipment, consumables and examiner labour from
/// its operating budget (the school's text, §12). The default price is 100 + 200 + 50 = 350 yuan.
/// </summary>
public sealed class SddzFundingShould
{
    [Theory]
    [InlineData(0, "第一个", "first")]
    [InlineData(1, "第二个", "second")]
    [InlineData(2, "第三个", "third")]
    public void PayTheFirstSecondAndThirdCertificateFromTheAllocatedBudget_SD_FUND_1(int earlier, string zh, string en)
    {
        var decision = Expect.Ok(Plugins.Sddz.DecideFunding(Facts.Student(earlier), Plugins.Defaults));

        Assert.True(decision.Allowed);
        Assert.Equal(Payer.College, decision.Payer);
        Assert.Equal(
            [
                new FundingLine(Fund.SchoolAllocatedBudget, "办证费", 200m),
                new FundingLine(Fund.SchoolOperatingBudget, "设备耗材费", 100m),
                new FundingLine(Fund.SchoolOperatingBudget, "考评员劳务费", 50m),
            ],
            decision.Lines);
        Assert.Equal(350m, decision.Total);
        Assert.Equal(["SD-FUND-1"], decision.RuleIds);
        Assert.Equal($"学校承担：{zh}证书，办证费从二级学院项目预算支出，其余从运行经费支出（SD-FUND-1）", decision.Explanation.Chinese);
        Assert.Equal($"Paid by the school: {en} certificate; certificate fee from the school's project budget, the rest from its operating budget (SD-FUND-1)", decision.Explanation.English);
    }

    [Fact]
    public void PayTheSecondCertificateWhereTheNationalBaselineLeavesItToTheStudent_SD_FUND_1()
    {
        Assert.Equal(Payer.Student, Expect.Ok(Plugins.National.DecideFunding(Facts.Student(1), Plugins.Defaults)).Payer);
        Assert.Equal(Payer.College, Expect.Ok(Plugins.Sddz.DecideFunding(Facts.Student(1), Plugins.Defaults)).Payer);
    }

    [Fact]
    public void RefuseWhenTheRemainingProjectBudgetIsOneFenShortOfTheCertificateFee_SD_FUND_1()
    {
        var decision = Expect.Ok(Plugins.Sddz.DecideFunding(Facts.Student(2, budgetLeft: 199.99m), Plugins.Defaults));

        Assert.False(decision.Allowed);
        Assert.Equal(["SD-FUND-1"], decision.RuleIds);
        Assert.Equal("二级学院项目预算余额199.99元不足办证费200.00元，不得超支（SD-FUND-1）", decision.Explanation.Chinese);
        Assert.Equal("The school's remaining project budget 199.99 is less than the certificate fee of 200.00 yuan; no overspending (SD-FUND-1)", decision.Explanation.English);
    }

    [Fact]
    public void PayWhenTheRemainingProjectBudgetEqualsTheCertificateFee_SD_FUND_1()
    {
        var decision = Expect.Ok(Plugins.Sddz.DecideFunding(Facts.Student(2, budgetLeft: 200m), Plugins.Defaults));

        Assert.True(decision.Allowed);
        Assert.Equal((Payer.College, 350m), (decision.Payer, decision.Total));
        Assert.Equal(200m, decision.Lines.Where(l => l.Fund == Fund.SchoolAllocatedBudget).Sum(l => l.Amount));
    }

    [Fact]
    public void LetAnExternalCandidatePayWithoutTouchingTheBudget_SD_FUND_1()
    {
        var decision = Expect.Ok(Plugins.Sddz.DecideFunding(Facts.External() with { SchoolBudgetRemaining = 0m }, Plugins.Defaults));

        Assert.True(decision.Allowed);
        Assert.Equal((Payer.ExternalCandidate, 350m), (decision.Payer, decision.Total));
        Assert.All(decision.Lines, l => Assert.Equal(Fund.CandidatePayment, l.Fund));
    }
}
