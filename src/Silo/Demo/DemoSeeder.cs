using OnePlusX.CertificateProjects;
using OnePlusX.Colleges;
using OnePlusX.CostCaps;
using OnePlusX.ExamStations;
using OnePlusX.Policies;
using OnePlusX.Students;
using OnePlusX.Tenancy;

using OnePlusX.Silo.Grains.Approvals;
using OnePlusX.Silo.Grains.CertificateProjects;

namespace OnePlusX.Silo.Demo;

/// <summary>
/// Loads <see cref="DemoData"/> through the grains, exactly as users' commands would, in a recorded system scope.
/// Idempotent: a college that exists already is left alone.
/// </summary>
internal sealed class DemoSeeder(IGrainFactory grains, ILogger<DemoSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        using var scope = CallScope.System("demo data for the embedded default", "demo-seeder");
        foreach (var college in DemoData.Colleges)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tenant = TenantId.From(college.Code);
            var grain = grains.GetGrain<ICollegeGrain>(college.Code);
            if (await grain.GetAsync() is not null)
            {
                continue;
            }

            Check(await grain.RegisterAsync(college.Registration));
            foreach (var school in college.Schools)
            {
                Check(await grain.AddSchoolAsync(school));
            }

            foreach (var major in college.Majors)
            {
                Check(await grain.AddMajorAsync(major));
            }

            foreach (var (code, station) in college.Stations)
            {
                Check(await grains.GetGrain<IExamStationGrain>(GrainKey.For(tenant, code)).FileAsync(station));
            }

            var students = new List<string>();
            for (var i = 1; i <= DemoData.StudentsPerCollege; i++)
            {
                var number = $"2024{i:D4}";
                var major = college.Majors[i % college.Majors.Length];
                Check(await grains.GetGrain<IStudentGrain>(GrainKey.For(tenant, number)).EnrolAsync(new EnrolStudent($"示例学生{i:D2}", major.Code, 2024)));
                students.Add(number);
            }

            foreach (var (certificate, level, application) in college.Projects)
            {
                var project = grains.GetGrain<ICertificateProjectGrain>(CertificateProjectKey.For(tenant, certificate, level, 2025));
                Check(await project.ApplyAsync(application));
                Check(await ApprovalRun.ApproveAsync(project, tenant, ApplicationApproval.Item, "demo"));
                Check(await project.SetExamPriceAsync(DemoData.ExamPrice));
                foreach (var step in new[] { Policies.PilotStep.AnnualPlan, Policies.PilotStep.StationApplication, Policies.PilotStep.CourseIntegration })
                {
                    // The sample year starts at registration: the earlier stages are recorded as outside the sample (HB-PROC-1).
                    Check(await project.RecordStepNotNeededAsync(new RecordStepNotNeeded(step, "示例数据不含此环节")));
                }

                foreach (var student in students.Take(4))
                {
                    Check(await project.RegisterCandidateAsync(new RegisterCandidate(student)));
                }
            }

            logger.LogInformation("Seeded sample college {College}", college.Code);
        }

        await SeedCostCapsAsync();
    }

    /// <summary>
    /// Sample cost caps (NAT-COST-1), marked sample, for a certificate whose table is still empty. They come after the
    /// sample prices were agreed, as a cap published later would: a lower cap then shows in the over-cap view.
    /// </summary>
    private async Task SeedCostCapsAsync()
    {
        foreach (var certificate in DemoData.SampleCostCaps.GroupBy(c => c.Certificate))
        {
            var table = grains.GetGrain<ICostCapGrain>(certificate.Key);
            if ((await table.GetAsync()).Caps.Count > 0)
            {
                continue;
            }

            foreach (var (_, level, from, cap) in certificate)
            {
                Check(await table.SetAsync(new SetCostCap(level, from, cap, Sample: true)));
            }
        }
    }

    private static void Check<T>(Outcomes.CommandResult<T> result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo data was refused: {result.Error}");
        }
    }
}
