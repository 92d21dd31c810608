using OnePlusX.CertificateProjects;
using OnePlusX.Outcomes;

namespace OnePlusX.Policies.Tests.Parameters;

/// <summary>No parameter covers a day before 1 January 2019: such a day is a validation error naming the facts' date field.</summary>
public sealed class PilotStartShould
{
    private static readonly (string Field, Func<IPilotPolicy, DateOnly, CommandError?> Call)[] Dated =
    [
        ("registeredOn", (p, d) => p.DecideFunding(Facts.Student(0) with { RegisteredOn = d }, Plugins.Defaults).Error),
        ("registeredOn", (p, d) => p.CheckRegistration(Facts.Student(0) with { RegisteredOn = d }, Plugins.Defaults).Error),
        ("examDate", (p, d) => p.ComputeExamFees(Facts.ExamFees([Facts.Examiner("张考评", 1m)]) with { ExamDate = d }, Plugins.Defaults).Error),
        ("examDate", (p, d) => p.CheckExamPlan(Facts.ExamPlan([Facts.Sitting("A101", "2025-06-01 09:00", 120)], []) with { ExamDate = d, FiledOn = d.AddDays(-7) }, Plugins.Defaults).Error),
        ("computedOn", (p, d) => p.ComputeTrainingFees(Facts.TrainingFees(Facts.Teaching("王老师", 30, ("2025-06-02", 4m))) with { ComputedOn = d }, Plugins.Defaults).Error),
        ("startsOn", (p, d) => p.CheckTraining(Facts.Training(30) with { StartsOn = d, EndsOn = d }, Plugins.Defaults).Error),
        ("startsOn", (p, d) => p.CheckCourseIntegration(new CourseIntegrationFacts(IntegrationMode.MergeIntoCourses, 2020, 64m, 0m, d.AddDays(-30), d), Plugins.Defaults).Error),
        ("heldOn", (p, d) => p.GrantCredits(new CreditFacts(d, false, null, CreditCategory.None), Plugins.Defaults).Error),
        ("closedOn", (p, d) => p.ShareProfit(new ProfitFacts(d, 10000m, 5000m, 1000m), Plugins.Defaults).Error),
        ("asOf", (p, d) => p.EvaluateWeeklyReports(new WeeklyReportFacts(d, []), Plugins.Defaults).Error),
        ("issuedOn", (p, d) => p.CheckIssuance(new IssuanceFacts(d, true, true), Plugins.Defaults).Error),
        ("requestedOn", (p, d) => p.CheckChangeRequest(new ChangeRequestFacts(d, "证书停考", "S000103", CertificateLevel.Advanced, 10000m, 12000m, false), Plugins.Defaults).Error),
        ("on", (p, d) => p.CheckPilotStep(new PilotStepFacts(d, PilotStep.AnnualPlan, new HashSet<PilotStep>()), Plugins.Defaults).Error),
        ("from", (p, d) => p.DeadlineFor(DeadlineKind.CertificatePlatformEntry, d, Plugins.Defaults).Error),
        ("from", (p, d) => p.DeadlineFor(DeadlineKind.CreditBankProposal, d, Plugins.Defaults).Error),
        ("on", (p, d) => p.ParametersInForce(Plugins.Defaults, d).Error),
    ];

    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void NameTheDateFieldForADayBeforeThePilot(string code)
    {
        var policy = Plugins.ByCode(code);

        foreach (var (field, call) in Dated)
        {
            var error = call(policy, new DateOnly(2018, 12, 31));

            Assert.True(error is not null, $"{code} answered for 2018-12-31 where {field} was expected to be refused");
            Assert.Equal((ErrorKind.Validation, field), (error.Kind, error.Field));
        }
    }

    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void AnswerForTheFirstDayOfThePilot(string code)
    {
        var policy = Plugins.ByCode(code);

        foreach (var (field, call) in Dated)
        {
            var error = call(policy, new DateOnly(2019, 1, 1));

            Assert.True(error is null || error.Field != field, $"{code} refused 2019-01-01 on {field}: {error?.Message}");
        }
    }

    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void NameTheYearOutsideThePilotYears(string code)
    {
        var policy = Plugins.ByCode(code);
        var application = new ProjectApplicationFacts("S000101", CertificateLevel.Advanced, 2018, 40, 12000m);

        Expect.Invalid(policy.CheckProjectApplication(application, Plugins.Defaults), "year");
        Expect.Invalid(policy.CheckProjectApplication(application with { Year = 2101 }, Plugins.Defaults), "year");
        Expect.Invalid(policy.CheckMajorCoverage(new MajorCoverageFacts(2018, [new MajorCertificates("510201", 1)]), Plugins.Defaults), "year");
        Expect.Invalid(policy.CheckAnnualPlan(new AnnualPlanFacts(2018, Facts.Day("2019-10-01"), [new AnnualPlanItem("S000101", CertificateLevel.Advanced, 40, 1000m)], 100, null, false), Plugins.Defaults), "planYear");
        Expect.Ok(policy.CheckProjectApplication(application with { Year = 2019 }, Plugins.Defaults));
    }

    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void NameTheSubmissionDayOfAPlanBeforeThePilot(string code)
    {
        var plan = new AnnualPlanFacts(2019, Facts.Day("2018-12-31"), [new AnnualPlanItem("S000101", CertificateLevel.Advanced, 40, 1000m)], 100, null, false);

        Expect.Invalid(Plugins.ByCode(code).CheckAnnualPlan(plan, Plugins.Defaults), "submittedOn");
    }
}
