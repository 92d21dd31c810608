using OnePlusX.Outcomes;
using OnePlusX.Policies.Jljt;
using static OnePlusX.Policies.Tests.Support.Facts;

namespace OnePlusX.Policies.Tests.Jljt;

/// <summary>
/// JLJT's exam work-fee table 附件4 (JL-FORM-4): examiners 800 yuan/day (JL-PAY-2), invigilators 100 yuan/session
/// (JL-PAY-3), staff 200 yuan/person per certificate exam (JL-PAY-4).
/// </summary>
public sealed class JljtExamFeeShould
{
    private const string Certificate = "汽车运用与维修";
    private static readonly ExamSitting Morning101 = Sitting("101", "2025-06-01 09:00", 120);
    private static readonly ExamSitting Afternoon101 = Sitting("101", "2025-06-01 14:00", 120);

    [Fact]
    public void PayEachRoleAtItsRateAndTotalTheTable_JL_PAY_2_JL_PAY_3_JL_PAY_4_JL_FORM_4()
    {
        var facts = Fees(
            Examiner(" 赵敏 ", 2), //                                   2 days × 800 = 1600.00
            Examiner("钱进", 0.5m), //                                  0.5 day × 800 = 400.00
            Invigilator("孙丽", Morning101, Afternoon101, Morning101), // 2 sessions × 100 = 200.00
            Invigilator("周强", Morning101), //                          1 session × 100 = 100.00
            Staff("吴刚", Morning101, Afternoon101), //                  1 × 200 = 200.00
            Staff("郑红")); //                                           1 × 200 = 200.00

        var table = Expect.Ok(Plugins.Jljt.ComputeExamFees(facts, Plugins.Defaults));

        Assert.Equal(
            [
                (1, "赵敏", CostType.ExaminerFee, "考评员 · 实践操作 · 汽车运用与维修", 2m, "天", 800m, 1600.00m),
                (2, "钱进", CostType.ExaminerFee, "考评员 · 实践操作 · 汽车运用与维修", 0.5m, "天", 800m, 400.00m),
                (3, "孙丽", CostType.InvigilatorFee, "监考 · 实践操作 · 汽车运用与维修", 2m, "场", 100m, 200.00m),
                (4, "周强", CostType.InvigilatorFee, "监考 · 实践操作 · 汽车运用与维修", 1m, "场", 100m, 100.00m),
                (5, "吴刚", CostType.ExamStaffFee, "工作人员 · 实践操作 · 汽车运用与维修", 1m, "人·项目", 200m, 200.00m),
                (6, "郑红", CostType.ExamStaffFee, "工作人员 · 实践操作 · 汽车运用与维修", 1m, "人·项目", 200m, 200.00m),
            ],
            table.Lines.Select(l => (l.Number, l.Name, l.Type, l.Description, l.Quantity, l.Unit, l.Rate, l.Amount)));
        Assert.Equal(
            [["JL-PAY-2"], ["JL-PAY-2"], ["JL-PAY-3"], ["JL-PAY-3"], ["JL-PAY-4"], ["JL-PAY-4"]],
            table.Lines.Select(l => l.RuleIds.ToArray()));
        Assert.Equal(2700.00m, table.Total);
        Assert.Equal("贰仟柒佰元整", table.TotalInWords);
        Assert.Equal(["JL-FORM-4", "NAT-FEE-1", "JL-PAY-2", "JL-PAY-3", "JL-PAY-4"], table.RuleIds);
        Assert.Equal("合计2700.00元（贰仟柒佰元整）（JL-FORM-4、NAT-FEE-1、JL-PAY-2、JL-PAY-3、JL-PAY-4）", table.Explanation.Chinese);
        Assert.Equal("Total 2700.00 yuan (JL-FORM-4, NAT-FEE-1, JL-PAY-2, JL-PAY-3, JL-PAY-4)", table.Explanation.English);
        Assert.False(table.UsesSampleParameters);
    }

    [Fact]
    public void AddAgreedCostsBelowThePeopleAndWriteTheTotalInWords_JL_FORM_4()
    {
        var facts = Fees(Examiner("赵敏", 1)) with { OtherCosts = [new CostItem(CostType.EquipmentAndConsumables, " 耗材 ", 350.50m)] };

        var table = Expect.Ok(Plugins.Jljt.ComputeExamFees(facts, Plugins.Defaults));

        var cost = table.Lines[1];
        Assert.Equal((2, "耗材", CostType.EquipmentAndConsumables, 350.50m), (cost.Number, cost.Name, cost.Type, cost.Amount));
        Assert.Equal(1150.50m, table.Total); // 800 + 350.50
        Assert.Equal("壹仟壹佰伍拾元伍角整", table.TotalInWords);
    }

