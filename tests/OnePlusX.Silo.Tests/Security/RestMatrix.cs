using System.Runtime.CompilerServices;
using OnePlusX.GraphQL.Conventions;
using OnePlusX.Security;

namespace OnePlusX.Silo.Tests.Security;

/// <summary>A real HTTP caller of the silo: a signed-in user, a client with a bearer token, or nobody.</summary>
public sealed record RestCaller(string Name, HttpClient Http, Side? Own, bool National)
{
    public override string ToString() => Name;
}

/// <summary>One REST call by one caller: status and body for the other tenant's values, for values that exist nowhere, and for its own.</summary>
public sealed record RestOutcome(RestCaller Caller, RestCall Call, MatrixJson.Values OtherValues, string Other, MatrixJson.Values MissingValues, string Missing, string Own);

/// <summary>
/// Runs every GET call of every /api route for one real caller per role (users made with the administrator's
/// command and signed in through the form; a national and a provincial client with client credentials; anonymous),
/// once per silo. A college's own integration client is not here: only a college administrator registers one, and
/// no endpoint offers that yet (the GraphQL matrix has it, in process).
/// </summary>
public sealed class RestMatrix
{
    private static readonly ConditionalWeakTable<CrossTenantSilo, Task<RestMatrix>> Runs = new();

    private RestMatrix(IReadOnlyList<RestCaller> callers, IReadOnlyList<RestCall> calls, IReadOnlyList<RestOutcome> outcomes)
    {
        Callers = callers;
        Calls = calls;
        Outcomes = outcomes;
    }

    public IReadOnlyList<RestCaller> Callers { get; }

    public IReadOnlyList<RestCall> Calls { get; }

    public IReadOnlyList<RestOutcome> Outcomes { get; }

    public static Task<RestMatrix> RunAsync(CrossTenantSilo silo) => Runs.GetValue(silo, s => RunOnceAsync(s));

    private static async Task<RestMatrix> RunOnceAsync(CrossTenantSilo silo)
    {
        var ids = new Dictionary<Side, Dictionary<string, string>>();
        foreach (var side in new[] { Side.Own, Side.Other, Side.Missing })
        {
            ids[side] = new Dictionary<string, string>
            {
                ["College"] = GlobalId.Encode("College", side.Tenant),
                ["ExamStation"] = GlobalId.Encode("ExamStation", $"{side.Tenant}/{side.Tenant}"),
            };
        }

        var callers = await CallersAsync(silo);
        var calls = RestRoutes.Api().SelectMany(r => RestRoutes.Calls(r, ids[Side.Other].Keys)).Distinct().ToList();
        var outcomes = new List<RestOutcome>();
        var number = 0;
        foreach (var caller in callers)
        {
            foreach (var call in calls)
            {
                number++;
                var other = new MatrixJson.Values(Side.Other, $"fx{number}b", ids[Side.Other]);
                var missing = new MatrixJson.Values(Side.Missing, $"fx{number}z", ids[Side.Missing]);
                var own = new MatrixJson.Values(Side.Own, $"fx{number}a", ids[Side.Own]);
                outcomes.Add(new RestOutcome(caller, call, other, await SendAsync(caller, call, other), missing, await SendAsync(caller, call, missing), await SendAsync(caller, call, own)));
            }
        }

        return new RestMatrix(callers, calls, outcomes);
    }

    /// <summary>The status and body as one text, so both take part in the comparison.</summary>
    private static async Task<string> SendAsync(RestCaller caller, RestCall call, MatrixJson.Values values)
    {
        using var request = new HttpRequestMessage(new HttpMethod(call.Method), values.Apply(call.PathTemplate));
        if (call.BodyTemplate is not null)
        {
            request.Content = new StringContent(values.Apply(call.BodyTemplate), System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await caller.Http.SendAsync(request);
        return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
    }

    private static async Task<List<RestCaller>> CallersAsync(CrossTenantSilo silo)
    {
        // The account commands are separate processes: a few at a time (the database takes one writer at a time).
        var gate = new SemaphoreSlim(3); // not disposed: a command may still hold it when a sign-in fails
        async Task<T> Gated<T>(Func<Task<T>> command)
        {
            await gate.WaitAsync();
            try
            {
                return await command();
            }
            finally
            {
                gate.Release();
            }
        }

        var users = Roles.All.Where(r => r != Roles.IntegrationClient).Select((role, i) =>
        {
            var template = MatrixCaller.All.Single(c => c.Name == role);
            var (tenant, province) = (template.Principal.FindFirst(ClaimNames.Tenant)?.Value, template.Principal.FindFirst(ClaimNames.Province)?.Value);
            return (Template: template, User: $"matrix{i + 1}", Password: Gated(() => SiloAccounts.CreateUserAsync(silo, $"matrix{i + 1}", role, tenant, province)));
        }).ToList();
        var national = Gated(() => SiloAccounts.CreateClientAsync(silo, "monitoring.export", province: null));
        var provincial = Gated(() => SiloAccounts.CreateClientAsync(silo, "province.read", Side.Own.Province));

        var address = silo.Process.BaseAddress;
        var callers = new List<RestCaller>();
        foreach (var (template, user, password) in users)
        {
            callers.Add(new RestCaller(template.Name, await SiloAccounts.SignInAsync(address, user, await password), template.Own, template.National));
        }

        callers.Add(new RestCaller("IntegrationClient(national)", await SiloAccounts.ClientCredentialsAsync(address, await national, "monitoring.export"), null, true));
        callers.Add(new RestCaller($"IntegrationClient(province {Side.Own.Province})", await SiloAccounts.ClientCredentialsAsync(address, await provincial, "province.read"), Side.Own, false));
        callers.Add(new RestCaller("Anonymous", new HttpClient { BaseAddress = address }, null, false));
        return callers;
    }
}
