using OnePlusX.Policies.Baseline;

namespace OnePlusX.Policies.Tests.Baseline;

/// <summary>The cost cap per certificate and the students who sit no exam (NAT-COST-1).</summary>
public sealed class NationalCostCapShould
{
    [Fact]
    public void AllowAnAgreedFeeEqualToTheCap_NAT_COST_1()
    {
        var decision = Expect.Allowed(NationalRules.CheckCostCap(new CostCapFacts(300m, null, 0, 300m)), "NAT-COST-1");

        Assert.Equal("未超过成本上限300.00元（NAT-COST-1）", decision.Explanation.Chinese);
        Assert.Equal("Within the cost cap of 300.00 yuan (NAT-COST-1)", decision.Explanation.English);
    }

    [Fact]
    public void RefuseAnAgreedFeeOneFenAboveTheCap_NAT_COST_1()
    {
        var decision = Expect.Refused(NationalRules.CheckCostCap(new CostCapFacts(300.01m, null, 0, 300m)), "NAT-COST-1");

        Assert.Equal(["NAT-COST-1"], decision.RuleIds);
        Assert.Equal("协商考核费300.01元超过成本上限300.00元（NAT-COST-1）", decision.Explanation.Chinese);
        Assert.Equal("Agreed fee 300.01 yuan exceeds the cost cap 300.00 yuan (NAT-COST-1)", decision.Explanation.English);
    }

    [Fact]
    public void AllowAnExamCostPerCandidateEqualToTheCap_NAT_COST_1()
    {
        // 3,000.00 yuan for 10 candidates = 300.00 each.
        Expect.Allowed(NationalRules.CheckCostCap(new CostCapFacts(280m, 3000m, 10, 300m)), "NAT-COST-1");
    }

    [Fact]
    public void RefuseAnExamCostPerCandidateAboveTheCapThoughTheAgreedFeeIsWithin_NAT_COST_1()
    {
        // 3,000.10 yuan for 10 candidates = 300.01 each.
        var decision = Expect.Refused(NationalRules.CheckCostCap(new CostCapFacts(280m, 3000.10m, 10, 300m)), "NAT-COST-1");

        Assert.Equal("每名考生考核成本300.01元超过成本上限300.00元（NAT-COST-1）", decision.Explanation.Chinese);
        Assert.Equal("Cost per candidate 300.01 yuan exceeds the cost cap 300.00 yuan (NAT-COST-1)", decision.Explanation.English);
    }

    [Fact]
    public void TreatBadCapFactsAsInvalid_NAT_COST_1()
    {
        Expect.Invalid(NationalRules.CheckCostCap(null!), "input");
        Expect.Invalid(NationalRules.CheckCostCap(new CostCapFacts(300.001m, null, 0, 300m)), "agreedFeePerCandidate");
        Expect.Invalid(NationalRules.CheckCostCap(new CostCapFacts(300m, null, 0, -1m)), "cap");
        Expect.Invalid(NationalRules.CheckCostCap(new CostCapFacts(300m, 3000.005m, 10, 300m)), "examCost");
        Expect.Invalid(NationalRules.CheckCostCap(new CostCapFacts(300m, 3000m, 0, 300m)), "candidates");
    }

    [Fact]
    public void ListEachPilotStudentWithoutAnExamOnceInOrder_NAT_COST_1()
    {
        var without = NationalRules.StudentsWithoutExam(["S003", "S001", "S002", "S001", "S004"], ["S002", "S004", "S999"]);

        Assert.Equal(["S001", "S003"], without);
    }

    [Fact]
    public void ListNobodyWhenEveryPilotStudentSitsAnExam_NAT_COST_1()
    {
        Assert.Empty(NationalRules.StudentsWithoutExam(["S001", "S002"], ["S002", "S001"]));
        Assert.Equal(["S001", "S002"], NationalRules.StudentsWithoutExam(["S002", "S001"], []));
    }

    [Fact]
    public void PriceExamWorkAtTheBaselineSampleRates_NAT_COST_1()
    {
        var workers = new[]
        {
            Facts.Examiner("张考评", 2m),
            Facts.Invigilator("李监考", Facts.Sitting("A101", "2025-06-01 09:00", 120), Facts.Sitting("A101", "2025-06-01 14:00", 120)),
            Facts.Staff("赵工作"),
            Facts.Supervisor("钱督导", 1m),
        };

        var table = Expect.Ok(Plugins.National.ComputeExamFees(Facts.ExamFees(workers), Plugins.Defaults));

        // 2 days × 500 + 2 sessions × 100 + 1 × 100 + 1 day × 500 = 1,800.
        Assert.Equal([1000m, 200m, 100m, 500m], table.Lines.Select(l => l.Amount));
        Assert.Equal(1800m, table.Total);
        Assert.Equal("壹仟捌佰元整", table.TotalInWords);
        Assert.All(table.Lines, l => Assert.Equal(["NAT-COST-1"], l.RuleIds));
        Assert.Equal(["NAT-COST-1", "NAT-FEE-1"], table.RuleIds);
        Assert.True(table.UsesSampleParameters);
    }
}
