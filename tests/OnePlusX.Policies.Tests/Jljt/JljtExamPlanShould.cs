using static OnePlusX.Policies.Tests.Support.Facts;

namespace OnePlusX.Policies.Tests.Jljt;

/// <summary>
/// A JLJT exam plan: examiners filed before the exam with their certificates (JL-PAY-2), at most 2 invigilators
/// per room unless the organisation's rule was approved (JL-PAY-3), at most 2 staff per certificate exam (JL-PAY-4).
/// </summary>
public sealed class JljtExamPlanShould
{
    private static readonly ExamSitting Morning101 = Sitting("101", "2025-06-01 09:00", 120);
    private static readonly ExamSitting Morning102 = Sitting("102", "2025-06-01 09:00", 120);
    private static readonly ExamSitting Afternoon101 = Sitting("101", "2025-06-01 14:00", 120);
    private static readonly ExamSitting[] Sittings = [Morning101, Morning102, Afternoon101];

    [Fact]
    public void AllowTwoInvigilatorsInARoom_JL_PAY_3()
    {
        var plan = ExamPlan(Sittings, [Invigilator("甲", Morning101), Invigilator("乙", Morning101, Morning101)]);

        var decision = Expect.Allowed(Plugins.Jljt.CheckExamPlan(plan, Plugins.Defaults), "JL-PAY-3");

        Assert.Contains("每考场监考不多于2人（JL-PAY-3）", decision.Explanation.Chinese);
        Assert.Contains("At most 2 invigilators per room (JL-PAY-3)", decision.Explanation.English);
    }

    [Fact]
    public void RefuseAThirdInvigilatorInARoom_JL_PAY_3()
    {
        var plan = ExamPlan(Sittings, [Invigilator("甲", Morning101), Invigilator("乙", Morning101), Invigilator("丙", Morning101)]);

        var decision = Expect.Refused(Plugins.Jljt.CheckExamPlan(plan, Plugins.Defaults), "JL-PAY-3");

        Assert.Equal(["JL-PAY-3"], decision.RuleIds);
        Assert.Equal("每考场监考不得多于2人：101 06-01 09:00 3（JL-PAY-3）", decision.Explanation.Chinese);
        Assert.Equal("At most 2 invigilators per room: 101 06-01 09:00 3 (JL-PAY-3)", decision.Explanation.English);
    }

    [Fact]
    public void CountInvigilatorsPerSittingNotPerDay_JL_PAY_3()
    {
        var plan = ExamPlan(Sittings, [
            Invigilator("甲", Morning101, Afternoon101),
            Invigilator("乙", Morning101, Morning102),
            Invigilator("丙", Morning102, Afternoon101)]);

        Expect.Allowed(Plugins.Jljt.CheckExamPlan(plan, Plugins.Defaults), "JL-PAY-3");
    }

    [Fact]
    public void AllowAThirdInvigilatorUnderTheOrganisationsApprovedRuleButNotAFourth_JL_PAY_3()
    {
        List<ExamWorker> three = [Invigilator("甲", Morning101), Invigilator("乙", Morning101), Invigilator("丙", Morning101)];
        List<ExamWorker> four = [.. three, Invigilator("丁", Morning101)];

        var allowed = Expect.Allowed(Plugins.Jljt.CheckExamPlan(ExamPlan(Sittings, three, organisationLimit: 3), Plugins.Defaults), "JL-PAY-3");
        var refused = Expect.Refused(Plugins.Jljt.CheckExamPlan(ExamPlan(Sittings, four, organisationLimit: 3), Plugins.Defaults), "JL-PAY-3");

        Assert.Contains("每考场监考不多于3人（评价组织要求，经审批）（JL-PAY-3）", allowed.Explanation.Chinese);
        Assert.Equal("每考场监考不得多于3人（评价组织要求，经审批）：101 06-01 09:00 4（JL-PAY-3）", refused.Explanation.Chinese);
        Assert.Equal("At most 3 invigilators per room: 101 06-01 09:00 4 (JL-PAY-3)", refused.Explanation.English);
    }

    [Fact]
    public void AllowTwoExamStaff_JL_PAY_4()
    {
        var plan = ExamPlan(Sittings, [Staff("戊"), Staff("己")]);

        var decision = Expect.Allowed(Plugins.Jljt.CheckExamPlan(plan, Plugins.Defaults), "JL-PAY-4");

        Assert.Contains("工作人员2人，不超过2人（JL-PAY-4）", decision.Explanation.Chinese);
    }

