using System.Text.Json;
using OnePlusX.Silo.Tests.Approvals;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Students;

/// <summary>Students through GraphQL against a real silo: a list enrolled row by row, then read back within scope.</summary>
public sealed class StudentsShould(SqliteSiloFixture fixture) : IClassFixture<SqliteSiloFixture>, IAsyncLifetime
{
    private ApprovalGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        _gateway = new ApprovalGateway(fixture);
        await SeedOnce.CollegeAsync(fixture.Client.Grains, "STJL");
        await SeedOnce.CollegeAsync(fixture.Client.Grains, "STOT");
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task EnrolAListRowByRowNamingTheFieldOfEachBadRow()
    {
        var payload = (await _gateway.DataAsync(
            """
            mutation { enrolStudents(students: [
              { studentNumber: "S-001", name: "王一", majorCode: "M1", cohort: 2024 },
              { studentNumber: "S-002", name: "王二", majorCode: "NOPE", cohort: 2024 },
              { studentNumber: "S 003", name: "王三", majorCode: "M1", cohort: 2024 },
              { studentNumber: "S-004", name: "王四", majorCode: "M1", cohort: 1900 },
              { studentNumber: "S-001", name: "王一again", majorCode: "M1", cohort: 2024 }
            ]) { rows { row studentNumber student { id name } errors { __typename code ... on ValidationError { field } } } errors { message } } }
            """,
            ApprovalGateway.Officer("STJL"))).GetProperty("enrolStudents").GetProperty("rows");

        Assert.Equal("王一", payload[0].GetProperty("student").GetProperty("name").GetString());
        Assert.Equal("students[1].majorCode", payload[1].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal("students[2].studentNumber", payload[2].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal("students[3].cohort", payload[3].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal("ALREADY_ENROLLED", payload[4].GetProperty("errors")[0].GetProperty("code").GetString());

        var id = payload[0].GetProperty("student").GetProperty("id").GetString();
        var own = (await _gateway.DataAsync($$"""{ node(id: "{{id}}") { ... on Student { studentNumber majorCode cohort major { name school { code name } } } } }""", ApprovalGateway.Office("STJL"))).GetProperty("node");
        var other = (await _gateway.DataAsync($$"""{ node(id: "{{id}}") { id } }""", ApprovalGateway.Office("STOT"))).GetProperty("node");
        Assert.Equal(("S-001", 2024), (own.GetProperty("studentNumber").GetString(), own.GetProperty("cohort").GetInt32()));
        Assert.Equal(("软件技术", "第一学院"), (own.GetProperty("major").GetProperty("name").GetString(), own.GetProperty("major").GetProperty("school").GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Null, other.ValueKind);
        // The list reads the read model, which the grain writes after its state.
        var listed = await Eventually.ReadAsync(
            async () => (await _gateway.DataAsync("""{ students(where: { majorCode: "M1" }) { totalCount items { studentNumber } } }""", ApprovalGateway.Office("STJL"))).GetProperty("students"),
            students => students.GetProperty("totalCount").GetInt32() >= 1,
            TimeSpan.FromSeconds(10));
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), s => s.GetProperty("studentNumber").GetString() == "S-001");
        var elsewhere = (await _gateway.DataAsync("""{ students { totalCount } }""", ApprovalGateway.Office("STOT"))).GetProperty("students");
        Assert.Equal(0, elsewhere.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task ListStudentsByNumberOrByName()
    {
        await _gateway.DataAsync(
            """
            mutation { enrolStudents(students: [
              { studentNumber: "O-1", name: "Zhao", majorCode: "M1", cohort: 2023 },
              { studentNumber: "O-2", name: "Li", majorCode: "M1", cohort: 2023 },
              { studentNumber: "O-3", name: "Wang", majorCode: "M1", cohort: 2023 }
            ]) { errors { message } } }
            """,
            ApprovalGateway.Officer("STJL"));

        async Task<string[]> NamesAsync(string order) => (await Eventually.ReadAsync(
                async () => (await _gateway.DataAsync($$"""{ students(where: { cohort: 2023 }, order: {{order}}) { items { name } } }""", ApprovalGateway.Office("STJL"))).GetProperty("students").GetProperty("items"),
                items => items.GetArrayLength() == 3,
                TimeSpan.FromSeconds(10)))
            .EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToArray();

        Assert.Equal(["Zhao", "Li", "Wang"], await NamesAsync("NUMBER_ASCENDING"));
        Assert.Equal(["Li", "Wang", "Zhao"], await NamesAsync("NAME_ASCENDING"));
    }
}
