using OnePlusX.CertificateProjects;
using OnePlusX.Outcomes;

namespace OnePlusX.Policies.Tests.Baseline;

/// <summary>Bad facts come back from every plugin as a validation error naming the field, never as an exception.</summary>
public sealed class BadInputShould
{
    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void NameAZeroOrNegativeNumberOfHours(string code)
    {
        var policy = Plugins.ByCode(code);

        Expect.Invalid(policy.ComputeTrainingFees(Facts.TrainingFees(Facts.Teaching("王老师", 30, ("2025-06-02", 0m))), Plugins.Defaults), "assignments[0].days[0].hours");
        Expect.Invalid(policy.ComputeTrainingFees(Facts.TrainingFees(Facts.Teaching("王老师", 30, ("2025-06-02", -2m))), Plugins.Defaults), "assignments[0].days[0].hours");
        Expect.Invalid(
            policy.ComputeTrainingFees(Facts.TrainingFees(Facts.Teaching("王老师", 30, ("2025-06-02", 4m)), Facts.Teaching("李老师", 30, ("2025-06-03", 4m), ("2025-06-04", 0m))), Plugins.Defaults),
            "assignments[1].days[1].hours");
        Expect.Ok(policy.ComputeTrainingFees(Facts.TrainingFees(Facts.Teaching("王老师", 30, ("2025-06-02", 0.5m))), Plugins.Defaults));
    }

    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void NameASittingThatEndsBeforeOrWhenItStarts(string code)
    {
        var policy = Plugins.ByCode(code);
        var backwards = new ExamSitting("A101", Facts.At("2025-06-01 11:00"), Facts.At("2025-06-01 09:00"));
        var instant = new ExamSitting("A101", Facts.At("2025-06-01 09:00"), Facts.At("2025-06-01 09:00"));
        var fine = Facts.Sitting("A101", "2025-06-01 09:00", 1);

        Expect.Invalid(policy.CheckExamPlan(Facts.ExamPlan([backwards], []), Plugins.Defaults), "sittings[0].end");
        Expect.Invalid(policy.CheckExamPlan(Facts.ExamPlan([fine, instant], []), Plugins.Defaults), "sittings[1].end");
        Expect.Invalid(policy.CheckExamPlan(Facts.ExamPlan([fine], [Facts.Invigilator("李监考", backwards)]), Plugins.Defaults), "workers[0].sittings[0].end");
        Expect.Invalid(policy.ComputeExamFees(Facts.ExamFees([Facts.Invigilator("李监考", fine, backwards)]), Plugins.Defaults), "workers[0].sittings[1].end");
        Expect.Ok(policy.CheckExamPlan(Facts.ExamPlan([fine], []), Plugins.Defaults));
    }

    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void NameAnInvigilatorOrAClassThatEndsBeforeItStarts(string code)
    {
        var policy = Plugins.ByCode(code);
        var filing = new ExamFiling("Web前端开发", "信息学院", "软件技术", Facts.Day("2025-06-01"), 40, ExamMode.Written, "A楼",
            [new FilingInvigilator("李监考", "A101", Facts.At("2025-06-01 11:00"), Facts.At("2025-06-01 09:00"), true)], true);

        Expect.Invalid(policy.CheckExamFiling(filing, Plugins.Defaults), "invigilators[0].end");
        Expect.Invalid(policy.CheckTraining(Facts.Training(30) with { EndsOn = Facts.Day("2025-03-31") }, Plugins.Defaults), "endsOn");
        Expect.Ok(policy.CheckTraining(Facts.Training(30) with { EndsOn = Facts.Day("2025-04-01") }, Plugins.Defaults));
    }

    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void NameAnUnknownCertificateLevel(string code)
    {
        var policy = Plugins.ByCode(code);
        var application = new ProjectApplicationFacts("S000101", (CertificateLevel)7, 2025, 40, 12000m);
        var plan = new AnnualPlanFacts(2026, Facts.Day("2025-10-15"), [new AnnualPlanItem("S000101", CertificateLevel.Advanced, 40, 12000m), new AnnualPlanItem("S000102", (CertificateLevel)7, 40, 12000m)], 100, null, false);
        var change = new ChangeRequestFacts(Facts.Day("2025-11-01"), "证书停考", "S000103", (CertificateLevel)7, 10000m, 12000m, false);

        Expect.Invalid(policy.CheckProjectApplication(application, Plugins.Defaults), "level");
        Expect.Invalid(policy.CheckProjectApplication(application with { Level = 0 }, Plugins.Defaults), "level");
        Expect.Invalid(policy.CheckAnnualPlan(plan, Plugins.Defaults), "items[1].level");
        Expect.Invalid(policy.CheckChangeRequest(change, Plugins.Defaults), "toLevel");
        Expect.Ok(policy.CheckProjectApplication(application with { Level = CertificateLevel.Advanced }, Plugins.Defaults));
    }

    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void NameAnAmountWithMoreThanTwoDecimals(string code)
    {
        var policy = Plugins.ByCode(code);
        var student = Facts.Student(0);

        Expect.Invalid(policy.DecideFunding(student with { Price = Facts.Price(certificateFee: 200.001m) }, Plugins.Defaults), "price.certificateFee");
        Expect.Invalid(policy.CheckRegistration(student with { Price = Facts.Price(equipment: 100.005m) }, Plugins.Defaults), "price.equipmentAndConsumables");
        Expect.Invalid(policy.DecideFunding(student with { SchoolBudgetRemaining = 5000.125m }, Plugins.Defaults), "schoolBudgetRemaining");
        Expect.Invalid(policy.ComputeExamFees(Facts.ExamFees([], other: [new CostItem(CostType.CertificateFee, "办证费", 200.999m)]), Plugins.Defaults), "otherCosts[0].amount");
        Expect.Invalid(policy.CheckProjectApplication(new ProjectApplicationFacts("S000101", CertificateLevel.Advanced, 2025, 40, 12000.001m), Plugins.Defaults), "budget");
        Expect.Invalid(policy.ShareProfit(new ProfitFacts(Facts.Day("2025-12-31"), 10000.001m, 5000m, 1000m), Plugins.Defaults), "revenue");
        Expect.Ok(policy.DecideFunding(student with { Price = Facts.Price(certificateFee: 200.01m) }, Plugins.Defaults));
    }

    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void NameAnUnknownModeCandidateOrRole(string code)
    {
        var policy = Plugins.ByCode(code);
        var sitting = Facts.Sitting("A101", "2025-06-01 09:00", 120);

        Expect.Invalid(policy.CheckExamPlan(Facts.ExamPlan([sitting], [], mode: (ExamMode)9), Plugins.Defaults), "mode");
        Expect.Invalid(policy.DecideFunding(Facts.Student(0) with { Candidate = (CandidateKind)9 }, Plugins.Defaults), "candidate");
        Expect.Invalid(policy.ComputeExamFees(Facts.ExamFees([new ExamWorker("李", (ExamRole)9, true, false, [sitting])]), Plugins.Defaults), "workers[0].role");
        Expect.Invalid(policy.ComputeExamFees(Facts.ExamFees([Facts.Examiner("张考评", 0m)]), Plugins.Defaults), "workers[0].days");
        Expect.Invalid(policy.DecideFunding(Facts.Student(-1), Plugins.Defaults), "earlierCertificates");
    }