    [Fact]
    public void RefuseAThirdExamStaff_JL_PAY_4()
    {
        var plan = ExamPlan(Sittings, [Staff("戊"), Staff("己"), Staff("庚")]);

        var decision = Expect.Refused(Plugins.Jljt.CheckExamPlan(plan, Plugins.Defaults), "JL-PAY-4");

        Assert.Equal(["JL-PAY-4"], decision.RuleIds);
        Assert.Equal("每个证书考核工作人员不得超过2人，现有3人（JL-PAY-4）", decision.Explanation.Chinese);
        Assert.Equal("At most 2 staff per certificate exam; 3 listed (JL-PAY-4)", decision.Explanation.English);
    }

    [Fact]
    public void CountAStaffMemberListedTwiceOnce_JL_PAY_4()
    {
        var plan = ExamPlan(Sittings, [Staff("戊"), Staff("己"), Staff(" 戊 ")]);

        Expect.Allowed(Plugins.Jljt.CheckExamPlan(plan, Plugins.Defaults), "JL-PAY-4");
    }

    [Fact]
    public void GiveEveryLimitBrokenAtOnce_JL_PAY_3_JL_PAY_4()
    {
        var plan = ExamPlan(Sittings, [
            Invigilator("甲", Morning102), Invigilator("乙", Morning102), Invigilator("丙", Morning102),
            Staff("戊"), Staff("己"), Staff("庚")]);

        var decision = Expect.Refused(Plugins.Jljt.CheckExamPlan(plan, Plugins.Defaults), "JL-PAY-3");

        Assert.Equal(["JL-PAY-3", "JL-PAY-4"], decision.RuleIds);
        Assert.Equal("每考场监考不得多于2人：102 06-01 09:00 3（JL-PAY-3）；每个证书考核工作人员不得超过2人，现有3人（JL-PAY-4）", decision.Explanation.Chinese);
    }

    [Fact]
    public void AllowCertifiedExaminersFiledTheDayBeforeTheExam_JL_PAY_2()
    {
        var plan = ExamPlan(Sittings, [Examiner("赵敏", 1), Examiner("钱进", 1)], filedOn: "2025-05-31", mode: ExamMode.Practical);

        var decision = Expect.Allowed(Plugins.Jljt.CheckExamPlan(plan, Plugins.Defaults), "JL-PAY-2");

        Assert.Equal(["JL-PAY-2", "JL-PAY-3", "JL-PAY-4"], decision.RuleIds);
        Assert.StartsWith("考场时间无冲突；考前申报，考评员2人（JL-PAY-2）", decision.Explanation.Chinese);
    }

    [Theory]
    [InlineData("2025-06-01")]
    [InlineData("2025-06-02")]
    public void RefuseAnExamPlanFiledOnOrAfterTheExamDay_JL_PAY_2(string filedOn)
    {
        var plan = ExamPlan(Sittings, [Examiner("赵敏", 1)], filedOn: filedOn, mode: ExamMode.Practical);

        var decision = Expect.Refused(Plugins.Jljt.CheckExamPlan(plan, Plugins.Defaults), "JL-PAY-2");

        Assert.Equal(["JL-PAY-2"], decision.RuleIds);
        Assert.Equal("须在考试前向教务处申报考核时间、考评人员数量及考评员证书（JL-PAY-2）", decision.Explanation.Chinese);
        Assert.Equal("File times, examiners and their certificates with academic affairs before the exam day (JL-PAY-2)", decision.Explanation.English);
    }

    [Fact]
    public void RefuseAnExaminerWithoutTheExaminerCertificate_JL_PAY_2()
    {
        var plan = ExamPlan(Sittings, [Examiner("赵敏", 1), Examiner(" 孙丽 ", 1, certified: false)], mode: ExamMode.Practical);

        var decision = Expect.Refused(Plugins.Jljt.CheckExamPlan(plan, Plugins.Defaults), "JL-PAY-2");

        Assert.Equal(["JL-PAY-2"], decision.RuleIds);
        Assert.Equal("考评员须持考评员证书：孙丽未持证（JL-PAY-2）", decision.Explanation.Chinese);
        Assert.Equal("Examiners need the examiner certificate; missing for 孙丽 (JL-PAY-2)", decision.Explanation.English);
    }
}
