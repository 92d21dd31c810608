using OnePlusX.Silo.Grains.CertificateProjects;

namespace OnePlusX.Silo.Tests.Candidates;

/// <summary>The 18-character resident ID number of GB 11643-1999: format, address code, birth date and MOD 11-2 check character.</summary>
public sealed class ResidentIdNumberShould
{
    private static readonly DateOnly Today = new(2026, 1, 1);

    [Theory]
    [InlineData("11010519491231002X")] // the standard's own example
    [InlineData("11010519491231002x")]
    [InlineData(" 440524198001010013 ")]
    [InlineData("220102199003071235")]
    public void AcceptAValidNumber(string number) => Assert.Null(ResidentIdNumber.Check(number, "idNumber", Today));

    [Theory]
    [InlineData(null, "required")]
    [InlineData("22010219900307123", "18 characters")]
    [InlineData("2201021990030712345", "18 characters")]
    [InlineData("22010219900307123A", "18 characters")]
    [InlineData("220102199003071234", "check character")]
    [InlineData("220102199002301231", "birth date")]
    [InlineData("220102203001011231", "birth date")]
    [InlineData("020102199003071235", "address code")]
    public void RefuseAnInvalidNumberNamingTheField(string? number, string why)
    {
        var error = ResidentIdNumber.Check(number, "externalCandidate.idNumber", Today);

        Assert.Equal("externalCandidate.idNumber", error?.Field);
        Assert.Contains(why, error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowOnlyTheLastFourCharacters() => Assert.Equal("**************002X", ResidentIdNumber.Mask("11010519491231002X"));
}
