using System.Text.Json;
using static OnePlusX.Silo.Tests.PilotYear.PilotAssert;

namespace OnePlusX.Silo.Tests.PilotYear;

/// <summary>The exam price, the registration list (who pays, per row, with bad rows), the results sheet and the issue batch.</summary>
public sealed partial class PilotYearScript
{
    private const string Registration = """
        candidate kind name selected registeredOn
        funding { payer total ruleIds explanation { chinese } lines { fund component amount } }
        result { score passed }
        certificate { number issuedOn platformDue platformDueProvisional platformEnteredOn late }
        """;

    private const string Batch = $$"""project { key } results { row key registration { {{Registration}} } {{Errors}} } {{Errors}}""";

    /// <summary>A valid resident ID number (GB 11643 check character X) and one whose check character is wrong.</summary>
    private const string ExternalId = "11010519491231002x";
    private const string BadExternalId = "220102199003071234";

    /// <summary>Students registered and the registrations the exam will count.</summary>
    private int _registered;

    private async Task RegisterAsync()
    {
        await SetPriceAsync(college.ProjectKey, 100m, 200m, 50m);
        var rows = new List<object>
        {
            new { studentNumber = college.Student(0), selected = true },
            new { studentNumber = college.Student(1), selected = true },
            new { studentNumber = college.UnknownStudent, selected = true },
            new { studentNumber = college.Student(0), selected = true },
            new { studentNumber = college.Student(2), selected = true },
        };
        rows.AddRange(college.Extra switch
        {
            ExtraRegistration.UnselectedStudent or ExtraRegistration.OverBudget => [new { studentNumber = college.Student(3), selected = college.Extra == ExtraRegistration.OverBudget }],
            ExtraRegistration.ExternalCandidates => [new { externalCandidate = new { name = "林社会", idNumber = ExternalId } }, new { externalCandidate = new { name = "黄社会", idNumber = BadExternalId } }],
            _ => [],
        });

        var results = Rows(await RegisterRowsAsync(college.ProjectKey, rows));
        foreach (var good in new[] { 0, 1, 4 })
        {
            Assert.True(results[good].GetProperty("errors").GetArrayLength() == 0, results[good].ToString());
            AssertFunding(results[good].GetProperty("registration").GetProperty("funding"), college.Funding);
        }

        Assert.Equal(college.Students[0], Text(results[0].GetProperty("registration"), "name"));
        Assert.Equal(college.UnknownStudent, Text(results[2], "key"));
        Single(results[2], "NotFoundError");
        Assert.Equal("ALREADY_REGISTERED", Text(Single(results[3], "ConflictError"), "code"));
        _registered = 3;
        switch (college.Extra)
        {
            case ExtraRegistration.UnselectedStudent:
                Assert.Equal("未经遴选的学生不能报名（HB-SEL-1）", Text(Refused(results[5], "HB-SEL-1").GetProperty("explanation"), "chinese"));
                break;
            case ExtraRegistration.OverBudget:
                Assert.Contains("余额0.00元不足办证费200.00元", Text(Refused(results[5], "SD-FUND-1").GetProperty("explanation"), "chinese"), StringComparison.Ordinal);
                break;
            case ExtraRegistration.ExternalCandidates:
                var external = results[5].GetProperty("registration");
                Assert.Equal(("ext:0001", "EXTERNAL_CANDIDATE"), (Text(external, "candidate"), Text(external, "kind")));
                AssertFunding(external.GetProperty("funding"), new("EXTERNAL_CANDIDATE",
                    [("EDUCATION_COMPANY_ACCOUNT", "设备耗材费", 100m), ("EDUCATION_COMPANY_ACCOUNT", "办证费", 200m), ("EDUCATION_COMPANY_ACCOUNT", "考评员劳务费", 50m)],
                    "XM-ORG-1,XM-FIN-1", "社会学员由职业技能鉴定站招生，自行缴费至教育科技有限公司账户（XM-ORG-1、XM-FIN-1）"));
                Assert.Equal("externalCandidate.idNumber", Text(Single(results[6], "ValidationError"), "field"));
                _registered = 4;
                break;
        }

        // The finance office reads who pays for every registration the list kept, and nothing of the bad rows.
        var kept = (await ProjectAsync(Cast.Finance, "registrations(first: 100) { totalCount items { candidate funding { payer total } } }")).GetProperty("registrations");
        Assert.Equal(_registered, kept.GetProperty("totalCount").GetInt32());
        Assert.All(kept.GetProperty("items").EnumerateArray(), r => Assert.Equal(350m, r.GetProperty("funding").GetProperty("total").GetDecimal()));

        if (college.SecondCertificate is { } second)
        {
            // JL-FUND-1: the same student's second certificate, in the major's other project, is the student's to pay.
            var secondKey = $"{second.Certificate}-2-2026";
            await SetPriceAsync(secondKey, 0m, 300m, 0m);
            var row = Assert.Single(Rows(await RegisterRowsAsync(secondKey, [new { studentNumber = college.Student(0), selected = true }])));
            AssertFunding(row.GetProperty("registration").GetProperty("funding"), second.Funding);
        }
    }

