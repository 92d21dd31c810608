using System.Net.Http.Json;
using System.Text.Json;
using OnePlusX.Exports;

namespace OnePlusX.Silo.Tests.Exports;

/// <summary>
/// A caller of the export API over real HTTP, as a monitoring tool uses it: <c>startExport</c> and <c>exportJob</c> over
/// GraphQL, then a plain GET of the download link, all with the same credentials (its bearer token or session cookie).
/// </summary>
public sealed class ExportClient(HttpClient http) : IDisposable
{
    public const string JobFields = "id dataset format provinceCode year asOf status rowsWritten totalRows percent fileName fileBytes error download { url expiresAt }";

    public HttpClient Http => http;

    /// <summary>The GraphQL answer (data and errors).</summary>
    public async Task<JsonElement> GraphAsync(string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The payload of <c>startExport</c>: its job (or null) and its errors.</summary>
    public async Task<(JsonElement Job, JsonElement[] Errors)> StartAsync(ExportDataset dataset, ExportFormat format, string? province = null, int? year = null)
    {
        var answer = await GraphAsync(
            $$"""
            mutation($input: StartExportInput!) { startExport(input: $input) { exportJob { {{JobFields}} } errors { __typename message code ... on ValidationError { field } ... on RefusalError { ruleIds } } } }
            """,
            new { input = new { dataset = Constant(dataset), format = Constant(format), where = new { provinceCode = province, year } } });
        Assert.True(answer.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object, $"startExport was not executed: {answer}");
        var payload = data.GetProperty("startExport");
        return (payload.GetProperty("exportJob"), payload.GetProperty("errors").EnumerateArray().ToArray());
    }

    /// <summary>Starts an export that must be accepted, and waits until it has finished.</summary>
    public async Task<JsonElement> ExportAsync(ExportDataset dataset, ExportFormat format, string? province = null, int? year = null)
    {
        var (job, errors) = await StartAsync(dataset, format, province, year);
        Assert.True(errors.Length == 0, $"startExport refused: {string.Join("; ", errors)}");
        return await FinishedAsync(job.GetProperty("id").GetString()!);
    }

    /// <summary>The job by id; null when this caller cannot see it.</summary>
    public async Task<JsonElement> JobAsync(string id)
    {
        var answer = await GraphAsync($$"""query($id: ID!) { exportJob(id: $id) { {{JobFields}} } }""", new { id });
        Assert.True(answer.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object, $"exportJob was not executed: {answer}");
        return data.GetProperty("exportJob");
    }

    /// <summary>Polls the job until it succeeded or failed (the job runs on after the request that started it).</summary>
    public async Task<JsonElement> FinishedAsync(string id)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var job = await JobAsync(id);
            var status = job.GetProperty("status").GetString();
            if (status is "SUCCEEDED" or "FAILED" || DateTime.UtcNow > deadline)
            {
                Assert.True(status == "SUCCEEDED", $"The export did not succeed: {job}");
                return job;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>A fresh link to the job's file (exportJob hands out a new one on every read).</summary>
    public async Task<string> LinkAsync(string id) => (await JobAsync(id)).GetProperty("download").GetProperty("url").GetString()!;

    public Task<HttpResponseMessage> GetAsync(string url) => http.GetAsync(url);

    public void Dispose() => http.Dispose();

    private static string Constant<T>(T value)
        where T : struct, Enum => OnePlusX.Silo.Exports.ExportJobStore.Code(value);
}
