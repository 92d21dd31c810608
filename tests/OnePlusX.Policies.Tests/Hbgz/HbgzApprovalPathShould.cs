namespace OnePlusX.Policies.Tests.Hbgz;

/// <summary>Who approves what at HBGZ: secondary colleges apply and run the work, 教务处 is the competent office (HB-ORG-1).</summary>
public sealed class HbgzApprovalPathShould
{
    [Fact]
    public void SendATrainingPlanFromTheSchoolToAcademicAffairs_HB_ORG_1_HB_TRN_1()
    {
        var path = Plugins.Hbgz.ApprovalPathFor(ApprovalSubject.TrainingPlan);

        Assert.Equal(ApprovalSubject.TrainingPlan, path.Subject);
        Assert.Equal([Approver.School, Approver.AcademicAffairsOffice], path.Steps);
        Assert.Equal(["HB-TRN-1", "HB-ORG-1"], path.RuleIds);
        Assert.Equal("二级学院制定培训计划，报教务处审批（HB-TRN-1、HB-ORG-1）", path.Explanation.Chinese);
        Assert.Equal("The school drafts the training plan, academic affairs approves it (HB-TRN-1, HB-ORG-1)", path.Explanation.English);
    }

    [Theory]
    [InlineData(ApprovalSubject.ProjectApplication)]
    [InlineData(ApprovalSubject.StationApplication)]
    public void FileApplicationsThroughAcademicAffairsWithTheProvince_HB_ORG_1(ApprovalSubject subject)
    {
        var path = Plugins.Hbgz.ApprovalPathFor(subject);

        Assert.Equal([Approver.School, Approver.AcademicAffairsOffice, Approver.Province], path.Steps);
        Assert.Equal(["NAT-STA-1", "HB-ORG-1"], path.RuleIds);
    }

    [Theory]
    [InlineData(ApprovalSubject.AnnualPlan)]
    [InlineData(ApprovalSubject.ChangeRequest)]
    [InlineData(ApprovalSubject.ExamFiling)]
    [InlineData(ApprovalSubject.CourseAddition)]
    public void LetAcademicAffairsApproveWhatTheSchoolSubmits_HB_ORG_1(ApprovalSubject subject)
    {
        var path = Plugins.Hbgz.ApprovalPathFor(subject);

        Assert.Equal([Approver.School, Approver.AcademicAffairsOffice], path.Steps);
        Assert.Equal(["HB-ORG-1"], path.RuleIds);
        Assert.DoesNotContain(Approver.LeadingGroup, path.Steps);
    }

    /// <summary>
    /// An approval path is shown to the officer with its reason; every path names HB-ORG-1 in its rules, so its
    /// explanation should too (the training-plan path does, the inherited ones do not).
    /// </summary>
    [Fact]
    public void NameTheCompetentOfficeRuleInEveryPathsExplanation_HB_ORG_1()
    {
        Assert.All(Enum.GetValues<ApprovalSubject>(), subject =>
        {
            var path = Plugins.Hbgz.ApprovalPathFor(subject);
            Assert.Contains("HB-ORG-1", path.RuleIds);
            Assert.Contains("HB-ORG-1", path.Explanation.Chinese);
            Assert.Contains("HB-ORG-1", path.Explanation.English);
        });
    }
}
