namespace OnePlusX.Policies.Tests.Jljt;

/// <summary>Who approves what at JLJT after it is submitted (JL-ORG-1, and the paths JL-CUR-2, JL-FORM-1/2 shape).</summary>
public sealed class JljtApprovalPathShould
{
    [Fact]
    public void SendABudgetExceptionThroughTheOfficeInAcademicAffairsToTheLeadingGroup_JL_ORG_1()
    {
        var path = Plugins.Jljt.ApprovalPathFor(ApprovalSubject.BudgetException);

        Assert.Equal(ApprovalSubject.BudgetException, path.Subject);
        Assert.Equal([Approver.AcademicAffairsOffice, Approver.LeadingGroup], path.Steps);
        Assert.Equal(["JL-ORG-1"], path.RuleIds);
        Assert.Equal("领导小组办公室（教务处）受理，领导小组审批（JL-ORG-1）", path.Explanation.Chinese);
        Assert.Equal("Received by the leading group's office in academic affairs, decided by the leading group (JL-ORG-1)", path.Explanation.English);

        // The national baseline has no leading group: the step is JLJT's own.
        Assert.DoesNotContain(Approver.LeadingGroup, Plugins.National.ApprovalPathFor(ApprovalSubject.BudgetException).Steps);
    }

    [Fact]
    public void SendAnAddedCourseToAcademicAffairsOnly_JL_CUR_2()
    {
        var path = Plugins.Jljt.ApprovalPathFor(ApprovalSubject.CourseAddition);

        Assert.Equal([Approver.AcademicAffairsOffice], path.Steps);
        Assert.Equal(["JL-CUR-2"], path.RuleIds);
        Assert.Equal("开课前报教务处审批（JL-CUR-2）", path.Explanation.Chinese);
        Assert.Equal("Approved by academic affairs before the course starts (JL-CUR-2)", path.Explanation.English);
    }

    [Theory]
    [InlineData(ApprovalSubject.TrainingPlan, "JL-FORM-1")]
    [InlineData(ApprovalSubject.ExamFiling, "JL-FORM-2")]
    public void AskTheSchoolThenAcademicAffairsForTheirOpinionsOnAFiling_JL_FORM_1_JL_FORM_2(ApprovalSubject subject, string rule)
    {
        var path = Plugins.Jljt.ApprovalPathFor(subject);

        Assert.Equal([Approver.School, Approver.AcademicAffairsOffice], path.Steps);
        Assert.Equal([rule], path.RuleIds);
        Assert.Equal($"学院意见、教务处意见（{rule}）", path.Explanation.Chinese);
        Assert.Equal($"Opinions of the school and of academic affairs ({rule})", path.Explanation.English);
    }

    [Theory]
    [InlineData(ApprovalSubject.AnnualPlan, new[] { Approver.School, Approver.AcademicAffairsOffice })]
    [InlineData(ApprovalSubject.ChangeRequest, new[] { Approver.School, Approver.AcademicAffairsOffice })]
    [InlineData(ApprovalSubject.ProjectApplication, new[] { Approver.School, Approver.AcademicAffairsOffice, Approver.Province })]
    [InlineData(ApprovalSubject.StationApplication, new[] { Approver.School, Approver.AcademicAffairsOffice, Approver.Province })]
    public void KeepTheNationalStepsUnderTheLeadingGroupsOfficeElsewhere_JL_ORG_1(ApprovalSubject subject, Approver[] steps)
    {
        var path = Plugins.Jljt.ApprovalPathFor(subject);

        Assert.Equal(steps, path.Steps);
        Assert.Contains("JL-ORG-1", path.RuleIds);
        Assert.DoesNotContain(Approver.LeadingGroup, path.Steps);
    }

    /// <summary>
    /// An approval path is shown to the officer who submits; like every decision its explanation names the rules
    /// it cites, in both languages. The inherited paths get JL-ORG-1 added to their rule IDs only.
    /// </summary>
    [Theory]
    [InlineData(ApprovalSubject.AnnualPlan)]
    [InlineData(ApprovalSubject.ProjectApplication)]
    [InlineData(ApprovalSubject.ChangeRequest)]
    [InlineData(ApprovalSubject.ExternalCandidateEnrolment)]
    public void NameEveryRuleOfAnInheritedPathInItsExplanation_JL_ORG_1(ApprovalSubject subject)
    {
        var path = Plugins.Jljt.ApprovalPathFor(subject);

        Assert.Contains("JL-ORG-1", path.RuleIds);
        Assert.All(path.RuleIds, rule =>
        {
            Assert.Contains(rule, path.Explanation.Chinese);
            Assert.Contains(rule, path.Explanation.English);
        });
    }
}
