using System.Text.Json;
using OnePlusX.Silo.Tests.Infrastructure;
using static OnePlusX.Silo.Tests.PilotYear.PilotAssert;

namespace OnePlusX.Silo.Tests.PilotYear;

/// <summary>The annual plan, the project application(s) and the exam-station application, up to the province's batch approval.</summary>
public sealed partial class PilotYearScript
{
    private const string Plan = "plan { key check { allowed ruleIds } approval { id status } } " + Errors;

    /// <summary>SD-PLAN-1: the 二级学院 drafts next year's plan with budget indicators; it goes through the college's path.</summary>
    private async Task AnnualPlanAsync()
    {
        if (college.PlanOutsideWindow is { } outside)
        {
            // SDDZ's autumn window: a plan dated in spring is kept as a draft the policy does not allow, and cannot be submitted.
            var early = (await Cast.Submitter.OkAsync("draftAnnualPlan", "DraftAnnualPlanInput", PlanInput(outside), Plan)).GetProperty("plan");
            Assert.False(early.GetProperty("check").GetProperty("allowed").GetBoolean());
            Assert.Contains("SD-PLAN-1", Strings(early.GetProperty("check").GetProperty("ruleIds")));
            var refused = (await Cast.Submitter.DataAsync($"mutation($id: ID!) {{ submitForApproval(id: $id) {{ {Errors} }} }}", new { id = Text(early.GetProperty("approval"), "id") }))
                .GetProperty("submitForApproval");
            Assert.Contains("SD-PLAN-1", Strings(Single(refused, "RefusalError").GetProperty("ruleIds")));
        }

        var plan = (await Cast.Submitter.OkAsync("draftAnnualPlan", "DraftAnnualPlanInput", PlanInput(college.PlanPreparedOn), Plan)).GetProperty("plan");
        Assert.Equal("plan-S1-2026", Text(plan, "key"));
        Assert.True(plan.GetProperty("check").GetProperty("allowed").GetBoolean(), plan.GetProperty("check").ToString());
        if (college.PlanOutsideWindow is not null)
        {
            Assert.Equal(["SD-PLAN-1", "SD-LVL-1", "SD-BUD-1"], Strings(plan.GetProperty("check").GetProperty("ruleIds")));
        }

        var id = Text(plan.GetProperty("approval"), "id");
        Assert.Equal("APPROVED", Text(await TakeThroughAsync(id), "status"));
        await AssertApprovedAsync(id, college.PlanPath);
    }

    private object PlanInput(DateOnly preparedOn)
    {
        var items = new List<object> { new { certificateCode = college.Certificate, level = "INTERMEDIATE", candidates = 30, budget = college.ProjectBudget } };
        if (college.SecondCertificate is { } second)
        {
            items.Add(new { certificateCode = second.Certificate, level = "INTERMEDIATE", candidates = 30, budget = 3000m });
        }

        return new { schoolCode = "S1", year = 2026, pilotScale = 100, previousYearExecutedBudget = 20_000m, preparedOn = Iso(preparedOn), items };
    }

