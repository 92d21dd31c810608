using OnePlusX.Policies.Baseline;
using OnePlusX.Policies.Jljt;
using static OnePlusX.Policies.Tests.Support.Facts;

namespace OnePlusX.Policies.Tests.Jljt;

/// <summary>JLJT's course teaching-fee table 附件3 (JL-FORM-3): hours × hourly rate × student-number coefficient (JL-PAY-1).</summary>
public sealed class JljtTeachingFeeShould
{
    [Fact]
    public void ComputeTheTableWithTheDefaultRateAndCoefficients_JL_PAY_1_JL_FORM_3()
    {
        var facts = TrainingFees(
            Teacher(" 张伟 ", "副教授", 40, "理论", ("2025-06-02", 4m), ("2025-06-03", 4m)), // 8 × 50 × 1.0 = 400.00
            Teacher("李娜", "讲师", 41, null, ("2025-06-04", 6m)), //                         6 × 50 × 1.1 = 330.00
            Teacher("王强", "讲师", 65, null, ("2025-06-05", 3.5m))); //                      3.5 × 50 × 1.2 = 210.00

        var table = Expect.Ok(Plugins.Jljt.ComputeTrainingFees(facts, Plugins.Defaults));

        Assert.Equal("JLJT", table.PolicyCode);
        Assert.Equal(Day("2025-06-30"), table.ComputedFor);
        Assert.Equal(
            [(1, "张伟", "副教授 · 汽车检测", 40, 8m, 50m, 1.0m, 400.00m, "理论"), (2, "李娜", "讲师 · 汽车检测", 41, 6m, 50m, 1.1m, 330.00m, null), (3, "王强", "讲师 · 汽车检测", 65, 3.5m, 50m, 1.2m, 210.00m, null)],
            table.Lines.Select(l => (l.Number, l.Name, l.Description, l.Students ?? 0, l.Quantity, l.Rate, l.Coefficient, l.Amount, l.Remarks)));
        Assert.All(table.Lines, l =>
        {
            Assert.Equal(CostType.TeachingFee, l.Type);
            Assert.Equal("学时", l.Unit);
            Assert.Equal(["JL-PAY-1"], l.RuleIds);
        });
        Assert.Equal(940.00m, table.Total);
        Assert.Equal("玖佰肆拾元整", table.TotalInWords);
        Assert.Equal(["JL-FORM-3", "JL-PAY-1"], table.RuleIds);
        Assert.Equal(new Explanation("合计940.00元（玖佰肆拾元整）（JL-FORM-3、JL-PAY-1）", "Total 940.00 yuan (JL-FORM-3, JL-PAY-1)"), table.Explanation);
    }

    [Theory]
    [InlineData(1, "1.0")]
    [InlineData(40, "1.0")]
    [InlineData(41, "1.1")]
    [InlineData(60, "1.1")]
    [InlineData(61, "1.2")]
    [InlineData(80, "1.2")]
    [InlineData(81, "1.3")]
    [InlineData(200, "1.3")]
    public void TakeTheCoefficientOfTheStudentNumberBracket_JL_PAY_1(int students, string coefficient)
    {
        var c = decimal.Parse(coefficient, System.Globalization.CultureInfo.InvariantCulture);

        var line = Expect.Ok(Plugins.Jljt.ComputeTrainingFees(TrainingFees(Teaching("张伟", students, ("2025-06-02", 10m))), Plugins.Defaults)).Lines.Single();

        Assert.Equal(c, line.Coefficient);
        Assert.Equal(500m * c, line.Amount);
    }

    [Fact]
    public void ComputeWithATenantsOwnRateAndCoefficientTable_JL_PAY_1()
    {
        var schedule = Schedule((JljtParameters.HourlyRate, "2025-01-01", "60"), (JljtParameters.Coefficients, "2025-01-01", "1:0.9;31:1.0;51:1.15"));
        var facts = TrainingFees(
            Teaching("张伟", 30, ("2025-06-02", 10m)), //   10 × 60 × 0.9  = 540.00
            Teaching("李娜", 45, ("2025-06-03", 10m)), //   10 × 60 × 1.0  = 600.00
            Teaching("王强", 51, ("2025-06-04", 7.5m))); // 7.5 × 60 × 1.15 = 517.50

        var table = Expect.Ok(Plugins.Jljt.ComputeTrainingFees(facts, schedule));

        Assert.Equal([540.00m, 600.00m, 517.50m], table.Lines.Select(l => l.Amount));
        Assert.Equal([0.9m, 1.0m, 1.15m], table.Lines.Select(l => l.Coefficient));
        Assert.All(table.Lines, l => Assert.Equal(60m, l.Rate));
        Assert.Equal(1657.50m, table.Total);
        Assert.Equal("壹仟陆佰伍拾柒元伍角整", table.TotalInWords);
        Assert.Contains(new UsedParameter(JljtParameters.HourlyRate, "60", Day("2025-01-01"), true, true), table.Parameters);
        Assert.Contains(new UsedParameter(JljtParameters.Coefficients, "1:0.9;31:1.0;51:1.15", Day("2025-01-01"), true, true), table.Parameters);
    }

