using OnePlusX.Outcomes;

namespace OnePlusX.Policies.Tests.Baseline;

/// <summary>No certification fee for trainers or examiners, whatever plugin a college follows (NAT-FEE-1).</summary>
public sealed class NationalFeeTypesShould
{
    public static TheoryData<string, CostType, string> ForbiddenFees()
    {
        var data = new TheoryData<string, CostType, string>();
        foreach (var code in new[] { "NAT", "JLJT", "HBGZ", "SDDZ", "XMGX" })
        {
            data.Add(code, CostType.TrainerCertificationFee, "培训师认证费");
            data.Add(code, CostType.ExaminerCertificationFee, "考评员认证费");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ForbiddenFees))]
    public void RefuseAnExamFeeTableWithACertificationFeeForEveryPlugin_NAT_FEE_1(string code, CostType type, string description)
    {
        var facts = Facts.ExamFees([Invigilator()], other: [new CostItem(CostType.CertificateFee, "办证费", 200m), new CostItem(type, $" {description} ", 300m)]);

        var result = Plugins.ByCode(code).ComputeExamFees(facts, Plugins.Defaults);

        Assert.False(result.Succeeded, $"{code} computed a fee table with a {description}");
        Assert.Equal(ErrorKind.Refusal, result.Error!.Kind);
        Assert.Equal(["NAT-FEE-1"], result.Error.RuleIds);
        Assert.Equal($"No certification fee for trainers or examiners may be charged: {description} (NAT-FEE-1)", result.Error.Message);
    }

    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void ComputeAnExamFeeTableWithAllowedCostsForEveryPlugin_NAT_FEE_1(string code)
    {
        var facts = Facts.ExamFees([Invigilator()], other: [new CostItem(CostType.CertificateFee, "办证费", 200m), new CostItem(CostType.EquipmentAndConsumables, "耗材", 80.5m)]);

        var table = Expect.Ok(Plugins.ByCode(code).ComputeExamFees(facts, Plugins.Defaults));

        Assert.Contains("NAT-FEE-1", table.RuleIds);
        Assert.Contains("NAT-FEE-1", table.Explanation.Chinese);
        Assert.Equal([200m, 80.5m], table.Lines.Where(l => l.Type is CostType.CertificateFee or CostType.EquipmentAndConsumables).Select(l => l.Amount));
    }

    [Fact]
    public void NameEveryForbiddenFeeInOneRefusal_NAT_FEE_1()
    {
        var facts = Facts.ExamFees([Invigilator()], other: [new CostItem(CostType.TrainerCertificationFee, "培训师认证费", 300m), new CostItem(CostType.ExaminerCertificationFee, "考评员认证费", 500m)]);

        var result = Plugins.National.ComputeExamFees(facts, Plugins.Defaults);

        Assert.Equal(ErrorKind.Refusal, result.Error!.Kind);
        Assert.Equal("No certification fee for trainers or examiners may be charged: 培训师认证费, 考评员认证费 (NAT-FEE-1)", result.Error.Message);
    }

    private static ExamWorker Invigilator() => Facts.Invigilator("李监考", Facts.Sitting("A101", "2025-06-01 09:00", 120));
}
