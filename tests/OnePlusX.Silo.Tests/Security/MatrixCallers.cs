using System.Security.Claims;
using OnePlusX.Security;

namespace OnePlusX.Silo.Tests.Security;

/// <summary>
/// One side of the matrix: a college, its province and city, and a marker only that college's data carries (its
/// names), so a response can be searched for it. <see cref="Own"/> is the callers' college, <see cref="Other"/> the
/// college of another tenant in another province, <see cref="Missing"/> codes that exist nowhere.
/// </summary>
public sealed record Side(string Tenant, string Province, string City, string Secret)
{
    public static Side Own { get; } = new("MXA", "22", "220100", "吉中本校");

    public static Side Other { get; } = new("MXB", "42", "420300", "鄂北他校");

    public static Side Missing { get; } = new("MXZ", "99", "990000", "查无此校");
}

/// <summary>
/// A caller of the matrix: the principal as the server builds it from a cookie or token (claim types
/// <see cref="ClaimNames"/>), what it should see of its own (<see cref="Own"/>: a side whose data it may read, or
/// null) and whether it legitimately reads every province (<see cref="National"/>: then another tenant's data is
/// not "other" to it).
/// </summary>
public sealed record MatrixCaller(string Name, ClaimsPrincipal Principal, Side? Own, bool National)
{
    public override string ToString() => Name;

    /// <summary>One caller per role of <see cref="Roles.All"/> (so a new role joins the matrix), two more clients, and anonymous.</summary>
    public static IReadOnlyList<MatrixCaller> All { get; } =
    [
        .. Roles.All.Select(ForRole),
        Client("IntegrationClient(province 22)", tenant: null, province: Side.Own.Province, Side.Own, national: false),
        Client("IntegrationClient(national)", tenant: null, province: null, own: null, national: true),
        new("Anonymous", new ClaimsPrincipal(new ClaimsIdentity()), null, false),
    ];

    /// <summary>
    /// Where a user of the role sits. A role this switch does not know yet is placed like a college user of the
    /// callers' college (tenant, province and school claims): the most a caller of that college can carry.
    /// </summary>
    private static MatrixCaller ForRole(string role) => role switch
    {
        Roles.ProvincialCoordinator => User(role, tenant: null, province: Side.Own.Province, Side.Own, national: false),
        Roles.NationalMonitor => User(role, tenant: null, province: null, own: null, national: true),
        Roles.EvaluationOrganization or Roles.SystemAdministrator => User(role, tenant: null, province: null, own: null, national: false),
        Roles.IntegrationClient => Client($"{role}(tenant {Side.Own.Tenant})", Side.Own.Tenant, Side.Own.Province, Side.Own, national: false),
        _ => User(role, Side.Own.Tenant, Side.Own.Province, Side.Own, national: false),
    };

    private static MatrixCaller User(string role, string? tenant, string? province, Side? own, bool national)
    {
        var claims = new List<Claim> { new(ClaimNames.Name, $"matrix-{role.ToLowerInvariant()}"), new("sub", $"matrix-{role}"), new(ClaimNames.Role, role) };
        Add(claims, ClaimNames.Tenant, tenant);
        Add(claims, ClaimNames.Province, province);
        Add(claims, ClaimNames.School, role == Roles.SchoolOfficer ? tenant : null);
        return new(role, Build(claims, "Identity.Application"), own, national);
    }

    private static MatrixCaller Client(string name, string? tenant, string? province, Side? own, bool national)
    {
        var claims = new List<Claim> { new(ClaimNames.Name, $"matrix-client-{tenant ?? province ?? "national"}"), new("sub", name), new(ClaimNames.Role, Roles.IntegrationClient) };
        Add(claims, ClaimNames.Tenant, tenant);
        Add(claims, ClaimNames.Province, province);
        return new(name, Build(claims, "OpenIddict.Validation.AspNetCore"), own, national);
    }

    private static ClaimsPrincipal Build(IEnumerable<Claim> claims, string scheme) =>
        new(new ClaimsIdentity(claims, scheme, ClaimNames.Name, ClaimNames.Role));

    private static void Add(List<Claim> claims, string type, string? value)
    {
        if (value is not null)
        {
            claims.Add(new Claim(type, value));
        }
    }
}
