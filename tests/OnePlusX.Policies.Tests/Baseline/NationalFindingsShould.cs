namespace OnePlusX.Policies.Tests.Baseline;

/// <summary>Recorded findings and the national rules they fall under (NAT-EXIT-COL, NAT-EXIT-ORG, NAT-STA-2).</summary>
public sealed class NationalFindingsShould
{
    public static TheoryData<string, FindingType> OrganisationExitCauses()
    {
        var data = new TheoryData<string, FindingType>();
        foreach (var code in new[] { "NAT", "JLJT", "HBGZ", "SDDZ", "XMGX" })
        {
            foreach (var type in new[] { FindingType.OrganisationExamFraud, FindingType.OrganisationOvercharging, FindingType.OrganisationBundling, FindingType.OrganisationStaleStandards, FindingType.OrganisationUncorrectedProblems })
            {
                data.Add(code, type);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OrganisationExitCauses))]
    public void FileAnOrganisationsExitCauseUnderTheNationalExitRuleForEveryCollege_NAT_EXIT_ORG(string code, FindingType type)
    {
        Assert.Equal(["NAT-EXIT-ORG"], Plugins.ByCode(code).RulesForFinding(type));
    }

    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void FileARequiredPurchaseUnderTheNoDesignatedPurchaseRuleForEveryCollege_NAT_STA_2(string code)
    {
        Assert.Equal(["NAT-STA-2"], Plugins.ByCode(code).RulesForFinding(FindingType.OrganisationRequiredPurchase));
    }

    [Theory]
    [InlineData(FindingType.CollegeLaxManagement)]
    [InlineData(FindingType.CollegeFundMisuse)]
    [InlineData(FindingType.CollegeForcedParticipation)]
    [InlineData(FindingType.CollegeOtherViolation)]
    [InlineData(FindingType.FundsNotRingFenced)]
    public void FileACollegesExitCauseUnderTheCollegeExitRule_NAT_EXIT_COL(FindingType type)
    {
        Assert.Equal(["NAT-EXIT-COL"], Plugins.National.RulesForFinding(type));
    }

    [Fact]
    public void KeepOrganisationAndCollegeFindingsApart_NAT_EXIT_ORG_NAT_STA_2()
    {
        var byRule = Enum.GetValues<FindingType>()
            .GroupBy(t => string.Join(",", Plugins.National.RulesForFinding(t)))
            .ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(5, byRule["NAT-EXIT-ORG"]);
        Assert.Equal(1, byRule["NAT-STA-2"]);
        Assert.Equal(5, byRule["NAT-EXIT-COL"]);
        Assert.Equal(3, byRule.Count);
    }
}
