using OnePlusX.Outcomes;
using OnePlusX.Policies.Baseline;
using OnePlusX.Policies.Jljt;
using OnePlusX.Policies.Xmgx;

namespace OnePlusX.Policies.Tests.Parameters;

/// <summary>A tenant's new parameter value is checked for key, date and value before it is stored.</summary>
public sealed class ParameterValidationShould
{
    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void AcceptEveryDefaultAgainstItsOwnDefinition(string code)
    {
        var policy = Plugins.ByCode(code);

        Assert.All(policy.Parameters, d => Assert.Null(policy.ValidateParameter(new ParameterValue(d.Key, d.DefaultFrom, d.DefaultValue))));
    }

    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void RefuseAnUnknownKey(string code)
    {
        var error = Invalid(Plugins.ByCode(code), "NAT-XYZ.rate", "2025-01-01", "1", "key");

        Assert.Contains("'NAT-XYZ.rate' is not a parameter of this policy", error.Message);
    }

    [Fact]
    public void RefuseAnotherSchoolsKey()
    {
        Invalid(Plugins.National, JljtParameters.ExaminerDailyRate, "2025-01-01", "900", "key");
        Invalid(Plugins.Sddz, XmgxPolicy.HourlyRate, "2025-01-01", "120", "key");
        Valid(Plugins.Jljt, JljtParameters.ExaminerDailyRate, "2025-01-01", "900");
    }

    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void RefuseAValueInForceBeforeTheParameterExists(string code)
    {
        var policy = Plugins.ByCode(code);

        Invalid(policy, NationalParameters.CollegeFundedCertificates, "2018-12-31", "2", "effectiveFrom");
        Valid(policy, NationalParameters.CollegeFundedCertificates, "2019-01-01", "2");
    }

    [Theory]
    [InlineData(NationalParameters.WarningWeeks, "two")]
    [InlineData(NationalParameters.WarningWeeks, "2.5")]
    [InlineData(NationalParameters.WarningWeeks, "-2")]
    [InlineData(NationalParameters.WarningWeeks, "")]
    [InlineData(NationalParameters.ExaminerDailyRate, "五百")]
    [InlineData(NationalParameters.ExaminerDailyRate, "500元")]
    [InlineData(NationalParameters.WorkloadRatio, "1,5")]
    public void RefuseAValueOfTheWrongKind(string key, string value)
    {
        Invalid(Plugins.National, key, "2025-01-01", value, "value");
    }

    [Theory]
    [InlineData(NationalParameters.WarningWeeks, "0", "1")]
    [InlineData(NationalParameters.ExitWeeks, "0", "1")]
    [InlineData(NationalParameters.ExaminerDailyRate, "-0.01", "0")]
    [InlineData(NationalParameters.WorkloadRatio, "-0.1", "0")]
    public void RefuseAValueBelowTheMinimumAndAcceptTheMinimum(string key, string below, string minimum)
    {
        var error = Invalid(Plugins.National, key, "2025-01-01", below, "value");
        Valid(Plugins.National, key, "2025-01-01", minimum);

        Assert.Contains(below, error.Message);
    }

    [Theory]
    [InlineData(NationalParameters.CollegeFundedCertificates, "11", "10")]
    [InlineData(NationalParameters.WorkloadRatio, "10.01", "10")]
    public void RefuseAValueAboveTheMaximumAndAcceptTheMaximum(string key, string above, string maximum)
    {
        var error = Invalid(Plugins.National, key, "2025-01-01", above, "value");
        Valid(Plugins.National, key, "2025-01-01", maximum);

        Assert.Contains("above the largest allowed value", error.Message);
    }

