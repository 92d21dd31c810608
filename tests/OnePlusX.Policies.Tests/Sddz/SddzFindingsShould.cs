namespace OnePlusX.Policies.Tests.Sddz;

/// <summary>SDDZ funds are ring-fenced and open to supervision; a breach is recorded under SD-AUD-1.</summary>
public sealed class SddzFindingsShould
{
    [Fact]
    public void FileFundsThatAreNotRingFencedUnderTheAuditRule_SD_AUD_1()
    {
        Assert.Equal(["NAT-EXIT-COL", "SD-AUD-1"], Plugins.Sddz.RulesForFinding(FindingType.FundsNotRingFenced));
        Assert.Equal(["NAT-EXIT-COL"], Plugins.National.RulesForFinding(FindingType.FundsNotRingFenced));
    }

    [Theory]
    [InlineData(FindingType.CollegeFundMisuse, "NAT-EXIT-COL")]
    [InlineData(FindingType.CollegeLaxManagement, "NAT-EXIT-COL")]
    [InlineData(FindingType.OrganisationOvercharging, "NAT-EXIT-ORG")]
    [InlineData(FindingType.OrganisationRequiredPurchase, "NAT-STA-2")]
    public void LeaveOtherFindingsToTheNationalRules_SD_AUD_1(FindingType type, string rule)
    {
        Assert.Equal([rule], Plugins.Sddz.RulesForFinding(type));
        Assert.DoesNotContain("SD-AUD-1", Plugins.Sddz.RulesForFinding(type));
    }
}
