using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OnePlusX.Security;

namespace OnePlusX.Silo.Accounts;

/// <summary>
/// The claims of a signed-in user: name, roles, tenant, province, school. A user who must still replace an initial
/// password gets no roles at all, only the must-change claim, so the API refuses everything until it is changed.
/// </summary>
internal sealed class StaffClaims(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword)
        {
            foreach (var role in identity.FindAll(ClaimNames.Role).ToList())
            {
                identity.RemoveClaim(role);
            }

            identity.AddClaim(new Claim(ClaimNames.MustChangePassword, "true"));
        }

        Add(identity, ClaimNames.Tenant, user.TenantCode);
        Add(identity, ClaimNames.Province, user.ProvinceCode);
        Add(identity, ClaimNames.School, user.SchoolCode);
        return identity;
    }

    private static void Add(ClaimsIdentity identity, string type, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            identity.AddClaim(new Claim(type, value));
        }
    }
}
