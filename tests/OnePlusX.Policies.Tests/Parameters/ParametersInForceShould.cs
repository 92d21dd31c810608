using OnePlusX.Policies.Baseline;
using OnePlusX.Policies.Hbgz;

namespace OnePlusX.Policies.Tests.Parameters;

/// <summary>Which value of each parameter is in force on a day under a tenant's schedule.</summary>
public sealed class ParametersInForceShould
{
    private static readonly DateOnly PilotStart = new(2019, 1, 1);

    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void PutEveryDefaultInForceFromTheFirstDayOfThePilot(string code)
    {
        var policy = Plugins.ByCode(code);

        var inForce = Expect.Ok(policy.ParametersInForce(Plugins.Defaults, PilotStart));

        Assert.Equal(policy.Parameters.Select(d => d.Key).Order(StringComparer.Ordinal), inForce.Select(p => p.Definition.Key).Order(StringComparer.Ordinal));
        Assert.All(inForce, p =>
        {
            Assert.Equal(p.Definition.DefaultValue, p.Value);
            Assert.Equal(PilotStart, p.EffectiveFrom);
            Assert.Equal(PilotStart, p.Definition.DefaultFrom);
            Assert.False(p.SetByTenant);
        });
    }

    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void RefuseADayBeforeThePilot(string code)
    {
        var error = Expect.Invalid(Plugins.ByCode(code).ParametersInForce(Plugins.Defaults, new DateOnly(2018, 12, 31)), "on");

        Assert.Contains("2018-12-31", error.Message);
    }

    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void GiveEveryPluginItsOwnKeysOnceEach(string code)
    {
        var keys = Plugins.ByCode(code).Parameters.Select(d => d.Key).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(NationalParameters.CollegeFundedCertificates, keys);
    }

    [Fact]
    public void ApplyATenantValueFromItsFirstDayAndNotTheDayBefore()
    {
        var schedule = Facts.Schedule((NationalParameters.ExitWeeks, "2025-03-01", "4"));

        var dayBefore = Single(Plugins.National, schedule, "2025-02-28", NationalParameters.ExitWeeks);
        var firstDay = Single(Plugins.National, schedule, "2025-03-01", NationalParameters.ExitWeeks);

        Assert.Equal(("3", PilotStart, false), (dayBefore.Value, dayBefore.EffectiveFrom, dayBefore.SetByTenant));
        Assert.Equal(("4", Facts.Day("2025-03-01"), true), (firstDay.Value, firstDay.EffectiveFrom, firstDay.SetByTenant));
    }

    [Theory]
    [InlineData("2023-12-31", "500", "2019-01-01", false)]
    [InlineData("2024-01-01", "550", "2024-01-01", true)]
    [InlineData("2024-12-31", "550", "2024-01-01", true)]
    [InlineData("2025-06-30", "600", "2025-01-01", true)]
    [InlineData("2026-01-01", "700", "2026-01-01", true)]
    public void TakeTheLatestValueOnOrBeforeTheDay(string on, string value, string from, bool byTenant)
    {
        // Listed out of order on purpose: the schedule is not assumed sorted.
        var schedule = Facts.Schedule(
            (NationalParameters.ExaminerDailyRate, "2026-01-01", "700"),
            (NationalParameters.ExaminerDailyRate, "2024-01-01", "550"),
            (NationalParameters.ExaminerDailyRate, "2025-01-01", "600"));

        var p = Single(Plugins.National, schedule, on, NationalParameters.ExaminerDailyRate);

        Assert.Equal((value, Facts.Day(from), byTenant), (p.Value, p.EffectiveFrom, p.SetByTenant));
    }

    [Fact]
    public void LeaveOtherKeysAtTheirDefaultsWhenTheTenantSetsOne()
    {
        var schedule = Facts.Schedule((NationalParameters.ExitWeeks, "2025-03-01", "4"));

        var inForce = Expect.Ok(Plugins.National.ParametersInForce(schedule, Facts.Day("2025-06-01")));

        Assert.Equal([NationalParameters.ExitWeeks], inForce.Where(p => p.SetByTenant).Select(p => p.Definition.Key));
        Assert.Equal("2", inForce.Single(p => p.Definition.Key == NationalParameters.WarningWeeks).Value);
    }

    [Fact]
    public void LetASchoolDefinitionReplaceTheBaselinesForTheSameKey_NAT_TRN_2()
    {
        var national = Plugins.National.Parameters.Single(d => d.Key == NationalParameters.WorkloadRatio);
        var hbgz = Plugins.Hbgz.Parameters.Single(d => d.Key == NationalParameters.WorkloadRatio);
        var schedule = Facts.Schedule((NationalParameters.WorkloadRatio, "2025-01-01", "1.5"));

        Assert.Equal(("NAT-TRN-2", false), (national.RuleId, national.IsSample));
        Assert.Equal(("HB-TRN-1", false), (hbgz.RuleId, hbgz.IsSample));
        Assert.Equal("1.5", Single(Plugins.Hbgz, schedule, "2025-01-01", NationalParameters.WorkloadRatio).Value);
        Assert.Contains(Plugins.Hbgz.Parameters, d => d.Key == HbgzPolicy.CancelWeeks);
    }

    [Fact]
    public void IgnoreATenantValueForAKeyThePolicyDoesNotHave()
    {
        var schedule = Facts.Schedule(("JL-PAY-2.examinerDailyRate", "2025-01-01", "900"));

        var inForce = Expect.Ok(Plugins.National.ParametersInForce(schedule, Facts.Day("2025-06-01")));

        Assert.DoesNotContain(inForce, p => p.Definition.Key == "JL-PAY-2.examinerDailyRate");
        Assert.DoesNotContain(inForce, p => p.SetByTenant);
    }

    private static PolicyParameterInForce Single(IPilotPolicy policy, ParameterSchedule schedule, string on, string key) =>
        Expect.Ok(policy.ParametersInForce(schedule, Facts.Day(on))).Single(p => p.Definition.Key == key);
}
