using OnePlusX.Policies.Baseline;

namespace OnePlusX.Policies.Tests.Baseline;

/// <summary>Platform entry within 7 working days of issue (NAT-ISS-1) and the credit-bank proposal within a month (NAT-CB-1).</summary>
public sealed class NationalDeadlinesShould
{
    [Theory]
    // 2024-09-30 Mon; 10-01..07 off; 10-08 Tue 1, 09 2, 10 3, 11 4, Sat 10-12 (调休) 5, Mon 10-14 6, Tue 10-15 7.
    [InlineData("2024-09-30", "2024-10-15")]
    // 2025-09-30 Tue; 10-01..08 off; 10-09 Thu 1, 10 2, Sat 10-11 (调休) 3, Mon 10-13 4, 14 5, 15 6, Thu 10-16 7.
    [InlineData("2025-09-30", "2025-10-16")]
    // 2025-01-27 Mon; 01-28..02-04 off; 02-05 Wed 1, 06 2, 07 3, Sat 02-08 (调休) 4, Mon 02-10 5, 11 6, Wed 02-12 7.
    [InlineData("2025-01-27", "2025-02-12")]
    // 2024-02-08 Thu; Fri 02-09 (除夕, a working day in 2024) 1; 02-10..17 off; Sun 02-18 (调休) 2, Mon 02-19 3 … Fri 02-23 7.
    [InlineData("2024-02-08", "2024-02-23")]
    // An ordinary week: 2025-06-10 Tue → Wed 11 1, 12 2, 13 3, Mon 16 4, 17 5, 18 6, Thu 19 7.
    [InlineData("2025-06-10", "2025-06-19")]
    public void DueSevenWorkingDaysAfterIssueOnTheOfficialCalendar_NAT_ISS_1(string issued, string due)
    {
        var deadline = Expect.Ok(Plugins.National.DeadlineFor(DeadlineKind.CertificatePlatformEntry, Facts.Day(issued), Plugins.Defaults));

        Assert.Equal(DeadlineKind.CertificatePlatformEntry, deadline.Kind);
        Assert.Equal(Facts.Day(issued), deadline.From);
        Assert.Equal(Facts.Day(due), deadline.Due);
        Assert.False(deadline.Provisional);
        Assert.Equal(["NAT-ISS-1"], deadline.RuleIds);
        Assert.Equal("颁证后7个工作日内录入证书信息平台（NAT-ISS-1）", deadline.Explanation.Chinese);
        Assert.Equal("Enter into the certificate platform within 7 working days of issue (NAT-ISS-1)", deadline.Explanation.English);
    }

    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void GiveEveryCollegeTheSamePlatformDeadline_NAT_ISS_1(string code)
    {
        var deadline = Expect.Ok(Plugins.ByCode(code).DeadlineFor(DeadlineKind.CertificatePlatformEntry, Facts.Day("2024-09-30"), Plugins.Defaults));

        Assert.Equal(Facts.Day("2024-10-15"), deadline.Due);
        Assert.Equal(["NAT-ISS-1"], deadline.RuleIds);
    }

    [Fact]
    public void MarkADeadlineProvisionalWhenItRunsIntoAYearTheCalendarDoesNotCover_NAT_ISS_1()
    {
        // The calendar covers 2004–2026. 2026-12-28 Mon → 29 1, 30 2, 31 3, then 2027 by the weekday rule: Fri 01-01 4, Mon 01-04 5, 05 6, Wed 01-06 7.
        var across = Expect.Ok(Plugins.National.DeadlineFor(DeadlineKind.CertificatePlatformEntry, Facts.Day("2026-12-28"), Plugins.Defaults));
        var beyond = Expect.Ok(Plugins.National.DeadlineFor(DeadlineKind.CertificatePlatformEntry, Facts.Day("2027-03-01"), Plugins.Defaults));
        var inside = Expect.Ok(Plugins.National.DeadlineFor(DeadlineKind.CertificatePlatformEntry, Facts.Day("2026-12-18"), Plugins.Defaults));

        Assert.Equal((Facts.Day("2027-01-06"), true), (across.Due, across.Provisional));
        Assert.Equal((Facts.Day("2027-03-10"), true), (beyond.Due, beyond.Provisional));
        Assert.Equal((Facts.Day("2026-12-29"), false), (inside.Due, inside.Provisional));
    }

