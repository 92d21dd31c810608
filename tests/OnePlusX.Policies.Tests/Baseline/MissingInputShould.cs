using OnePlusX.Outcomes;

namespace OnePlusX.Policies.Tests.Baseline;

/// <summary>Null facts come back from every plugin as a validation error on "input", never as an exception.</summary>
public sealed class MissingInputShould
{
    private static readonly (string Method, Func<IPilotPolicy, CommandError?> Call)[] Calls =
    [
        ("CheckProjectApplication", p => p.CheckProjectApplication(null!, Plugins.Defaults).Error),
        ("CheckAnnualPlan", p => p.CheckAnnualPlan(null!, Plugins.Defaults).Error),
        ("CheckChangeRequest", p => p.CheckChangeRequest(null!, Plugins.Defaults).Error),
        ("CheckCourseIntegration", p => p.CheckCourseIntegration(null!, Plugins.Defaults).Error),
        ("CheckMajorCoverage", p => p.CheckMajorCoverage(null!, Plugins.Defaults).Error),
        ("CheckTrainingFiling", p => p.CheckTrainingFiling(null!, Plugins.Defaults).Error),
        ("CheckExamFiling", p => p.CheckExamFiling(null!, Plugins.Defaults).Error),
        ("CheckTraining", p => p.CheckTraining(null!, Plugins.Defaults).Error),
        ("CheckExamPlan", p => p.CheckExamPlan(null!, Plugins.Defaults).Error),
        ("CheckPilotStep", p => p.CheckPilotStep(null!, Plugins.Defaults).Error),
        ("CheckRegistration", p => p.CheckRegistration(null!, Plugins.Defaults).Error),
        ("DecideFunding", p => p.DecideFunding(null!, Plugins.Defaults).Error),
        ("ComputeTrainingFees", p => p.ComputeTrainingFees(null!, Plugins.Defaults).Error),
        ("ComputeExamFees", p => p.ComputeExamFees(null!, Plugins.Defaults).Error),
        ("GrantCredits", p => p.GrantCredits(null!, Plugins.Defaults).Error),
        ("ShareProfit", p => p.ShareProfit(null!, Plugins.Defaults).Error),
        ("EvaluateWeeklyReports", p => p.EvaluateWeeklyReports(null!, Plugins.Defaults).Error),
        ("CheckIssuance", p => p.CheckIssuance(null!, Plugins.Defaults).Error),
        ("ValidateParameter", p => p.ValidateParameter(null!)),
    ];

    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void NameTheInputWhenTheFactsAreMissing(string code)
    {
        var policy = Plugins.ByCode(code);

        foreach (var (method, call) in Calls)
        {
            var error = call(policy);

            Assert.True(error is not null, $"{code}.{method}(null) returned a value");
            Assert.Equal((ErrorKind.Validation, "input"), (error.Kind, error.Field));
        }
    }

    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void NameAMissingListInsideTheFacts(string code)
    {
        var policy = Plugins.ByCode(code);

        Expect.Invalid(policy.ComputeTrainingFees(new TrainingFeeFacts(Facts.Day("2025-06-30"), null!), Plugins.Defaults), "assignments");
        Expect.Invalid(policy.ComputeTrainingFees(new TrainingFeeFacts(Facts.Day("2025-06-30"), []), Plugins.Defaults), "assignments");
        Expect.Invalid(policy.CheckExamPlan(Facts.ExamPlan(null!, []), Plugins.Defaults), "sittings");
        Expect.Invalid(policy.CheckExamPlan(Facts.ExamPlan([], []), Plugins.Defaults), "sittings");
        Expect.Invalid(policy.ComputeExamFees(Facts.ExamFees(null!), Plugins.Defaults), "workers");
        Expect.Invalid(policy.DecideFunding(Facts.Student(0) with { Price = null! }, Plugins.Defaults), "price");
        Expect.Invalid(policy.CheckPilotStep(new PilotStepFacts(Facts.Day("2025-05-01"), PilotStep.Registration, null!), Plugins.Defaults), "completed");
    }
}
