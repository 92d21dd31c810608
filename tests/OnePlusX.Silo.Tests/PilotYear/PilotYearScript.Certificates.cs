using System.Text.Json;
using OnePlusX.Silo.Tests.Infrastructure;
using static OnePlusX.Silo.Tests.PilotYear.PilotAssert;

namespace OnePlusX.Silo.Tests.PilotYear;

/// <summary>Platform entry and the NAT-ISS-1 lists, public verification, and credits (JL-CRD-1, XM-CRD-1, NAT-CB-1).</summary>
public sealed partial class PilotYearScript
{
    private const string Credit = "credit { certificateNumber projectKey credits category ruleIds substitutedCourse } " + Errors;

    /// <summary>
    /// The first certificate is entered into the national platform on its due day (on time); the second never is.
    /// The lists read the issued-certificate read model: entered, overdue (today is past every due day), and due
    /// soon counted in working days from the issue day — the due day is exactly the 7th working day.
    /// </summary>
    private async Task EnterIntoPlatformAsync()
    {
        var (entered, missing) = (college.CertificateNumber(0), college.CertificateNumber(1));
        var results = Rows(await Cast.Submitter.MutateAsync("recordPlatformEntry", "RecordPlatformEntryInput",
            new { projectKey = college.ProjectKey, certificateNumbers = new[] { entered.ToLowerInvariant(), $"{college.Code}-2026-9999" }, enteredOn = Iso(college.PlatformDue) }, Batch));
        var certificate = results[0].GetProperty("registration").GetProperty("certificate");
        Assert.Equal((Iso(college.PlatformDue), false), (Text(certificate, "platformEnteredOn"), certificate.GetProperty("late").GetBoolean()));
        Single(results[1], "NotFoundError");

        var issued = Iso(college.IssuedOn);
        Assert.Equal([entered], await DeadlinesAsync(Cast.Finance, "ENTERED", null, null, [entered]));
        Assert.Equal([missing], await DeadlinesAsync(Cast.Finance, "OVERDUE", null, null, [missing]));
        Assert.Equal([missing], await DeadlinesAsync(Cast.Office, "DUE_SOON", issued, 7, [missing]));
        Assert.Empty(await DeadlinesAsync(Cast.Office, "DUE_SOON", issued, 6, []));
        Assert.Equal([missing], await DeadlinesAsync(Cast.Province, "OVERDUE", null, null, [missing]));
    }

    /// <summary>The certificate numbers a list shows the user for this college, read until it shows <paramref name="expected"/>.</summary>
    private async Task<string[]> DeadlinesAsync(PilotUser user, string status, string? asOf, int? within, string[] expected) =>
        await Eventually.ReadAsync(
            async () => (await user.DataAsync(
                    "query($status: PlatformDeadlineStatus!, $asOf: Date, $within: Int) { certificatePlatformDeadlines(first: 100, status: $status, asOf: $asOf, withinWorkingDays: $within) { items { number late college { code } } } }",
                    new { status, asOf, within }))
                .GetProperty("certificatePlatformDeadlines").GetProperty("items").EnumerateArray()
                .Where(c => Text(c.GetProperty("college"), "code") == college.Code)
                .Select(c => Text(c, "number")).ToArray(),
            found => found.SequenceEqual(expected),
            TimeSpan.FromSeconds(30));

    /// <summary>Anyone may verify a certificate by number and holder's name; a wrong name learns nothing.</summary>
    private async Task VerifyAsync()
    {
        using var anyone = silo.Anonymous();
        const string verify = """
            query($number: String!, $name: String!) { verifyCertificate(number: $number, holderName: $name) {
              number holderName certificate { code } level issuedOn collegeName evaluationOrganization { code } } }
            """;
        var found = await Eventually.ReadAsync(
            async () => (await anyone.DataAsync(verify, new { number = college.CertificateNumber(0), name = college.Students[0] })).GetProperty("verifyCertificate"),
            v => v.ValueKind != JsonValueKind.Null,
            TimeSpan.FromSeconds(30));
        Assert.Equal((college.CertificateNumber(0), college.Students[0], college.Certificate, "INTERMEDIATE", Iso(college.IssuedOn), college.Name),
            (Text(found, "number"), Text(found, "holderName"), Text(found.GetProperty("certificate"), "code"), Text(found, "level"), Text(found, "issuedOn"), Text(found, "collegeName")));
        var wrongName = await anyone.DataAsync(verify, new { number = college.CertificateNumber(0), name = college.Students[1] });
        Assert.Equal(JsonValueKind.Null, wrongName.GetProperty("verifyCertificate").ValueKind);
    }

    /// <summary>教务处 recognises the first student's certificate in credits, as the college's policy decides.</summary>
    private async Task GrantCreditsAsync()
    {
        var student = college.Student(0);
        var number = college.CertificateNumber(0);
        JsonElement granted;
        switch (college.Credits)
        {
            case CreditWay.CourseSubstitution:
                // JL-CRD-1: nothing until a programme course is named; then that course's credits.
                Refused(await GrantAsync(new { studentNumber = student, certificateNumber = number }), "JL-CRD-1");
                granted = await GrantAsync(new { studentNumber = student, certificateNumber = number, substitutedCourse = "汽车维护与保养", substitutedCourseCredits = 4m });
                Assert.Equal("汽车维护与保养", Text(granted.GetProperty("credit"), "substitutedCourse"));
                break;
            case CreditWay.CollegeSetsCredits:
                // NAT-CB-1: the national baseline leaves credits to the college: none until 教务处 sets its figure.
                Refused(await GrantAsync(new { studentNumber = student, certificateNumber = number }), "NAT-CB-1");
                await Cast.Office.OkAsync("setPolicyParameter", "SetPolicyParameterInput",
                    new { key = "NAT-CB-1.creditsPerCertificate", effectiveFrom = "2026-01-01", value = "2" }, "policy { code } " + Errors);
                granted = await GrantAsync(new { studentNumber = student, certificateNumber = number });
                break;
            default:
                // XM-CRD-1: 2 credits per certificate, as public elective credits when asked; once per certificate.
                granted = await GrantAsync(new { studentNumber = student, certificateNumber = number, requested = "PUBLIC_ELECTIVE" });
                var again = await GrantAsync(new { studentNumber = student, certificateNumber = number, requested = "INNOVATION_PRACTICE" });
                Assert.Equal("ALREADY_GRANTED", Text(Single(again, "ConflictError"), "code"));
                break;
        }

        NoErrors(granted, "granting credits");
        var credit = granted.GetProperty("credit");
        Assert.Equal((number, college.ProjectKey, college.Credit.Credits, college.Credit.Category, college.Credit.Rule),
            (Text(credit, "certificateNumber"), Text(credit, "projectKey"), credit.GetProperty("credits").GetDecimal(), Text(credit, "category"), Strings(credit.GetProperty("ruleIds")).Single()));

        var shown = (await ProjectAsync(Cast.Submitter, "registrations(first: 10) { items { candidate credits { certificateNumber credits } } }"))
            .GetProperty("registrations").GetProperty("items").EnumerateArray().Single(r => Text(r, "candidate") == student);
        Assert.Equal((number, college.Credit.Credits), (Text(shown.GetProperty("credits")[0], "certificateNumber"), shown.GetProperty("credits")[0].GetProperty("credits").GetDecimal()));
    }

    private Task<JsonElement> GrantAsync(object input) => Cast.Office.MutateAsync("grantCredits", "GrantCreditsInput", input, Credit);
}
