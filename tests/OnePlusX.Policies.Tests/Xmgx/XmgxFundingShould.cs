using OnePlusX.Policies.Baseline;

namespace OnePlusX.Policies.Tests.Xmgx;

/// <summary>
/// XMGX money goes through the education company's account (XM-FIN-1); who bears a student's certificate is the
/// national baseline's decision (NAT-COST-1), since XMGX's text is silent on it.
/// </summary>
public sealed class XmgxFundingShould
{
    [Fact]
    public void PayTheFirstCertificateByTheCollegeThroughTheCompanyAccount_XM_FIN_1()
    {
        var decision = Expect.Ok(Plugins.Xmgx.DecideFunding(Facts.Student(earlier: 0), Plugins.Defaults));

        Assert.True(decision.Allowed);
        Assert.Equal(Payer.College, decision.Payer);
        Assert.Equal(
            [(Fund.EducationCompanyAccount, "设备耗材费", 100m), (Fund.EducationCompanyAccount, "办证费", 200m), (Fund.EducationCompanyAccount, "考评员劳务费", 50m)],
            decision.Lines.Select(l => (l.Fund, l.Component, l.Amount)));
        Assert.Equal(350m, decision.Total);
        Assert.Equal(["NAT-COST-1", "XM-FIN-1"], decision.RuleIds);
        Assert.Equal("学校承担：第一个证书，经教育科技有限公司账户支付（NAT-COST-1、XM-FIN-1）", decision.Explanation.Chinese);
        Assert.Equal("Paid by the college through the education company's account: first certificate (NAT-COST-1, XM-FIN-1)", decision.Explanation.English);
    }

    [Theory]
    [InlineData(1, "第二个", "second")]
    [InlineData(2, "第三个", "third")]
    public void CollectTheSecondAndThirdCertificateFromTheStudentIntoTheCompanyAccount_XM_FIN_1(int earlier, string zh, string en)
    {
        var decision = Expect.Ok(Plugins.Xmgx.DecideFunding(Facts.Student(earlier), Plugins.Defaults));

        Assert.Equal(Payer.Student, decision.Payer);
        Assert.All(decision.Lines, l => Assert.Equal(Fund.EducationCompanyAccount, l.Fund));
        Assert.Equal(350m, decision.Total);
        Assert.Equal(["NAT-COST-1", "XM-FIN-1"], decision.RuleIds);
        Assert.Equal($"学生自费：{zh}证书，由教育科技有限公司账户收取（NAT-COST-1、XM-FIN-1）", decision.Explanation.Chinese);
        Assert.Equal($"Paid by the student into the education company's account: {en} certificate (NAT-COST-1, XM-FIN-1)", decision.Explanation.English);
    }

    [Fact]
    public void FollowTheNumberOfCertificatesTheTenantLetsTheCollegePayFor_XM_FIN_1()
    {
        var schedule = Facts.Schedule((NationalParameters.CollegeFundedCertificates, "2025-01-01", "2"));

        var second = Expect.Ok(Plugins.Xmgx.DecideFunding(Facts.Student(1), schedule));
        var third = Expect.Ok(Plugins.Xmgx.DecideFunding(Facts.Student(2), schedule));

        Assert.Equal(Payer.College, second.Payer);
        Assert.Equal(Payer.Student, third.Payer);
        Assert.All(second.Lines.Concat(third.Lines), l => Assert.Equal(Fund.EducationCompanyAccount, l.Fund));
        Assert.Contains(second.Parameters, p => p is { Key: NationalParameters.CollegeFundedCertificates, Value: "2", SetByTenant: true });
    }

    [Fact]
    public void LeaveOutPriceComponentsThatAreZero_XM_FIN_1()
    {
        var facts = Facts.Student(0) with { Price = new ExamPrice(0m, 280.5m, 0m) };

        var decision = Expect.Ok(Plugins.Xmgx.DecideFunding(facts, Plugins.Defaults));

        var line = Assert.Single(decision.Lines);
        Assert.Equal((Fund.EducationCompanyAccount, "办证费", 280.5m), (line.Fund, line.Component, line.Amount));
    }

    [Fact]
    public void CiteTheCompanyAccountOnTrainingAndExamFeeTables_XM_FIN_1()
    {
        var training = Expect.Ok(Plugins.Xmgx.ComputeTrainingFees(Facts.TrainingFees(Facts.Teaching("王老师", 40, ("2025-06-02", 6))), Plugins.Defaults));
        var exam = Expect.Ok(Plugins.Xmgx.ComputeExamFees(
            Facts.ExamFees([Facts.Invigilator("王芳", Facts.Sitting("A101", "2025-06-01 09:00", 120))]), Plugins.Defaults));

        Assert.Contains("XM-FIN-1", training.RuleIds);
        Assert.Contains("XM-FIN-1", training.Explanation.Chinese);
        Assert.Contains("XM-FIN-1", exam.RuleIds);
        Assert.Contains("XM-FIN-1", exam.Explanation.English);
    }
}