    [Fact]
    public void RefuseAnAmountWithThreeDecimalsAndAcceptTwo()
    {
        var error = Invalid(Plugins.National, NationalParameters.ExaminerDailyRate, "2025-01-01", "500.005", "value");
        Valid(Plugins.National, NationalParameters.ExaminerDailyRate, "2025-01-01", "500.05");
        Valid(Plugins.National, NationalParameters.ExaminerDailyRate, "2025-01-01", "500.500");

        Assert.Equal("'500.005' has more than two decimals; amounts are in yuan to the fen.", error.Message);
    }

    [Theory]
    [InlineData("2:1.0;41:1.1")]
    [InlineData("1:1.0;41:1.1;41:1.2")]
    [InlineData("1:1.0;61:1.2;41:1.1")]
    [InlineData("1-1.0")]
    [InlineData("1:一")]
    [InlineData("1:-1.0")]
    [InlineData(";")]
    public void RefuseABadBracketTable(string value)
    {
        Invalid(Plugins.Jljt, JljtParameters.Coefficients, "2025-01-01", value, "value");
    }

    [Fact]
    public void AcceptAWellFormedBracketTable()
    {
        Valid(Plugins.Jljt, JljtParameters.Coefficients, "2025-01-01", "1:1.0;31:1.05;51:1.15");
        Valid(Plugins.Jljt, JljtParameters.Coefficients, "2025-01-01", " 1 : 1.0 ; 41 : 1.1 ");
    }

    [Fact]
    public void RefuseAnUnknownChoiceOrFlag()
    {
        var error = Invalid(Plugins.Xmgx, XmgxPolicy.LongDay, "2025-01-01", "sometimes", "value");
        Valid(Plugins.Xmgx, XmgxPolicy.LongDay, "2025-01-01", XmgxPolicy.PayEveryHour);
        Invalid(Plugins.Jljt, JljtParameters.PilotEnded, "2025-01-01", "yes", "value");
        Invalid(Plugins.Jljt, JljtParameters.PilotEnded, "2025-01-01", "True", "value");
        Valid(Plugins.Jljt, JljtParameters.PilotEnded, "2025-01-01", "true");

        Assert.Equal("'sometimes' is not one of: capAtDailyRate, payEveryHour.", error.Message);
    }

    [Fact]
    public void RefuseAnAmountTooLargeForMoneyInsteadOfThrowing()
    {
        // decimal.MaxValue: parsing succeeds, the two-decimals check must not overflow.
        Invalid(Plugins.National, NationalParameters.TeachingHourlyRate, "2025-01-01", "79228162514264337593543950335", "value");
    }

    [Fact]
    public void NeverLetAnAcceptedRateMakeAFeeTableThrow_NAT_TRN_2()
    {
        // 10^14 yuan per hour × 100 hours = 10^16 yuan, a total the capital-numeral writer (大写) cannot spell.
        var huge = new ParameterValue(NationalParameters.TeachingHourlyRate, Facts.Day("2025-01-01"), "100000000000000");
        var days = Enumerable.Range(2, 10).Select(d => ($"2025-06-{d:00}", 10m)).ToArray();
        var fees = Facts.TrainingFees(Facts.Teaching("王老师", 30, days));

        var rejected = Plugins.National.ValidateParameter(huge);
        if (rejected is null)
        {
            var result = Plugins.National.ComputeTrainingFees(fees, new ParameterSchedule([huge]));
            Assert.True(result.Succeeded || result.Error.Kind == ErrorKind.Validation);
        }
        else
        {
            Assert.Equal("value", rejected.Field);
        }
    }

    private static CommandError Invalid(IPilotPolicy policy, string key, string from, string value, string field)
    {
        var error = policy.ValidateParameter(new ParameterValue(key, Facts.Day(from), value));

        Assert.True(error is not null, $"{policy.Code} accepted {key} = '{value}' from {from}");
        Assert.Equal((ErrorKind.Validation, field), (error.Kind, error.Field));
        return error;
    }

    private static void Valid(IPilotPolicy policy, string key, string from, string value) =>
        Assert.Null(policy.ValidateParameter(new ParameterValue(key, Facts.Day(from), value)));
}