    [Fact]
    public void RefuseToPayAThirdInvigilatorInARoom_JL_PAY_3()
    {
        var result = Plugins.Jljt.ComputeExamFees(Fees(Invigilator("甲", Morning101), Invigilator("乙", Morning101), Invigilator("丙", Morning101)), Plugins.Defaults);

        Assert.False(result.Succeeded);
        Assert.Equal(ErrorKind.Refusal, result.Error!.Kind);
        Assert.Equal(["JL-PAY-3"], result.Error.RuleIds);
        Assert.Equal("At most 2 invigilators per room: 101 06-01 09:00 3 (JL-PAY-3)", result.Error.Message);
    }

    [Fact]
    public void PayTwoInvigilatorsInARoom_JL_PAY_3()
    {
        var table = Expect.Ok(Plugins.Jljt.ComputeExamFees(Fees(Invigilator("甲", Morning101), Invigilator("乙", Morning101)), Plugins.Defaults));

        Assert.Equal(200.00m, table.Total);
    }

    /// <summary>
    /// JL-PAY-3: "如考评组织有具体要求，经审批后，按照考评组织要求执行". An exam whose plan was approved with the
    /// organisation's 3 invigilators per room pays all three (3 × 100 = 300).
    /// </summary>
    [Fact]
    public void PayEveryInvigilatorOfARoomTheOrganisationsApprovedRuleAllows_JL_PAY_3()
    {
        ExamWorker[] three = [Invigilator("甲", Morning101), Invigilator("乙", Morning101), Invigilator("丙", Morning101)];
        Expect.Allowed(Plugins.Jljt.CheckExamPlan(ExamPlan([Morning101], three, organisationLimit: 3), Plugins.Defaults), "JL-PAY-3");

        var table = Expect.Ok(Plugins.Jljt.ComputeExamFees(Fees(three) with { OrganisationInvigilatorLimit = 3 }, Plugins.Defaults));

        Assert.Equal(300.00m, table.Total);
    }

    [Fact]
    public void RefuseToPayAThirdExamStaffButPayTwo_JL_PAY_4()
    {
        var two = Expect.Ok(Plugins.Jljt.ComputeExamFees(Fees(Staff("戊"), Staff("己")), Plugins.Defaults));
        var three = Plugins.Jljt.ComputeExamFees(Fees(Staff("戊"), Staff("己"), Staff("庚")), Plugins.Defaults);

        Assert.Equal(400.00m, two.Total);
        Assert.Equal(ErrorKind.Refusal, three.Error!.Kind);
        Assert.Equal(["JL-PAY-4"], three.Error.RuleIds);
        Assert.Equal("At most 2 staff per certificate exam; 3 listed (JL-PAY-4)", three.Error.Message);
    }

    [Fact]
    public void RejectAnExaminerWithoutDaysAsInvalid_JL_PAY_2()
    {
        Expect.Invalid(Plugins.Jljt.ComputeExamFees(Fees(Examiner("赵敏", 1), Examiner("钱进", 0)), Plugins.Defaults), "workers[1].days");
    }

    [Fact]
    public void KeepTheRatesItUsedWhenTheExaminerRateChangesNextYear_JL_PAY_2_JL_FORM_4()
    {
        var lastDay = Fees(Examiner("赵敏", 1), Invigilator("孙丽", Morning101), Staff("吴刚")) with { ExamDate = Day("2025-12-31") };
        var before = Expect.Ok(Plugins.Jljt.ComputeExamFees(lastDay, Plugins.Defaults));
        var schedule = Schedule((JljtParameters.ExaminerDailyRate, "2026-01-01", "900"));

        var thisYear = Expect.Ok(Plugins.Jljt.ComputeExamFees(lastDay, schedule));
        var nextYear = Expect.Ok(Plugins.Jljt.ComputeExamFees(lastDay with { ExamDate = Day("2026-01-01") }, schedule));

        Assert.Equal(1100.00m, before.Total); // 800 + 100 + 200
        Assert.Equal(1100.00m, thisYear.Total);
        Assert.Equal(before.Parameters, thisYear.Parameters);
        Assert.Contains(new UsedParameter(JljtParameters.ExaminerDailyRate, "800", Day("2019-01-01"), false, false), thisYear.Parameters);
        Assert.Contains(new UsedParameter(JljtParameters.InvigilatorSessionRate, "100", Day("2019-01-01"), false, false), thisYear.Parameters);
        Assert.Contains(new UsedParameter(JljtParameters.ExamStaffRate, "200", Day("2019-01-01"), false, false), thisYear.Parameters);
        Assert.Equal(1200.00m, nextYear.Total); // 900 + 100 + 200
        Assert.Contains(new UsedParameter(JljtParameters.ExaminerDailyRate, "900", Day("2026-01-01"), true, false), nextYear.Parameters);
    }

    private static ExamFeeFacts Fees(params ExamWorker[] workers) => new(Day("2025-06-01"), Certificate, ExamMode.Practical, workers, []);
}
