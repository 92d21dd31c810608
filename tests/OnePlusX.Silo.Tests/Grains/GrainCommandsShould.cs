using OnePlusX.Approvals;
using OnePlusX.CertificateProjects;
using OnePlusX.Colleges;
using OnePlusX.ExamStations;
using OnePlusX.Outcomes;
using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Students;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Tests.Grains;

/// <summary>Commands answer bad input with errors naming the field, and unknown keys with not-found, never an exception.</summary>
public sealed class GrainCommandsShould(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>
{
    private IGrainFactory Grains => fixture.Client.Grains;

    [Fact]
    public async Task NameTheFieldOfInvalidInput()
    {
        var tenant = TenantId.From("CMDA");
        using var scope = CallScope.ForTenant(tenant, "test");
        var college = Grains.GetGrain<ICollegeGrain>("CMDA");

        var badCity = await college.RegisterAsync(new RegisterCollege("测试学院", "22", "420300"));
        Assert.Equal((ErrorKind.Validation, "CityCode"), (badCity.Error!.Kind, badCity.Error.Field));

        var badName = await college.RegisterAsync(new RegisterCollege(new string('长', 101), "22", "220100"));
        Assert.Equal((ErrorKind.Validation, "Name"), (badName.Error!.Kind, badName.Error.Field));

        var badProvince = await college.RegisterAsync(new RegisterCollege("测试学院", "99", "220100"));
        Assert.Equal("ProvinceCode", badProvince.Error!.Field);

        // Nothing was half-written by the refused commands.
        Assert.Null(await college.GetAsync());
    }

    [Fact]
    public async Task AnswerNotFoundForUnknownKeys()
    {
        var tenant = await Seed.CollegeAsync(Grains, "CMDB");
        using var scope = CallScope.ForTenant(tenant, "test");
        Assert.Null(await Grains.GetGrain<IStudentGrain>("CMDB/9999").GetAsync());
        var project = Grains.GetGrain<ICertificateProjectGrain>(CertificateProjectKey.For(tenant, "WEB-FE", CertificateLevel.Advanced, 2030));
        var result = await project.AdvanceAsync(new AdvanceProject(ProjectStatus.Running, null));
        Assert.Equal(ErrorKind.NotFound, result.Error!.Kind);
        Assert.Equal(ErrorKind.NotFound, (await project.SubmitAsync("application")).Error!.Kind);
    }

    [Fact]
    public async Task AnswerNotFoundForAnUnknownTenantAndRefuseMalformedKeys()
    {
        using (CallScope.ForTenant(TenantId.From("GHOST"), "test"))
        {
            var ghost = await Grains.GetGrain<IStudentGrain>("GHOST/1").EnrolAsync(new EnrolStudent("无校学生", "M1", 2024));
            Assert.Equal(ErrorKind.NotFound, ghost.Error!.Kind);
            Assert.Contains("GHOST", ghost.Error.Message, StringComparison.Ordinal);

            var badKey = await Grains.GetGrain<IStudentGrain>("GHOST/has space").EnrolAsync(new EnrolStudent("学生", "M1", 2024));
            Assert.Equal((ErrorKind.Validation, "key"), (badKey.Error!.Kind, badKey.Error.Field));
        }

        // A key whose tenant part is malformed belongs to no tenant: the filter refuses the call outright.
        using (CallScope.ForTenant(TenantId.From("GHOST"), "test"))
        {
            await Assert.ThrowsAsync<TenantAccessDeniedException>(() => Grains.GetGrain<IStudentGrain>("ghost/1").GetAsync());
        }
    }

    [Fact]
    public async Task RefuseMalformedProjectKeysAndAmounts()
    {
        var tenant = await Seed.CollegeAsync(Grains, "CMDC");
        using var scope = CallScope.ForTenant(tenant, "test");
        var malformed = await Grains.GetGrain<ICertificateProjectGrain>("CMDC/WEB-FE-9-2025").ApplyAsync(new ApplyForProject("S1", 10, 0m));
        Assert.Equal((ErrorKind.Validation, "key"), (malformed.Error!.Kind, malformed.Error.Field));

        var project = Grains.GetGrain<ICertificateProjectGrain>(CertificateProjectKey.For(tenant, "WEB-FE", CertificateLevel.Elementary, 2025));
        var fen = await project.ApplyAsync(new ApplyForProject("S1", 10, 100.001m));
        Assert.Equal("Budget", fen.Error!.Field);
        var scale = await project.ApplyAsync(new ApplyForProject("S1", 0, 100m));
        Assert.Equal("PilotScale", scale.Error!.Field);
        Assert.Null(await project.GetAsync());
    }

    [Fact]
    public async Task RequireAReasonToRejectAProjectApplicationAndApproveItOnlyThroughItsPath()
    {
        var tenant = await Seed.CollegeAsync(Grains, "CMDD");
        var project = Grains.GetGrain<ICertificateProjectGrain>(CertificateProjectKey.For(tenant, "LOGISTICS", CertificateLevel.Intermediate, 2025));
        using (CallScope.ForTenant(tenant, "officer", null, [OnePlusX.Security.Roles.SchoolOfficer]))
        {
            Seed.Ok(await project.ApplyAsync(new ApplyForProject("S1", 10, 0m)));
            Assert.Equal(ErrorKind.Conflict, (await project.AdvanceAsync(new AdvanceProject(ProjectStatus.Approved, null))).Error!.Kind);
            Seed.Ok(await project.SubmitAsync("application"));
        }

        using var reviewer = CallScope.ForTenant(tenant, "reviewer", null, [OnePlusX.Security.Roles.SchoolOfficer, OnePlusX.Security.Roles.CollegeAdministrator, OnePlusX.Security.Roles.ProvincialCoordinator]);
        var noReason = await project.ReviewAsync("application", new ReviewDecision(false, " "));
        Assert.Equal("reason", noReason.Error!.Field);
        var rejected = Seed.Ok(await project.ReviewAsync("application", new ReviewDecision(false, "规模超出计划")));
        Assert.Equal((ApprovalStatus.Rejected, "规模超出计划"), (rejected.Approval.Status, rejected.Approval.RejectionReason));
        Assert.Equal(ProjectStatus.Rejected, (await project.GetAsync())!.Status);
        var again = await project.ReviewAsync("application", new ReviewDecision(true, null));
        Assert.Equal(ErrorKind.Conflict, again.Error!.Kind);
    }

    [Fact]
    public async Task FileAStationOnlyInACityOfTheCollegesProvince_NAT_STA_1()
    {
        var tenant = await Seed.CollegeAsync(Grains, "CMDE");
        using var scope = CallScope.ForTenant(tenant, "test");
        var station = Grains.GetGrain<IExamStationGrain>("CMDE/ST1");

        var elsewhere = await station.FileAsync(new FileExamStation("外省站点", "WEB-FE", "420300", 40));
        Assert.Equal((ErrorKind.Validation, "CityCode"), (elsewhere.Error!.Kind, elsewhere.Error.Field));
        Assert.Contains("NAT-STA-1", elsewhere.Error.Message, StringComparison.Ordinal);

        var filed = Seed.Ok(await station.FileAsync(new FileExamStation("吉林市站点", "WEB-FE", "220200", 40)));
        Assert.Equal(("22", "220200"), (filed.ProvinceCode, filed.CityCode));
    }

    [Fact]
    public async Task RegisterACandidateOnBothSides()
    {
        var tenant = await Seed.CollegeAsync(Grains, "CMDF");
        await Seed.StudentsAsync(Grains, tenant, ["2001"]);
        var project = await Seed.ApprovedProjectAsync(Grains, tenant);
        using var scope = CallScope.ForTenant(tenant, "test");

        Seed.Ok(await project.RegisterCandidateAsync(new RegisterCandidate("2001")));
        var twice = await project.RegisterCandidateAsync(new RegisterCandidate("2001"));
        Assert.Equal(ErrorKind.Conflict, twice.Error!.Kind);
        var unknown = await project.RegisterCandidateAsync(new RegisterCandidate("7777"));
        Assert.Equal(ErrorKind.NotFound, unknown.Error!.Kind);

        var student = await Grains.GetGrain<IStudentGrain>("CMDF/2001").GetAsync();
        Assert.Equal("WEB-FE-2-2025", Assert.Single(student!.Registrations).ProjectKey);
    }

    [Fact]
    public async Task FireADeadlineReminderFromTheEmbeddedStore()
    {
        var tenant = await Seed.CollegeAsync(Grains, "CMDG");
        var project = await Seed.ApprovedProjectAsync(Grains, tenant);
        using var scope = CallScope.ForTenant(tenant, "test");
        Seed.Ok(await project.ScheduleDeadlineAsync(new ScheduleDeadline("archive", DateTimeOffset.UtcNow.AddSeconds(1))));

        var deadline = await Eventually.ReadAsync(async () => (await project.GetAsync())!.Deadlines.Single(), d => d.ReachedAt is not null, TimeSpan.FromSeconds(90));
        Assert.NotNull(deadline.ReachedAt);
        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.Equal(1, (await project.GetAsync())!.Deadlines.Single().TimesReached);
    }
}
