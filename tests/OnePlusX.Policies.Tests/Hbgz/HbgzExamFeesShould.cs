using OnePlusX.Policies.Hbgz;

namespace OnePlusX.Policies.Tests.Hbgz;

/// <summary>
/// HBGZ exam pay (HB-FUND-2): internal examiners at the skill-appraisal rate (sample 300 yuan/day), external
/// examiners and supervisors at the review rate (sample 500 yuan/day); invigilators at the baseline's rate.
/// </summary>
public sealed class HbgzExamFeesShould
{
    private static readonly ExamWorker InternalExaminer = Facts.Examiner("张老师", 2m, @internal: true);
    private static readonly ExamWorker ExternalExaminer = Facts.Examiner("李专家", 1.5m, @internal: false);

    [Fact]
    public void PriceEachExaminerAtTheRateForWhereTheyComeFrom_HB_FUND_2()
    {
        var workers = new[]
        {
            InternalExaminer,
            ExternalExaminer,
            Facts.Supervisor("王督导", 1m),
            Facts.Invigilator("赵老师", Facts.Sitting("A101", "2025-06-01 09:00", 120), Facts.Sitting("A102", "2025-06-01 14:00", 120)),
        };
        CostItem[] other = [new(CostType.CertificateFee, "办证费", 6000m), new(CostType.EquipmentAndConsumables, "耗材费", 1234.56m)];

        var table = Expect.Ok(Plugins.Hbgz.ComputeExamFees(Facts.ExamFees(workers, other: other), Plugins.Defaults));

        Assert.Equal(
            [
                ("张老师", CostType.ExaminerFee, "校内考评员（技能鉴定费标准）", 2m, 300m, 600m),
                ("李专家", CostType.ExaminerFee, "校外考评员（评审费标准）", 1.5m, 500m, 750m),
                ("王督导", CostType.SupervisorFee, "督导员（评审费标准）", 1m, 500m, 500m),
                ("赵老师", CostType.InvigilatorFee, "监考", 2m, 100m, 200m),
                ("办证费", CostType.CertificateFee, "办证费", 1m, 6000m, 6000m),
                ("耗材费", CostType.EquipmentAndConsumables, "耗材费", 1m, 1234.56m, 1234.56m),
            ],
            table.Lines.Select(l => (l.Name, l.Type, l.Description, l.Quantity, l.Rate, l.Amount)));
        Assert.Equal([1, 2, 3, 4, 5, 6], table.Lines.Select(l => l.Number));
        Assert.Equal(["HB-FUND-2"], table.Lines[0].RuleIds);
        Assert.Equal(9284.56m, table.Total);
        Assert.Equal("玖仟贰佰捌拾肆元伍角陆分", table.TotalInWords);
        Assert.Equal(["HB-FUND-2", "NAT-FEE-1", "NAT-COST-1"], table.RuleIds);
        Assert.Equal("HBGZ", table.PolicyCode);
        Assert.True(table.UsesSampleParameters);
    }

    [Fact]
    public void PayASupervisorAtTheReviewRateEvenFromInsideTheCollege_HB_FUND_2()
    {
        var supervisor = new ExamWorker("刘督导", ExamRole.Supervisor, Internal: true, HoldsExaminerCertificate: false, [], Days: 2m);

        var table = Expect.Ok(Plugins.Hbgz.ComputeExamFees(Facts.ExamFees([supervisor]), Plugins.Defaults));

        var line = Assert.Single(table.Lines);
        Assert.Equal((CostType.SupervisorFee, 500m, 1000m), (line.Type, line.Rate, line.Amount));
    }

    [Fact]
    public void UseTheTenantsRatesFromTheirEffectiveDate_HB_FUND_2()
    {
        var schedule = Facts.Schedule(
            (HbgzPolicy.SkillAppraisalDailyRate, "2025-09-01", "350"),
            (HbgzPolicy.ReviewDailyRate, "2025-09-01", "600"));
        ExamWorker[] workers = [InternalExaminer, Facts.Examiner("李专家", 1m, @internal: false)];

        var before = Expect.Ok(Plugins.Hbgz.ComputeExamFees(Facts.ExamFees(workers, examDate: "2025-08-31"), schedule));
        var after = Expect.Ok(Plugins.Hbgz.ComputeExamFees(Facts.ExamFees(workers, examDate: "2025-09-01"), schedule));

        // 2 × 300 + 1 × 500 before; 2 × 350 + 1 × 600 from 1 September.
        Assert.Equal((600m, 500m, 1100m), (before.Lines[0].Amount, before.Lines[1].Amount, before.Total));
        Assert.Equal((700m, 600m, 1300m), (after.Lines[0].Amount, after.Lines[1].Amount, after.Total));
        Assert.Equal("壹仟叁佰元整", after.TotalInWords);
        Assert.True(before.UsesSampleParameters);
        Assert.False(after.UsesSampleParameters);
        Assert.All(after.Parameters, p => Assert.Equal((Facts.Day("2025-09-01"), true), (p.EffectiveFrom, p.SetByTenant)));
    }

    [Fact]
    public void PayAnInternalExaminerLessThanTheBaselineExaminerRate_HB_FUND_2()
    {
        var hbgz = Expect.Ok(Plugins.Hbgz.ComputeExamFees(Facts.ExamFees([InternalExaminer]), Plugins.Defaults));
        var national = Expect.Ok(Plugins.National.ComputeExamFees(Facts.ExamFees([InternalExaminer]), Plugins.Defaults));

        Assert.Equal(600m, hbgz.Total);
        Assert.Equal(1000m, national.Total);
        Assert.Contains(hbgz.Parameters, p => p is { Key: HbgzPolicy.SkillAppraisalDailyRate, Value: "300", IsSample: true });
    }
}