    /// <summary>
    /// The project application (JL-APP-1, SD-APP-1, SD-LVL-1) and the exam-station application (NAT-STA-1), each
    /// through the college's own steps; the province then approves them together in one batch with a bad item in it.
    /// </summary>
    private async Task ApplyAsync()
    {
        var ids = new List<(string Id, PathExpectation Path)> { (await ApplyForAsync(college.Certificate, college.ProjectBudget), college.ApplicationPath) };
        if (college.SecondCertificate is { } second)
        {
            ids.Add((await ApplyForAsync(second.Certificate, 3000m), college.ApplicationPath));
        }

        if (college.RefusedApplication is { } refused)
        {
            var payload = await Cast.Submitter.MutateAsync("applyForProject", "ApplyForProjectInput",
                new { certificateCode = refused.Certificate, level = refused.Level, year = 2026, schoolCode = "S1", majorCode = refused.Major, pilotScale = 30, budget = 1000m },
                "project { key } " + Errors);
            Assert.Equal(JsonValueKind.Null, payload.GetProperty("project").ValueKind);
            Refused(payload, refused.Rule);
        }

        var station = await Cast.Submitter.OkAsync("fileExamStation", "FileExamStationInput",
            new { code = college.StationCode, name = $"{college.Name}考核站点", certificateCode = college.Certificate, cityCode = college.City, capacity = 40 },
            "application { id status subject } " + Errors);
        Assert.Equal(("DRAFT", "STATION_APPLICATION"), (Text(station.GetProperty("application"), "status"), Text(station.GetProperty("application"), "subject")));
        ids.Add((Text(station.GetProperty("application"), "id"), college.StationPath));

        foreach (var (id, _) in ids)
        {
            Assert.Equal("PROVINCE", Text(await TakeThroughAsync(id, stopAt: "PROVINCE"), "nextApprover"));
        }

        // The province's inbox (a read model) lists them; its coordinator approves them in one batch, where a bad id fails alone.
        var inbox = await Eventually.ReadAsync(
            async () => (await Cast.Province.DataAsync(
                    "query($college: String!) { approvals(first: 100, where: { status: SUBMITTED, nextApprover: PROVINCE, collegeCode: $college }) { items { id } } }", new { college = college.Code }))
                .GetProperty("approvals").GetProperty("items").EnumerateArray().Select(i => Text(i, "id")).ToHashSet(),
            listed => ids.All(i => listed.Contains(i.Id)),
            TimeSpan.FromSeconds(30));
        Assert.Superset(ids.Select(i => i.Id).ToHashSet(), inbox);
        var batch = (await Cast.Province.DataAsync(
                "mutation($items: [ReviewInput!]!) { reviewMany(items: $items) { results { id item { status } errors { __typename } } errors { message } } }",
                new { items = ids.Select(i => new { id = i.Id, approve = true, reason = "符合试点条件" }).Append(new { id = "not-an-id", approve = true, reason = "" }).ToArray() }))
            .GetProperty("reviewMany");
        var results = batch.GetProperty("results").EnumerateArray().ToArray();
        Assert.All(results[..^1], r => Assert.Equal("APPROVED", Text(r.GetProperty("item"), "status")));
        Assert.Equal("ValidationError", Text(Assert.Single(results[^1].GetProperty("errors").EnumerateArray()), "__typename"));
        foreach (var (id, path) in ids)
        {
            await AssertApprovedAsync(id, path);
        }

        var project = await ProjectAsync(Cast.Office, "projectStatus history { status actor }");
        Assert.Equal("APPROVED", Text(project, "projectStatus"));
        Assert.Equal([("APPLIED", Cast.Submitter.UserName), ("APPROVED", Cast.Province.UserName)],
            project.GetProperty("history").EnumerateArray().Select(h => (Text(h, "status"), Text(h, "actor"))).ToArray());

        // The province sees the college's station among its stations (NAT-STA-1 coverage reads them).
        var stations = await Eventually.ReadAsync(
            async () => (await Cast.Province.DataAsync("query($college: String!) { examStations(where: { collegeCode: $college }) { items { code city { code } certificate { code } } } }", new { college = college.Code }))
                .GetProperty("examStations").GetProperty("items").EnumerateArray().Select(s => (Text(s, "code"), Text(s.GetProperty("city"), "code"), Text(s.GetProperty("certificate"), "code"))).ToArray(),
            found => found.Length > 0,
            TimeSpan.FromSeconds(30));
        Assert.Equal([(college.StationCode, college.City, college.Certificate)], stations);
    }

    /// <summary>Drafts an intermediate 2026 application of major M1; returns its approval item's id.</summary>
    private async Task<string> ApplyForAsync(string certificate, decimal budget)
    {
        var applied = await Cast.Submitter.OkAsync("applyForProject", "ApplyForProjectInput",
            new { certificateCode = certificate, level = "INTERMEDIATE", year = 2026, schoolCode = "S1", majorCode = "M1", pilotScale = 30, budget },
            "project { key projectStatus school { code } major { name } application { id status subject } } " + Errors);
        var project = applied.GetProperty("project");
        Assert.Equal(("S1", college.MajorName), (Text(project.GetProperty("school"), "code"), Text(project.GetProperty("major"), "name")));
        Assert.Equal(($"{certificate}-2-2026", "APPLIED", "DRAFT", "PROJECT_APPLICATION"),
            (Text(project, "key"), Text(project, "projectStatus"), Text(project.GetProperty("application"), "status"), Text(project.GetProperty("application"), "subject")));
        return Text(project.GetProperty("application"), "id");
    }
}
