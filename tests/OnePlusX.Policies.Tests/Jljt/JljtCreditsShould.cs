using static OnePlusX.Policies.Tests.Support.Facts;

namespace OnePlusX.Policies.Tests.Jljt;

/// <summary>Course credits a JLJT student's X certificate may substitute (JL-CRD-1).</summary>
public sealed class JljtCreditsShould
{
    [Theory]
    [InlineData("3.5")]
    [InlineData("4")]
    public void SubstituteTheCreditsOfTheNamedCourse_JL_CRD_1(string shown)
    {
        var credits = decimal.Parse(shown, System.Globalization.CultureInfo.InvariantCulture);
        var grant = Expect.Ok(Plugins.Jljt.GrantCredits(new CreditFacts(Day("2025-07-01"), false, credits, CreditCategory.CourseSubstitution), Plugins.Defaults));

        Assert.Equal(credits, grant.Credits);
        Assert.Equal(CreditCategory.CourseSubstitution, grant.Category);
        Assert.Equal(["JL-CRD-1"], grant.RuleIds);
        Assert.Equal(new Explanation($"置换课程学分{shown}分（JL-CRD-1）", $"Substitutes {shown} course credits (JL-CRD-1)"), grant.Explanation);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    public void GrantNothingUntilACourseIsNamed_JL_CRD_1(int? credits)
    {
        var grant = Expect.Ok(Plugins.Jljt.GrantCredits(new CreditFacts(Day("2025-07-01"), false, credits, CreditCategory.CourseSubstitution), Plugins.Defaults));

        Assert.Equal(0m, grant.Credits);
        Assert.Equal(CreditCategory.None, grant.Category);
        Assert.Equal(["JL-CRD-1"], grant.RuleIds);
        Assert.Equal("可按学分置换办法置换课程学分，尚未指定置换课程（JL-CRD-1）", grant.Explanation.Chinese);
    }

    [Fact]
    public void RejectNegativeCreditsAsInvalid_JL_CRD_1()
    {
        Expect.Invalid(Plugins.Jljt.GrantCredits(new CreditFacts(Day("2025-07-01"), false, -1m, CreditCategory.CourseSubstitution), Plugins.Defaults), "substitutedCourseCredits");
    }
}
