using OnePlusX.CertificateProjects;
using OnePlusX.Colleges;
using OnePlusX.Outcomes;
using OnePlusX.Policies;
using OnePlusX.Students;
using OnePlusX.Tenancy;

using OnePlusX.Silo.Grains.Approvals;
using OnePlusX.Silo.Grains.CertificateProjects;

namespace OnePlusX.Silo.Tests.Infrastructure;

/// <summary>Small fixtures created through the grains, as users' commands would.</summary>
public static class Seed
{
    /// <summary>Registers a college in Changchun (Jilin) with school S1 and major M1, acting for that tenant.</summary>
    public static async Task<TenantId> CollegeAsync(IGrainFactory grains, string code, string province = "22", string city = "220100")
    {
        var tenant = TenantId.From(code);
        using var scope = CallScope.ForTenant(tenant, "test-admin");
        var college = grains.GetGrain<ICollegeGrain>(code);
        Ok(await college.RegisterAsync(new RegisterCollege($"测试学院 {code}", province, city)));
        Ok(await college.AddSchoolAsync(new AddSchool("S1", "第一学院")));
        Ok(await college.AddMajorAsync(new AddMajor("M1", "软件技术", "S1")));
        return tenant;
    }

    public static async Task StudentsAsync(IGrainFactory grains, TenantId tenant, IEnumerable<string> numbers)
    {
        using var scope = CallScope.ForTenant(tenant, "test-admin");
        foreach (var number in numbers)
        {
            Ok(await grains.GetGrain<IStudentGrain>(GrainKey.For(tenant, number)).EnrolAsync(new EnrolStudent($"学生{number}", "M1", 2024)));
        }
    }

    /// <summary>The exam price <see cref="ApprovedProjectAsync"/> agrees: 100 equipment and consumables, 200 certificate fee, 50 examiner labour.</summary>
    public static readonly ExamPrice Price = new(100m, 200m, 50m);

    /// <summary>An approved WEB-FE intermediate project of 2025 with its exam price agreed (<see cref="Price"/>), open for registration.</summary>
    public static async Task<ICertificateProjectGrain> ApprovedProjectAsync(IGrainFactory grains, TenantId tenant, int pilotScale = 100)
    {
        var project = grains.GetGrain<ICertificateProjectGrain>(CertificateProjectKey.For(tenant, "WEB-FE", CertificateLevel.Intermediate, 2025));
        using (CallScope.ForTenant(tenant, "test-admin"))
        {
            Ok(await project.ApplyAsync(new ApplyForProject("S1", pilotScale, 1000m)));
        }

        Ok(await ApprovalRun.ApproveAsync(project, tenant, ApplicationApproval.Item, "test"));
        using (CallScope.ForTenant(tenant, "test-admin"))
        {
            Ok(await project.SetExamPriceAsync(Price));
        }

        await OtherStagesNotNeededAsync(project, tenant);
        return project;
    }

    /// <summary>
    /// Records the stages a test of registration, results or issuance does not exercise as not needed (HB-PROC-1), so
    /// it may register and issue under any policy; the pilot-year tests go through every stage instead.
    /// </summary>
    public static async Task OtherStagesNotNeededAsync(ICertificateProjectGrain project, TenantId tenant)
    {
        using var scope = CallScope.ForTenant(tenant, "test-admin");
        foreach (var step in new[] { Policies.PilotStep.AnnualPlan, Policies.PilotStep.StationApplication, Policies.PilotStep.CourseIntegration, Policies.PilotStep.ExamPlan })
        {
            Ok(await project.RecordStepNotNeededAsync(new RecordStepNotNeeded(step, "不在本测试范围内")));
        }
    }

    public static T Ok<T>(CommandResult<T> result) =>
        result.Succeeded ? result.Value : throw new InvalidOperationException($"Expected success, got {result.Error}");
}

/// <summary>Fixtures a test class shares: created by its first test, found by the others (xunit makes an instance per test).</summary>
public static class SeedOnce
{
    public static async Task<TenantId> CollegeAsync(IGrainFactory grains, string code)
    {
        var tenant = TenantId.From(code);
        using (CallScope.ForTenant(tenant, "test"))
        {
            if (await grains.GetGrain<ICollegeGrain>(code).GetAsync() is not null)
            {
                return tenant;
            }
        }

        return await Seed.CollegeAsync(grains, code);
    }
}