    private async Task SetPriceAsync(string key, decimal equipment, decimal certificate, decimal labour)
    {
        var priced = await Cast.Submitter.OkAsync("setExamPrice", "SetExamPriceInput",
            new { projectKey = key, equipmentAndConsumables = equipment, certificateFee = certificate, examinerLabour = labour }, "project { examPrice { total } } " + Errors);
        Assert.Equal(equipment + certificate + labour, priced.GetProperty("project").GetProperty("examPrice").GetProperty("total").GetDecimal());
    }

    private Task<JsonElement> RegisterRowsAsync(string key, IReadOnlyList<object> rows) =>
        Cast.Submitter.MutateAsync("registerCandidates", "RegisterCandidatesInput", new { projectKey = key, registeredOn = Iso(college.RegisteredOn), rows }, Batch);

    /// <summary>The results sheet: two passes, a fail, and a candidate who never registered.</summary>
    private async Task RecordResultsAsync()
    {
        var results = Rows(await Cast.Submitter.MutateAsync("recordResults", "RecordResultsInput", new
        {
            projectKey = college.ProjectKey,
            rows = new object[]
            {
                new { candidate = college.Student(0), score = 88m, passed = true },
                new { candidate = college.Student(1), score = 92.5m, passed = true },
                new { candidate = college.Student(2), score = 45m, passed = false },
                new { candidate = college.UnknownStudent, score = 90m, passed = true },
            },
        }, Batch));

        Assert.Equal([(88m, true), (92.5m, true), (45m, false)],
            results[..3].Select(r => r.GetProperty("registration").GetProperty("result")).Select(r => (r.GetProperty("score").GetDecimal(), r.GetProperty("passed").GetBoolean())).ToArray());
        Single(results[3], "NotFoundError");
    }

    /// <summary>
    /// The issue batch on the college's fixed issue day: two certificates, a failed candidate refused, a candidate
    /// listed twice. NAT-ISS-1: each certificate is due on the platform on the day counted by hand.
    /// </summary>
    private async Task IssueAsync()
    {
        var issued = Iso(college.IssuedOn);
        var results = Rows(await Cast.Submitter.MutateAsync("issueCertificates", "IssueCertificatesInput", new
        {
            projectKey = college.ProjectKey,
            rows = new[]
            {
                new { candidate = college.Student(0), certificateNumber = college.CertificateNumber(0), issuedOn = issued, scanArchived = true },
                new { candidate = college.Student(1), certificateNumber = college.CertificateNumber(1), issuedOn = issued, scanArchived = true },
                new { candidate = college.Student(2), certificateNumber = college.CertificateNumber(2), issuedOn = issued, scanArchived = true },
                new { candidate = college.Student(0), certificateNumber = college.CertificateNumber(3), issuedOn = issued, scanArchived = true },
            },
        }, Batch));

        foreach (var (row, index) in new[] { (results[0], 0), (results[1], 1) })
        {
            var certificate = row.GetProperty("registration").GetProperty("certificate");
            Assert.Equal((college.CertificateNumber(index), issued, Iso(college.PlatformDue), false),
                (Text(certificate, "number"), Text(certificate, "issuedOn"), Text(certificate, "platformDue"), certificate.GetProperty("platformDueProvisional").GetBoolean()));
        }

        Refused(results[2], college.FailedIssueRules);
        Assert.Equal("DUPLICATE_ROW", Text(Single(results[3], "ConflictError"), "code"));
    }

    /// <summary>The rows' outcomes, asserting the call as a whole was accepted.</summary>
    private static JsonElement[] Rows(JsonElement payload)
    {
        NoErrors(payload, "the batch");
        return payload.GetProperty("results").EnumerateArray().ToArray();
    }

    private static void AssertFunding(JsonElement funding, FundingExpectation expected)
    {
        Assert.Equal(expected.Payer, Text(funding, "payer"));
        Assert.Equal(expected.Lines, funding.GetProperty("lines").EnumerateArray().Select(l => (Text(l, "fund"), Text(l, "component"), l.GetProperty("amount").GetDecimal())).ToArray());
        Assert.Equal(expected.Lines.Sum(l => l.Amount), funding.GetProperty("total").GetDecimal());
        Assert.Equal(expected.Rules, string.Join(",", Strings(funding.GetProperty("ruleIds"))));
        Assert.Equal(expected.Chinese, Text(funding.GetProperty("explanation"), "chinese"));
    }
}
