using System.Text.Json;

namespace OnePlusX.Silo.Tests.Exams;

/// <summary>The GraphQL documents the exam tests send, and builders of their inputs.</summary>
public static class ExamDocuments
{
    public const string Errors = "errors { __typename message code ... on ValidationError { field } ... on RefusalError { ruleIds explanation { chinese english } } }";

    public const string ExamFields = """
        code examDate mode place majorCode headcount
        sittings { room start end }
        workers { name role internal holdsExaminerCertificate days sittings { room start } }
        otherCosts { type description amount }
        planCheck { allowed ruleIds explanation { chinese english } }
        filing { certificateName schoolName major headcount mode place examPlanAttached invigilators { name room start end holdsExaminerCertificate } check { allowed ruleIds } }
        submitError { __typename message ... on RefusalError { ruleIds } ... on ValidationError { field } }
        approval { id item status nextApprover subject }
        feeTable { policyCode computedFor total totalInWords ruleIds lines { number name type quantity unit rate amount ruleIds } parameters { key value effectiveFrom setByCollege } }
        feesComputedAt
        """;

    public static readonly string PlanExamDocument = $$"""mutation($input: PlanExamInput!) { planExam(input: $input) { exam { {{ExamFields}} } {{Errors}} } }""";

    public static readonly string ComputeExamFeesDocument = $$"""mutation($input: ComputeExamFeesInput!) { computeExamFees(input: $input) { exam { {{ExamFields}} } {{Errors}} } }""";

    public static readonly string Project = $$"""query($key: String!) { project(key: $key) { key exams { items { {{ExamFields}} } } } }""";

    public static readonly string Submit = $$"""mutation($id: ID!) { submitForApproval(id: $id) { item { status nextApprover } {{Errors}} } }""";

    public static readonly string Review = $$"""mutation($input: ReviewInput!) { review(input: $input) { item { status nextApprover } {{Errors}} } }""";

    public const string SetParameter = """
        mutation($input: SetPolicyParameterInput!) { setPolicyParameter(input: $input) { policy { code } errors { __typename message } } }
        """;

    /// <summary>A China-time instant on a day of 2027, e.g. <c>At("06-10", "09:00")</c>.</summary>
    public static string At(string day, string time) => $"2027-{day}T{time}:00+08:00";

    public static Dictionary<string, object?> Sitting(string room, string day, string from, string to) =>
        new() { ["room"] = room, ["start"] = At(day, from), ["end"] = At(day, to) };

    public static Dictionary<string, object?> Worker(string name, string role, bool certified = true, decimal? days = null, params (string Room, string Day, string From)[] sittings) => new()
    {
        ["name"] = name,
        ["role"] = role,
        ["holdsExaminerCertificate"] = certified,
        ["days"] = days,
        ["sittings"] = sittings.Select(s => new Dictionary<string, object?> { ["room"] = s.Room, ["start"] = At(s.Day, s.From) }).ToList(),
    };

    /// <summary>A plan input; <paramref name="more"/> adds or replaces fields (place, otherCosts, organisationInvigilatorLimit…).</summary>
    public static Dictionary<string, object?> Plan(string projectKey, string code, string examDate, string mode, IEnumerable<object> sittings, IEnumerable<object> workers, Dictionary<string, object?>? more = null)
    {
        var input = new Dictionary<string, object?>
        {
            ["projectKey"] = projectKey, ["code"] = code, ["examDate"] = examDate, ["mode"] = mode, ["place"] = "实训楼", ["majorCode"] = "M1", ["headcount"] = 30,
            ["sittings"] = sittings.ToList(), ["workers"] = workers.ToList(),
        };
        foreach (var (key, value) in more ?? [])
        {
            input[key] = value;
        }

        return input;
    }

    public static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
