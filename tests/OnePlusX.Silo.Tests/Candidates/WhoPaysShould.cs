using OnePlusX.Policies;
using static OnePlusX.Silo.Tests.Candidates.CandidateSteps;

namespace OnePlusX.Silo.Tests.Candidates;

/// <summary>
/// Registration through GraphQL decides, per school's policy, who may register and who pays, from which fund, with
/// the rule IDs and the reason, at the project's agreed price (100 equipment + 200 certificate fee + 50 examiner labour).
/// </summary>
public sealed class WhoPaysShould(CandidatesSilo silo) : IClassFixture<CandidatesSilo>
{
    private readonly CandidateSteps _steps = new(silo);

    [Fact]
    public async Task PayAStudentsFirstCertificateFromThePublicSpecialFundAndLetTheStudentPayTheSecond_JL_FUND_1()
    {
        var tenant = await _steps.CollegeWithProjectAsync("CJ1", "2001");
        var second = await _steps.ApprovedProjectAsync(tenant, "BIM", new ExamPrice(0m, 300m, 0m));

        var first = Assert.Single(Rows(await _steps.RegisterAsync("CJ1", new[] { new { studentNumber = "2001" } })));
        var then = Assert.Single(Rows(await _steps.RegisterAsync("CJ1", new[] { new { studentNumber = "2001" } }, second)));

        var publicFund = Funding(first);
        Assert.Equal(("COLLEGE", 350m, "JL-FUND-1"), (publicFund.GetProperty("payer").GetString(), publicFund.GetProperty("total").GetDecimal(), RuleIds(publicFund)));
        Assert.Equal(
            [("PUBLIC_SPECIAL_FUND", "设备耗材费", 100m), ("PUBLIC_SPECIAL_FUND", "办证费", 200m), ("PUBLIC_SPECIAL_FUND", "考评员劳务费", 50m)],
            Lines(publicFund));
        Assert.Equal("财政专项资金承担：第一个证书（JL-FUND-1）", publicFund.GetProperty("explanation").GetProperty("chinese").GetString());
        Assert.Contains(publicFund.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("key").GetString() == "JL-FUND-1.publiclyFundedCertificates");

        var selfPaid = Funding(then);
        Assert.Equal(("STUDENT", 300m), (selfPaid.GetProperty("payer").GetString(), selfPaid.GetProperty("total").GetDecimal()));
        Assert.Equal([("CANDIDATE_PAYMENT", "办证费", 300m)], Lines(selfPaid));
        Assert.Equal("学生自费：第二个证书（JL-FUND-1）", selfPaid.GetProperty("explanation").GetProperty("chinese").GetString());
    }

    [Fact]
    public async Task RefuseAStudentTheSchoolDidNotSelect_HB_SEL_1()
    {
        await _steps.CollegeWithProjectAsync("CH1", "3001", "3002");

        var rows = Rows(await _steps.RegisterAsync("CH1", new object[] { new { studentNumber = "3001", selected = false }, new { studentNumber = "3002", selected = true } }));

        var refusal = Error(rows[0]);
        Assert.Equal(("RefusalError", "HB-SEL-1"), (refusal.GetProperty("__typename").GetString(), RuleIds(refusal)));
        Assert.Equal("未经遴选的学生不能报名（HB-SEL-1）", refusal.GetProperty("explanation").GetProperty("chinese").GetString());
        Assert.Equal(JsonValueKindNull, rows[0].GetProperty("registration").ValueKind);
        Assert.True(rows[1].GetProperty("registration").GetProperty("selected").GetBoolean());
    }

    [Fact]
    public async Task PayTheCertificateFeeFromTheAidFundAndTheRestFromTheSchoolsOperatingBudget_HB_FUND_2()
    {
        await _steps.CollegeWithProjectAsync("CH2", "3101");

        var funding = Funding(Assert.Single(Rows(await _steps.RegisterAsync("CH2", new[] { new { studentNumber = "3101", selected = true } }))));

        Assert.Equal(("COLLEGE", "HB-FUND-1,HB-FUND-2"), (funding.GetProperty("payer").GetString(), RuleIds(funding)));
        Assert.Equal(
            [("STUDENT_AID_FUND", "办证费", 200m), ("SCHOOL_OPERATING_BUDGET", "设备耗材费", 100m), ("SCHOOL_OPERATING_BUDGET", "考评员劳务费", 50m)],
            Lines(funding));
    }