    [Fact]
    public void CountTheTenantsNumberOfWorkingDays_NAT_ISS_1()
    {
        var schedule = Facts.Schedule((NationalParameters.PlatformEntryWorkingDays, "2024-01-01", "5"));

        var deadline = Expect.Ok(Plugins.National.DeadlineFor(DeadlineKind.CertificatePlatformEntry, Facts.Day("2024-09-30"), schedule));

        // 10-08 Tue 1, 09 2, 10 3, 11 4, Sat 10-12 (调休) 5.
        Assert.Equal(Facts.Day("2024-10-12"), deadline.Due);
        Assert.Equal("颁证后5个工作日内录入证书信息平台（NAT-ISS-1）", deadline.Explanation.Chinese);
    }

    [Theory]
    [InlineData("2025-01-31", "2025-02-28")]
    [InlineData("2024-01-31", "2024-02-29")]
    [InlineData("2025-03-15", "2025-04-15")]
    [InlineData("2025-12-31", "2026-01-31")]
    public void DueOneMonthAfterPublicationOrAtTheEndOfAShorterMonth_NAT_CB_1(string published, string due)
    {
        var deadline = Expect.Ok(Plugins.National.DeadlineFor(DeadlineKind.CreditBankProposal, Facts.Day(published), Plugins.Defaults));

        Assert.Equal(DeadlineKind.CreditBankProposal, deadline.Kind);
        Assert.Equal(Facts.Day(published), deadline.From);
        Assert.Equal(Facts.Day(due), deadline.Due);
        Assert.False(deadline.Provisional);
        Assert.Equal(["NAT-CB-1"], deadline.RuleIds);
        Assert.Equal("证书公布后1个月内提出学分记录建议（NAT-CB-1）", deadline.Explanation.Chinese);
    }

    [Theory]
    [MemberData(nameof(Plugins.Codes), MemberType = typeof(Plugins))]
    public void GiveEveryCollegeTheSameCreditBankDeadline_NAT_CB_1(string code)
    {
        var deadline = Expect.Ok(Plugins.ByCode(code).DeadlineFor(DeadlineKind.CreditBankProposal, Facts.Day("2025-01-31"), Plugins.Defaults));

        Assert.Equal(Facts.Day("2025-02-28"), deadline.Due);
    }

    [Fact]
    public void RefuseAnUnknownKindOfDeadlineOrADayBeforeThePilot_NAT_ISS_1_NAT_CB_1()
    {
        Expect.Invalid(Plugins.National.DeadlineFor((DeadlineKind)9, Facts.Day("2025-01-31"), Plugins.Defaults), "kind");
        Expect.Invalid(Plugins.National.DeadlineFor(DeadlineKind.CertificatePlatformEntry, Facts.Day("2018-12-31"), Plugins.Defaults), "from");
        Expect.Invalid(Plugins.National.DeadlineFor(DeadlineKind.CreditBankProposal, Facts.Day("2018-12-31"), Plugins.Defaults), "from");
        Expect.Ok(Plugins.National.DeadlineFor(DeadlineKind.CreditBankProposal, Facts.Day("2019-01-01"), Plugins.Defaults));
    }

    [Theory]
    [InlineData(DeadlineKind.CertificatePlatformEntry)]
    [InlineData(DeadlineKind.CreditBankProposal)]
    public void AnswerTheLastRepresentableDayWithAValidationErrorNotAnException_NAT_ISS_1_NAT_CB_1(DeadlineKind kind)
    {
        Expect.Invalid(Plugins.National.DeadlineFor(kind, DateOnly.MaxValue, Plugins.Defaults), "from");
    }
}
