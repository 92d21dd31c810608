namespace OnePlusX.Policies.Tests.Baseline;

/// <summary>Where project and exam-station applications end: filed with the province (NAT-STA-1).</summary>
public sealed class NationalApprovalPathShould
{
    [Theory]
    [InlineData(ApprovalSubject.ProjectApplication)]
    [InlineData(ApprovalSubject.StationApplication)]
    public void SendApplicationsThroughTheSchoolAndAcademicAffairsToTheProvince_NAT_STA_1(ApprovalSubject subject)
    {
        var path = Plugins.National.ApprovalPathFor(subject);

        Assert.Equal(subject, path.Subject);
        Assert.Equal([Approver.School, Approver.AcademicAffairsOffice, Approver.Province], path.Steps);
        Assert.Equal(["NAT-STA-1"], path.RuleIds);
        Assert.Equal("二级学院审核、教务处审批后报省级教育行政部门备案（NAT-STA-1）", path.Explanation.Chinese);
        Assert.Equal("Reviewed by the school, approved by academic affairs, filed with the province (NAT-STA-1)", path.Explanation.English);
    }

    public static TheoryData<string, ApprovalSubject> Applications()
    {
        var data = new TheoryData<string, ApprovalSubject>();
        foreach (var code in new[] { "NAT", "JLJT", "HBGZ", "SDDZ", "XMGX" })
        {
            data.Add(code, ApprovalSubject.ProjectApplication);
            data.Add(code, ApprovalSubject.StationApplication);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Applications))]
    public void EndEveryCollegesApplicationPathAtTheProvince_NAT_STA_1(string code, ApprovalSubject subject)
    {
        var path = Plugins.ByCode(code).ApprovalPathFor(subject);

        Assert.Equal(Approver.Province, path.Steps[^1]);
        Assert.Equal(1, path.Steps.Count(s => s == Approver.Province));
        Assert.Contains("NAT-STA-1", path.RuleIds);
        Assert.Contains("NAT-STA-1", path.Explanation.Chinese);
        Assert.Contains("NAT-STA-1", path.Explanation.English);
    }

    [Theory]
    [InlineData(ApprovalSubject.AnnualPlan)]
    [InlineData(ApprovalSubject.ChangeRequest)]
    [InlineData(ApprovalSubject.TrainingPlan)]
    [InlineData(ApprovalSubject.ExamFiling)]
    public void KeepOtherItemsInsideTheCollege_NAT_STA_1(ApprovalSubject subject)
    {
        var path = Plugins.National.ApprovalPathFor(subject);

        Assert.Equal([Approver.School, Approver.AcademicAffairsOffice], path.Steps);
        Assert.DoesNotContain("NAT-STA-1", path.RuleIds);
    }
}
