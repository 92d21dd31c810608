using System.Security.Claims;
using OnePlusX.CertificateProjects;
using OnePlusX.Silo.Tests.Infrastructure;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.Tests.CostCaps;

/// <summary>
/// NAT-COST-1's second sentence: colleges ensure each pilot student sits at least one certificate exam, so students
/// registered for none are listed. SWA (Jilin) enrols 1001–1003 and registers 1001; SWB (Hubei) enrols 2001 and
/// registers nobody. By hand: SWA 1002 and 1003, SWB 2001.
/// </summary>
[Collection(NationalViewsCollection.Name)]
public sealed class StudentsWithoutExamShould(NationalViewsSilo silo)
{
    [Fact]
    public async Task ListEnrolledStudentsWithNoExamWithinTheCallersScope_NAT_COST_1()
    {
        var swa = await silo.CollegeAsync("SWA");
        var swb = await silo.CollegeAsync("SWB", "42", "420300");
        await Seed.StudentsAsync(silo.Grains, swa, ["1001", "1002", "1003"]);
        await Seed.StudentsAsync(silo.Grains, swb, ["2001"]);
        var project = await Seed.ApprovedProjectAsync(silo.Grains, swa);
        using (CallScope.ForTenant(swa, "test-officer"))
        {
            Assert.True(Seed.Ok(await project.RegisterCandidatesAsync(new RegisterCandidates([new CandidateRow("1001", true, null)], new DateOnly(2025, 9, 1)))).Rows[0].Applied);
        }

        Assert.Equal(["SWA/1002", "SWA/1003"], await ListAsync(NationalViewsSilo.National(), """collegeCode: "SWA" """));
        Assert.Equal(["SWB/2001"], await ListAsync(NationalViewsSilo.National(), """collegeCode: "SWB" """));
        Assert.Equal(["SWB/2001"], await ListAsync(NationalViewsSilo.Province("42"), ""));
        Assert.Equal(["SWA/1002", "SWA/1003"], await ListAsync(NationalViewsSilo.Officer("SWA"), ""));
        Assert.Empty(await ListAsync(NationalViewsSilo.Province("42"), """collegeCode: "SWA" """));
        Assert.Empty(await ListAsync(NationalViewsSilo.Officer("SWA"), """collegeCode: "SWB" """));
        Assert.Empty(await ListAsync(NationalViewsSilo.National(), """collegeCode: "SWA", cohort: 2023 """));
    }

    private async Task<string[]> ListAsync(ClaimsPrincipal user, string where) =>
        (await silo.RunAsync($$"""{ studentsWithoutExam(where: { {{where}} }) { items { collegeCode studentNumber name majorCode cohort collegeName province { code } } } }""", user))
            .GetProperty("studentsWithoutExam").GetProperty("items").EnumerateArray()
            .Select(s => $"{s.GetProperty("collegeCode").GetString()}/{s.GetProperty("studentNumber").GetString()}").ToArray();
}
