using OnePlusX.Policies.Baseline;

namespace OnePlusX.Policies.Tests.Hbgz;

/// <summary>
/// HBGZ's concentrated training needs its plan approved by 教务处 before it starts, and its hours count in the
/// annual teaching workload one for one (HB-TRN-1). The facts' training starts on 2025-04-01.
/// </summary>
public sealed class HbgzTrainingShould
{
    [Theory]
    [InlineData("2025-03-20")]
    [InlineData("2025-03-31")]
    [InlineData("2025-04-01")]
    public void OpenAConcentratedTrainingApprovedOnOrBeforeItsStart_HB_TRN_1(string approvedOn)
    {
        var decision = Expect.Allowed(Plugins.Hbgz.CheckTraining(Facts.Training(30, concentrated: true, approvedOn: approvedOn), Plugins.Defaults), "HB-TRN-1");

        Assert.Equal("集中培训计划已经教务处审批，课时计入年度教学工作量（HB-TRN-1）", decision.Explanation.Chinese);
    }

    [Theory]
    [InlineData("2025-04-02")]
    [InlineData(null)]
    public void RefuseAConcentratedTrainingApprovedAfterItsStartOrNotAtAll_HB_TRN_1(string? approvedOn)
    {
        var decision = Expect.Refused(Plugins.Hbgz.CheckTraining(Facts.Training(30, concentrated: true, approvedOn: approvedOn), Plugins.Defaults), "HB-TRN-1");

        Assert.Equal(["HB-TRN-1"], decision.RuleIds);
        Assert.Equal("集中培训须在开展前报教务处审批培训计划（HB-TRN-1）", decision.Explanation.Chinese);
        Assert.Equal("A concentrated training needs its plan approved by academic affairs before it starts (HB-TRN-1)", decision.Explanation.English);
    }

    [Fact]
    public void NeedNoSeparatePlanForIntegratedTeaching_HB_TRN_1()
    {
        var decision = Expect.Allowed(Plugins.Hbgz.CheckTraining(Facts.Training(30, concentrated: false, approvedOn: null), Plugins.Defaults), "HB-TRN-1");

        Assert.Equal("课证融通教学，无需单独培训计划（HB-TRN-1）", decision.Explanation.Chinese);
    }

    [Fact]
    public void CountTeachingHoursInTheWorkloadOneForOne_HB_TRN_1()
    {
        var facts = Facts.TrainingFees(
            Facts.Teaching("王老师", 35, ("2025-06-02", 4m), ("2025-06-03", 3.5m)),
            Facts.Teaching("李老师", 20, ("2025-06-04", 6m)));

        var table = Expect.Ok(Plugins.Hbgz.ComputeTrainingFees(facts, Plugins.Defaults));

        // 7.5 h and 6 h at the baseline's sample 100 yuan/h; workload hours equal the hours taught.
        Assert.Equal([7.5m, 6m], table.Lines.Select(l => l.Quantity));
        Assert.Equal([7.5m, 6m], table.Lines.Select(l => l.WorkloadHours));
        Assert.Equal([750m, 600m], table.Lines.Select(l => l.Amount));
        Assert.Equal(1350m, table.Total);
        Assert.Equal("壹仟叁佰伍拾元整", table.TotalInWords);
        Assert.Equal(["NAT-TRN-2", "HB-TRN-1"], table.RuleIds);
        Assert.Equal("合计1350.00元（壹仟叁佰伍拾元整）（NAT-TRN-2、HB-TRN-1）", table.Explanation.Chinese);
    }

    [Fact]
    public void TakeTheOneForOneRatioFromTheSchoolsTextNotASample_HB_TRN_1()
    {
        var facts = Facts.TrainingFees(Facts.Teaching("王老师", 35, ("2025-06-02", 4m)));

        var hbgz = Expect.Ok(Plugins.Hbgz.ComputeTrainingFees(facts, Plugins.Defaults));
        var national = Expect.Ok(Plugins.National.ComputeTrainingFees(facts, Plugins.Defaults));

        var ratio = Assert.Single(hbgz.Parameters, p => p.Key == NationalParameters.WorkloadRatio);
        Assert.Equal(("1.0", false, false), (ratio.Value, ratio.IsSample, ratio.SetByTenant));
        Assert.Equal("NAT-TRN-2", Assert.Single(Plugins.National.Parameters, d => d.Key == NationalParameters.WorkloadRatio).RuleId);
        Assert.Single(national.Parameters, p => p.Key == NationalParameters.WorkloadRatio);
        Assert.Equal("HB-TRN-1", Assert.Single(Plugins.Hbgz.Parameters, d => d.Key == NationalParameters.WorkloadRatio).RuleId);
    }
}
