using OnePlusX.Outcomes;
using OnePlusX.Policies.Parameters;
using static OnePlusX.Policies.Validation.FactCheck;

namespace OnePlusX.Policies.Baseline;

/// <summary>Weekly reports and deadlines.</summary>
public partial class NationalBaselinePolicy
{
    public CommandResult<ReportCompliance> EvaluateWeeklyReports(WeeklyReportFacts facts, ParameterSchedule parameters) =>
        facts is null ? Missing("input") : Evaluate(ValidateWeeks(facts), parameters, facts.AsOf, "asOf", p => DecideReports(facts, p));

    public CommandResult<Deadline> DeadlineFor(DeadlineKind kind, DateOnly from, ParameterSchedule parameters) =>
        Evaluate(First(Defined(kind, "kind"), Year(from.Year, "from")), parameters, from, "from", p => kind switch
        {
            DeadlineKind.CertificatePlatformEntry => PlatformEntry(from, p),
            DeadlineKind.CreditBankProposal => CreditBank(from, p),
            _ => CourseFilingDeadline(from, p),
        });

    /// <summary>
    /// Rules the product records rather than decides: a person (a province, an auditor, 教务处) enters a finding and
    /// the province sees it. College causes of exit fall under NAT-EXIT-COL, organisations' under NAT-EXIT-ORG,
    /// required purchases under NAT-STA-2.
    /// </summary>
    public virtual IReadOnlyList<string> RulesForFinding(FindingType type) => type switch
    {
        FindingType.OrganisationRequiredPurchase => ["NAT-STA-2"],
        >= FindingType.OrganisationExamFraud and <= FindingType.OrganisationUncorrectedProblems => ["NAT-EXIT-ORG"],
        _ => ["NAT-EXIT-COL"],
    };

    /// <summary>
    /// NAT-REP-1: weeks are judged in order; NAT-EXIT-COL: a warning while the current run of missed weeks has
    /// reached the warning threshold (2), the exit flag once any run reached the exit threshold (3).
    /// </summary>
    protected virtual ReportCompliance DecideReports(WeeklyReportFacts facts, ParameterSet parameters)
    {
        var (current, longest) = MissedRuns(facts.Weeks);
        var warning = current >= parameters.Count(NationalParameters.WarningWeeks);
        var exit = longest >= parameters.Count(NationalParameters.ExitWeeks);
        string[] rules = warning || exit ? ["NAT-REP-1", "NAT-EXIT-COL"] : ["NAT-REP-1"];
        var why = exit
            ? Explanation.Of($"连续{longest}周未报周报：取消试点资格", $"{longest} weekly reports missed in a row: exit from the pilot", rules)
            : warning
                ? Explanation.Of($"已连续{current}周未报周报：预警", $"{current} weekly reports missed in a row: warning", rules)
                : Explanation.Of("周报按时报送", "Weekly reports on time", rules);
        return new(current, longest, warning, exit, false, rules, why);
    }

    /// <summary>The current and the longest run of missed weeks.</summary>
    protected static (int Current, int Longest) MissedRuns(IReadOnlyList<ReportWeek> weeks)
    {
        int run = 0, longest = 0;
        foreach (var week in weeks)
        {
            run = week.Filed ? 0 : run + 1;
            longest = Math.Max(longest, run);
        }

        return (run, longest);
    }

    /// <summary>NAT-ISS-1: into the certificate platform within 7 working days of issue, on the official calendar.</summary>
    protected Deadline PlatformEntry(DateOnly issuedOn, ParameterSet parameters)
    {
        var days = parameters.Count(NationalParameters.PlatformEntryWorkingDays);
        var result = Calendar.AddWorkingDays(issuedOn, days);
        return new(DeadlineKind.CertificatePlatformEntry, issuedOn, result.Date, result.Provisional, ["NAT-ISS-1"],
            Explanation.Of($"颁证后{days}个工作日内录入证书信息平台", $"Enter into the certificate platform within {days} working days of issue", "NAT-ISS-1"));
    }

    /// <summary>NAT-CB-1: a credit-record proposal within one month of publication (same day next month, or its last day).</summary>
    protected static Deadline CreditBank(DateOnly publishedOn, ParameterSet parameters)
    {
        var months = parameters.Count(NationalParameters.CreditBankMonths);
        return new(DeadlineKind.CreditBankProposal, publishedOn, publishedOn.AddMonths(months), false, ["NAT-CB-1"],
            Explanation.Of($"证书公布后{months}个月内提出学分记录建议", $"Propose the credit record within {months} month(s) of publication", "NAT-CB-1"));
    }

    /// <summary>The baseline asks for no filing ahead of a course; the latest day is the start itself.</summary>
    protected virtual Deadline CourseFilingDeadline(DateOnly startsOn, ParameterSet parameters) =>
        new(DeadlineKind.CourseFiling, startsOn, startsOn, false, [], new("国家基线：开课前备案无提前期要求", "National baseline: no filing lead time"));

    private static CommandError? ValidateWeeks(WeeklyReportFacts facts)
    {
        if (facts.Weeks is null)
        {
            return Missing("weeks");
        }

        for (var i = 0; i < facts.Weeks.Count; i++)
        {
            var field = $"weeks[{i}].monday";
            var monday = facts.Weeks[i]?.Monday ?? default;
            if (facts.Weeks[i] is null || monday.DayOfWeek != DayOfWeek.Monday)
            {
                return CommandError.Invalid(field, $"{field} must be the Monday that starts the reporting week.");
            }

            if (monday > facts.AsOf)
            {
                return CommandError.Invalid(field, $"{field} ({monday:yyyy-MM-dd}) is after asOf ({facts.AsOf:yyyy-MM-dd}).");
            }

            if (i > 0 && monday <= facts.Weeks[i - 1].Monday)
            {
                return CommandError.Invalid(field, $"{field} must come after the previous week; weeks are listed once each, in order.");
            }
        }

        return null;
    }
}