    [Fact]
    public async Task PayEveryStudentFromTheSchoolsProjectBudgetAndRefuseWhatWouldOverspendIt_SD_FUND_1()
    {
        var students = Enumerable.Range(1, 6).Select(i => $"40{i:D2}").ToArray();
        await _steps.CollegeWithProjectAsync("CS1", students);

        // Budget 1000, certificate fee 200 from it: five registrations spend it all; the sixth would overspend.
        var rows = Rows(await _steps.RegisterAsync("CS1", students.Select(s => new { studentNumber = s }).ToArray()));

        Assert.All(rows.Take(5), row => Assert.Equal(
            [("SCHOOL_ALLOCATED_BUDGET", "办证费", 200m), ("SCHOOL_OPERATING_BUDGET", "设备耗材费", 100m), ("SCHOOL_OPERATING_BUDGET", "考评员劳务费", 50m)],
            Lines(Funding(row))));
        Assert.Equal("SD-FUND-1", RuleIds(Funding(rows[4])));
        var refusal = Error(rows[5]);
        Assert.Equal(("RefusalError", "SD-FUND-1"), (refusal.GetProperty("__typename").GetString(), RuleIds(refusal)));
        Assert.Contains("余额0.00元不足办证费200.00元", refusal.GetProperty("explanation").GetProperty("chinese").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CollectAndPayEveryFeeThroughTheEducationCompanysAccount_XM_FIN_1()
    {
        await _steps.CollegeWithProjectAsync("CX1", "5001");

        var rows = Rows(await _steps.RegisterAsync("CX1", new object[]
        {
            new { studentNumber = "5001" },
            new { externalCandidate = new { name = "王社会", idNumber = "11010519491231002x" } },
        }));

        var student = Funding(rows[0]);
        Assert.Equal(("COLLEGE", "NAT-COST-1,XM-FIN-1"), (student.GetProperty("payer").GetString(), RuleIds(student)));
        Assert.All(Lines(student), line => Assert.Equal("EDUCATION_COMPANY_ACCOUNT", line.Fund));
        var external = rows[1].GetProperty("registration");
        Assert.Equal(("ext:0001", "EXTERNAL_CANDIDATE", "**************002X"), (external.GetProperty("candidate").GetString(), external.GetProperty("kind").GetString(), external.GetProperty("idNumberMasked").GetString()));
        Assert.Equal(("EXTERNAL_CANDIDATE", "XM-ORG-1,XM-FIN-1", 350m),
            (external.GetProperty("funding").GetProperty("payer").GetString(), RuleIds(external.GetProperty("funding")), external.GetProperty("funding").GetProperty("total").GetDecimal()));
    }

    [Fact]
    public async Task DecideAtTheExamPriceTheProjectAgreed()
    {
        await _steps.CollegeWithProjectAsync("CJ2", "2101");

        var set = await silo.RunAsync(
            """mutation { setExamPrice(input: { projectKey: "WEB-FE-2-2025", equipmentAndConsumables: 60, certificateFee: 180.5, examinerLabour: 40 }) { project { examPrice { total certificateFee } } errors { __typename } } }""",
            CandidatesSilo.Officer("CJ2"));
        var bad = await silo.RunAsync(
            """mutation { setExamPrice(input: { projectKey: "WEB-FE-2-2025", equipmentAndConsumables: -1, certificateFee: 1, examinerLabour: 1 }) { errors { __typename ... on ValidationError { field } } } }""",
            CandidatesSilo.Officer("CJ2"));
        var funding = Funding(Assert.Single(Rows(await _steps.RegisterAsync("CJ2", new[] { new { studentNumber = "2101" } }))));

        Assert.Equal(280.5m, set.GetProperty("setExamPrice").GetProperty("project").GetProperty("examPrice").GetProperty("total").GetDecimal());
        Assert.Equal("equipmentAndConsumables", bad.GetProperty("setExamPrice").GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(280.5m, funding.GetProperty("total").GetDecimal());
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
