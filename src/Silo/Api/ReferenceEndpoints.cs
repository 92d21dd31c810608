using OnePlusX.Silo.ReferenceData;

namespace OnePlusX.Silo.Api;

/// <summary>Shared reference data: provinces, their cities, the (sample) certificate catalogue.</summary>
internal static class ReferenceEndpoints
{
    public static void MapReference(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reference").AllowAnonymous(); // public reference data
        group.MapGet("/provinces", (ReferenceCatalog catalog) => catalog.Provinces.Values.OrderBy(p => p.Code));
        group.MapGet("/provinces/{code}/cities", (string code, ReferenceCatalog catalog) =>
            catalog.Provinces.ContainsKey(code)
                ? Results.Ok(catalog.Cities.Values.Where(c => c.ProvinceCode == code).OrderBy(c => c.Code))
                : Problems.NotFound("code", $"No province has the code '{code}'."));
        group.MapGet("/certificates", (ReferenceCatalog catalog) => Results.Ok(new
        {
            sample = true,
            note = "Sample catalogue, not the official one.",
            organizations = catalog.Organizations.Values.OrderBy(o => o.Code),
            certificates = catalog.Certificates.Values.OrderBy(c => c.Code),
        }));
    }
}