    [Fact]
    public void RoundEachAmountToTheFen_JL_PAY_1()
    {
        var schedule = Schedule((JljtParameters.HourlyRate, "2025-01-01", "33.33"));

        // 2.5 × 33.33 × 1.1 = 91.6575 → 91.66
        var table = Expect.Ok(Plugins.Jljt.ComputeTrainingFees(TrainingFees(Teaching("张伟", 41, ("2025-06-02", 2.5m))), schedule));

        Assert.Equal(91.66m, table.Lines.Single().Amount);
        Assert.Equal(91.66m, table.Total);
        Assert.Equal("玖拾壹元陆角陆分", table.TotalInWords);
    }

    [Fact]
    public void KeepTheParametersItUsedAndSayTheRatesAreSamples_JL_PAY_1_JL_FORM_3()
    {
        var table = Expect.Ok(Plugins.Jljt.ComputeTrainingFees(TrainingFees(Teaching("张伟", 40, ("2025-06-02", 8m))), Plugins.Defaults));

        Assert.Equal(
            [JljtParameters.Coefficients, JljtParameters.HourlyRate, NationalParameters.WorkloadRatio],
            table.Parameters.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Contains(new UsedParameter(JljtParameters.HourlyRate, "50", Day("2019-01-01"), false, true), table.Parameters);
        Assert.Contains(new UsedParameter(JljtParameters.Coefficients, "1:1.0;41:1.1;61:1.2;81:1.3", Day("2019-01-01"), false, true), table.Parameters);
        Assert.True(table.UsesSampleParameters);
        Assert.Equal(8m, table.Lines.Single().WorkloadHours);
    }

    [Fact]
    public void LeaveThisYearsTableAloneWhenTheRateChangesNextYear_JL_PAY_1()
    {
        var facts = TrainingFees(Teaching("张伟", 40, ("2025-12-29", 10m))) with { ComputedOn = Day("2025-12-31") };
        var before = Expect.Ok(Plugins.Jljt.ComputeTrainingFees(facts, Plugins.Defaults));
        var schedule = Schedule((JljtParameters.HourlyRate, "2026-01-01", "60"));

        var thisYear = Expect.Ok(Plugins.Jljt.ComputeTrainingFees(facts, schedule));
        var nextYear = Expect.Ok(Plugins.Jljt.ComputeTrainingFees(facts with { ComputedOn = Day("2026-01-01") }, schedule));

        Assert.Equal(500.00m, before.Total);
        Assert.Equal(500.00m, thisYear.Total);
        Assert.Equal(before.Parameters, thisYear.Parameters);
        Assert.Contains(new UsedParameter(JljtParameters.HourlyRate, "50", Day("2019-01-01"), false, true), thisYear.Parameters);
        Assert.Equal(600.00m, nextYear.Total);
        Assert.Contains(new UsedParameter(JljtParameters.HourlyRate, "60", Day("2026-01-01"), true, true), nextYear.Parameters);
    }

    [Theory]
    [InlineData("1:1.0;41:1.1", true)]
    [InlineData("1:0.8;21:1.0;41:1.2;61:1.4", true)]
    [InlineData("10:1.0;41:1.1", false)]
    [InlineData("1:1.0;41:1.1;30:1.2", false)]
    [InlineData("1:-1.0", false)]
    [InlineData("", false)]
    public void AcceptOnlyAnAscendingCoefficientTableFromOne_JL_PAY_1(string table, bool accepted)
    {
        var error = Plugins.Jljt.ValidateParameter(new ParameterValue(JljtParameters.Coefficients, Day("2025-01-01"), table));

        Assert.Equal(accepted, error is null);
        if (error is not null)
        {
            Assert.Equal("value", error.Field);
        }
    }

    [Fact]
    public void RejectAnAssignmentWithoutStudentsAsInvalid_JL_PAY_1()
    {
        Expect.Invalid(Plugins.Jljt.ComputeTrainingFees(TrainingFees(Teaching("张伟", 0, ("2025-06-02", 4m))), Plugins.Defaults), "assignments[0].students");
    }

    private static TeachingAssignment Teacher(string name, string title, int students, string? remarks, params (string Day, decimal Hours)[] days) =>
        new(name, title, "汽车检测", students, days.Select(d => new TeachingDay(Day(d.Day), d.Hours)).ToList(), remarks);
}
