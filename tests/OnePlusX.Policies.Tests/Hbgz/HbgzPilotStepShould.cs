namespace OnePlusX.Policies.Tests.Hbgz;

/// <summary>HBGZ runs the pilot year in a fixed order; a stage starts once every earlier stage is done (HB-PROC-1).</summary>
public sealed class HbgzPilotStepShould
{
    private static PilotStepFacts Step(PilotStep next, params PilotStep[] completed) =>
        new(Facts.Day("2025-05-01"), next, completed.ToHashSet());

    [Fact]
    public void StartTheAnnualPlanWithNothingDone_HB_PROC_1()
    {
        var decision = Expect.Allowed(Plugins.Hbgz.CheckPilotStep(Step(PilotStep.AnnualPlan), Plugins.Defaults), "HB-PROC-1");

        Assert.Equal("可以开始年度计划（HB-PROC-1）", decision.Explanation.Chinese);
    }

    [Fact]
    public void StartRegistrationOnceEveryEarlierStageIsDone_HB_PROC_1()
    {
        var facts = Step(PilotStep.Registration, PilotStep.AnnualPlan, PilotStep.ProjectApplication, PilotStep.StationApplication, PilotStep.CourseIntegration);

        var decision = Expect.Allowed(Plugins.Hbgz.CheckPilotStep(facts, Plugins.Defaults), "HB-PROC-1");

        Assert.Equal("可以开始遴选报名（HB-PROC-1）", decision.Explanation.Chinese);
        Assert.Equal("Selection and registration may start (HB-PROC-1)", decision.Explanation.English);
    }

    [Fact]
    public void RefuseRegistrationWhileTheStationApplicationIsMissing_HB_PROC_1()
    {
        var facts = Step(PilotStep.Registration, PilotStep.AnnualPlan, PilotStep.ProjectApplication, PilotStep.CourseIntegration);

        var decision = Expect.Refused(Plugins.Hbgz.CheckPilotStep(facts, Plugins.Defaults), "HB-PROC-1");

        Assert.Equal("须先完成：考核站点申请（HB-PROC-1）", decision.Explanation.Chinese);
        Assert.Equal("First complete the exam-station application (HB-PROC-1)", decision.Explanation.English);
    }

    [Fact]
    public void ListEveryMissingStageInOrder_HB_PROC_1()
    {
        var facts = Step(PilotStep.Issuance, PilotStep.ExamPlan, PilotStep.ProjectApplication);

        var decision = Expect.Refused(Plugins.Hbgz.CheckPilotStep(facts, Plugins.Defaults), "HB-PROC-1");

        Assert.Equal("须先完成：年度计划、考核站点申请、课证融通、遴选报名（HB-PROC-1）", decision.Explanation.Chinese);
        Assert.Equal(
            "First complete the annual plan, the exam-station application, course integration, selection and registration (HB-PROC-1)",
            decision.Explanation.English);
    }

    [Fact]
    public void RefuseWhatTheNationalBaselineAllows_HB_PROC_1()
    {
        var facts = Step(PilotStep.Issuance, PilotStep.ProjectApplication, PilotStep.ExamPlan);

        Assert.True(Expect.Ok(Plugins.National.CheckPilotStep(facts, Plugins.Defaults)).Allowed);
        Assert.False(Expect.Ok(Plugins.Hbgz.CheckPilotStep(facts, Plugins.Defaults)).Allowed);
    }

    [Fact]
    public void ArchiveOnlyAfterEveryOtherStage_HB_PROC_1()
    {
        var all = Enum.GetValues<PilotStep>().Where(s => s != PilotStep.Archive).ToArray();
        var allButIssuance = all.Where(s => s != PilotStep.Issuance).ToArray();

        Expect.Allowed(Plugins.Hbgz.CheckPilotStep(Step(PilotStep.Archive, all), Plugins.Defaults), "HB-PROC-1");
        var refused = Expect.Refused(Plugins.Hbgz.CheckPilotStep(Step(PilotStep.Archive, allButIssuance), Plugins.Defaults), "HB-PROC-1");
        Assert.Equal("须先完成：证书颁发（HB-PROC-1）", refused.Explanation.Chinese);
    }
}
