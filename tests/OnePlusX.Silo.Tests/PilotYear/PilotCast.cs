using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.PilotYear;

/// <summary>
/// The people of one college's pilot year, one account each, all signed in over HTTP: the system administrator
/// creates the college's first administrator (教务处) and the province's coordinator; 教务处 creates two school
/// officers of the 二级学院 (one submits, the other reviews for the school) and a finance officer.
/// </summary>
public sealed class PilotCast : IDisposable
{
    private const string Account = "account { userName roles tenant province school } initialPassword " + PilotAssert.Errors;

    private PilotCast(PilotUser office, PilotUser province, PilotUser submitter, PilotUser reviewer, PilotUser finance) =>
        (Office, Province, Submitter, Reviewer, Finance) = (office, province, submitter, reviewer, finance);

    /// <summary>教务处: a college administrator; records the leading group's and the appraisal station's decisions too.</summary>
    public PilotUser Office { get; }

    /// <summary>The provincial coordinator (省级教育行政部门) of the college's province.</summary>
    public PilotUser Province { get; }

    /// <summary>The school officer who prepares and submits (二级学院经办人).</summary>
    public PilotUser Submitter { get; }

    /// <summary>Another school officer, who reviews for the 二级学院 (four eyes).</summary>
    public PilotUser Reviewer { get; }

    /// <summary>The finance officer (计划财务处): reads who pays and the fee tables, downloads 附件3 and 附件4.</summary>
    public PilotUser Finance { get; }

    /// <summary>The person who acts as an approver step.</summary>
    public PilotUser For(string approver) => approver switch
    {
        "SCHOOL" => Reviewer,
        "PROVINCE" => Province,
        _ => Office, // 教务处, and the leading group and appraisal station whose decisions 教务处 records
    };

    /// <summary>
    /// The operator (system administrator) registers the college in its province and city and creates its 教务处 and the
    /// province's coordinator; 教务处 adds the 二级学院 and the major and enrols the students from its list, all
    /// through GraphQL.
    /// </summary>
    public static async Task<PilotCast> EnrolAsync(PilotSilo silo, PilotCollege college)
    {
        var code = college.Code.ToLowerInvariant();
        var admin = silo.SystemAdministrator;
        var registered = await admin.OkAsync("registerCollege", "RegisterCollegeInput",
            new { code = college.Code, name = college.Name, provinceCode = college.Province, cityCode = college.City }, "college { code } " + PilotAssert.Errors);
        Assert.Equal(college.Code, registered.GetProperty("college").GetProperty("code").GetString());
        var office = await CreateAsync(silo, admin, $"{code}.office", "教务处", "CollegeAdministrator", college.Code, tenant: college.Code, province: college.Province);
        var province = await CreateAsync(silo, admin, $"p{college.Province}.coordinator", "省教育厅", "ProvincialCoordinator", null, province: college.Province);

        var school = await office.OkAsync("addSchool", "AddSchoolInput", new { code = "S1", name = college.SchoolName }, "college { code } " + PilotAssert.Errors);
        Assert.Equal(college.Code, school.GetProperty("college").GetProperty("code").GetString());
        await office.OkAsync("addMajor", "AddMajorInput", new { code = "M1", name = college.MajorName, schoolCode = "S1" }, "college { code } " + PilotAssert.Errors);
        // The college's structure as the office reads it back: the school with the major it runs.
        var structure = await Eventually.ReadAsync(
            async () => (await office.DataAsync($$"""{ college(code: "{{college.Code}}") { schools { items { code name majors { items { code name school { code } } } } } } }""")).GetProperty("college"),
            found => found.GetProperty("schools").GetProperty("items").GetArrayLength() > 0
                && found.GetProperty("schools").GetProperty("items")[0].GetProperty("majors").GetProperty("items").GetArrayLength() > 0,
            TimeSpan.FromSeconds(30));
        var listedSchool = structure.GetProperty("schools").GetProperty("items")[0];
        var listedMajor = listedSchool.GetProperty("majors").GetProperty("items")[0];
        Assert.Equal(("S1", college.SchoolName, "M1", college.MajorName, "S1"), (
            listedSchool.GetProperty("code").GetString(), listedSchool.GetProperty("name").GetString(),
            listedMajor.GetProperty("code").GetString(), listedMajor.GetProperty("name").GetString(), listedMajor.GetProperty("school").GetProperty("code").GetString()));
        var students = Enumerable.Range(0, college.Students.Length)
            .Select(i => new { studentNumber = college.Student(i), name = college.Students[i], majorCode = "M1", cohort = 2025 }).ToArray();
        var enrolled = (await office.DataAsync(
            "mutation($students: [EnrolStudentInput!]!) { enrolStudents(students: $students) { rows { studentNumber errors { message } } errors { message } } }",
            new { students })).GetProperty("enrolStudents");
        Assert.All(enrolled.GetProperty("rows").EnumerateArray(), r => Assert.Equal(0, r.GetProperty("errors").GetArrayLength()));
        Assert.Equal(students.Length, enrolled.GetProperty("rows").GetArrayLength());

        // 教务处 creates its own college's accounts: the tenant comes from its own account, never from the input.
        var submitter = await CreateAsync(silo, office, $"{code}.submitter", "二级学院经办人", "SchoolOfficer", college.Code, school: "S1");
        var reviewer = await CreateAsync(silo, office, $"{code}.reviewer", "二级学院负责人", "SchoolOfficer", college.Code, school: "S1");
        var finance = await CreateAsync(silo, office, $"{code}.finance", "计划财务处", "FinanceOfficer", college.Code);
        return new PilotCast(office, province, submitter, reviewer, finance);
    }

    private static async Task<PilotUser> CreateAsync(
        PilotSilo silo, PilotUser creator, string userName, string display, string role, string? college, string? tenant = null, string? province = null, string? school = null)
    {
        var created = await creator.OkAsync("createUser", "CreateUserInput", new { userName, displayName = display, roles = new[] { role }, tenant, province, school }, Account);
        var account = created.GetProperty("account");
        Assert.Equal([role], PilotAssert.Strings(account.GetProperty("roles")));
        Assert.Equal(college, account.GetProperty("tenant").GetString());
        return await silo.SignInAsync(userName, created.GetProperty("initialPassword").GetString()!);
    }

    public void Dispose()
    {
        foreach (var user in new[] { Office, Province, Submitter, Reviewer, Finance })
        {
            user.Dispose();
        }
    }
}