    public static TheoryData<string, bool> PluginsAndEdges()
    {
        var data = new TheoryData<string, bool>();
        foreach (var code in new[] { "NAT", "JLJT", "HBGZ", "SDDZ", "XMGX" })
        {
            data.Add(code, true);
            data.Add(code, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PluginsAndEdges))]
    public void AnswerAnExamPlanWithSittingsAtTheEdgeOfTimeWithoutAnException(string code, bool last)
    {
        var sitting = EdgeSitting(last);

        AssertValueOrValidation(Plugins.ByCode(code).CheckExamPlan(Facts.ExamPlan([sitting, sitting], [Facts.Invigilator("李监考", sitting)]), Plugins.Defaults));
    }

    [Theory]
    [MemberData(nameof(PluginsAndEdges))]
    public void AnswerExamFeesWithSittingsAtTheEdgeOfTimeWithoutAnException(string code, bool last)
    {
        var sitting = EdgeSitting(last);

        AssertValueOrValidation(Plugins.ByCode(code).ComputeExamFees(Facts.ExamFees([Facts.Invigilator("李监考", sitting), Facts.Staff("赵工作", sitting)]), Plugins.Defaults));
    }

    /// <summary>A one-hour sitting an hour from the end (or the start) of representable time, in UTC.</summary>
    private static ExamSitting EdgeSitting(bool last) => last
        ? new ExamSitting("A101", DateTimeOffset.MaxValue.AddHours(-2), DateTimeOffset.MaxValue.AddHours(-1))
        : new ExamSitting("A101", DateTimeOffset.MinValue.AddHours(1), DateTimeOffset.MinValue.AddHours(2));

    private static void AssertValueOrValidation<T>(CommandResult<T> result)
    {
        if (!result.Succeeded)
        {
            Assert.Equal(ErrorKind.Validation, result.Error.Kind);
        }
    }
}
