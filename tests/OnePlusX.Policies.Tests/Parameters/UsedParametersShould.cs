using OnePlusX.Policies.Baseline;
using OnePlusX.Policies.Jljt;

namespace OnePlusX.Policies.Tests.Parameters;

/// <summary>Fee tables keep the parameters they were computed with, and say when a rate is still a sample.</summary>
public sealed class UsedParametersShould
{
    private static readonly DateOnly PilotStart = new(2019, 1, 1);

    private static TrainingFeeFacts EightHours(string computedOn = "2025-06-30") =>
        new(Facts.Day(computedOn), [Facts.Teaching("王老师", 30, ("2025-06-02", 4m), ("2025-06-03", 4m))]);

    [Fact]
    public void KeepTheSampleRatesATeachingFeeTableUsed_NAT_TRN_2()
    {
        var table = Expect.Ok(Plugins.National.ComputeTrainingFees(EightHours(), Plugins.Defaults));

        Assert.Equal(
            [
                new UsedParameter(NationalParameters.TeachingHourlyRate, "100", PilotStart, SetByTenant: false, IsSample: true),
                new UsedParameter(NationalParameters.WorkloadRatio, "1.0", PilotStart, SetByTenant: false, IsSample: false),
            ],
            table.Parameters);
        Assert.True(table.UsesSampleParameters);
        Assert.Equal(Facts.Day("2025-06-30"), table.ComputedFor);
    }

    [Fact]
    public void StillUseSampleParametersUntilTheCollegeSetsTheSampleRate_NAT_TRN_2()
    {
        var own = Facts.Schedule((NationalParameters.TeachingHourlyRate, "2025-01-01", "120"));

        var sample = Expect.Ok(Plugins.National.ComputeTrainingFees(EightHours(), Plugins.Defaults));
        var fully = Expect.Ok(Plugins.National.ComputeTrainingFees(EightHours(), own));

        Assert.Contains(new UsedParameter(NationalParameters.TeachingHourlyRate, "120", Facts.Day("2025-01-01"), SetByTenant: true, IsSample: true), fully.Parameters);
        Assert.True(sample.UsesSampleParameters);
        Assert.False(fully.UsesSampleParameters);
        Assert.Equal(960m, fully.Total); // 8 h × 120
        Assert.Equal("玖佰陆拾元整", fully.TotalInWords);
    }

    [Fact]
    public void KeepTheRateInForceOnTheDayTheTableIsFor_NAT_TRN_2()
    {
        var schedule = Facts.Schedule((NationalParameters.TeachingHourlyRate, "2025-07-01", "150"));

        var june = Expect.Ok(Plugins.National.ComputeTrainingFees(EightHours("2025-06-30"), schedule));
        var july = Expect.Ok(Plugins.National.ComputeTrainingFees(EightHours("2025-07-01"), schedule));

        Assert.Equal((800m, "100"), (june.Total, june.Parameters[0].Value));
        Assert.Equal((1200m, "150"), (july.Total, july.Parameters[0].Value));
    }

    [Fact]
    public void NotCallRatesWrittenInTheSchoolsTextSamples_JL_PAY_3()
    {
        var fees = Facts.ExamFees([Facts.Invigilator("李监考", Facts.Sitting("A101", "2025-06-01 09:00", 120))]);

        var table = Expect.Ok(Plugins.Jljt.ComputeExamFees(fees, Plugins.Defaults));

        Assert.Contains(new UsedParameter(JljtParameters.InvigilatorSessionRate, "100", PilotStart, SetByTenant: false, IsSample: false), table.Parameters);
        Assert.All(table.Parameters, p => Assert.False(p.IsSample));
        Assert.False(table.UsesSampleParameters);
    }

    [Fact]
    public void MarkAnExamFeeTableAtTheBaselineSampleRatesUntilTheCollegeSetsThem_NAT_COST_1()
    {
        var fees = Facts.ExamFees([Facts.Examiner("张考评", 1.5m)]);
        var schedule = Facts.Schedule((NationalParameters.ExaminerDailyRate, "2025-01-01", "640"));

        var sample = Expect.Ok(Plugins.National.ComputeExamFees(fees, Plugins.Defaults));
        var own = Expect.Ok(Plugins.National.ComputeExamFees(fees, schedule));

        Assert.Equal([new UsedParameter(NationalParameters.ExaminerDailyRate, "500", PilotStart, SetByTenant: false, IsSample: true)], sample.Parameters);
        Assert.True(sample.UsesSampleParameters);
        Assert.Equal(750m, sample.Total); // 1.5 days × 500
        Assert.Equal([new UsedParameter(NationalParameters.ExaminerDailyRate, "640", Facts.Day("2025-01-01"), SetByTenant: true, IsSample: true)], own.Parameters);
        Assert.False(own.UsesSampleParameters);
        Assert.Equal(960m, own.Total); // 1.5 days × 640
    }

    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void ListOnlyParametersThePolicyDefines(string code)
    {
        var policy = Plugins.ByCode(code);
        var keys = policy.Parameters.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);

        var teaching = Expect.Ok(policy.ComputeTrainingFees(EightHours(), Plugins.Defaults));
        var exam = Expect.Ok(policy.ComputeExamFees(Facts.ExamFees([Facts.Examiner("张考评", 1m)]), Plugins.Defaults));

        Assert.NotEmpty(teaching.Parameters);
        Assert.NotEmpty(exam.Parameters);
        Assert.All(teaching.Parameters.Concat(exam.Parameters), p => Assert.Contains(p.Key, keys));
        Assert.All(teaching.Parameters, p => Assert.Equal(policy.Parameters.Single(d => d.Key == p.Key).IsSample, p.IsSample));
    }
}
