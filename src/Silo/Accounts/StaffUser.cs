using Microsoft.AspNetCore.Identity;

namespace OnePlusX.Silo.Accounts;

/// <summary>A person who signs in: college staff, a provincial coordinator, national monitoring, a system administrator.</summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>The college (tenant) the user belongs to, for college roles.</summary>
    public string? TenantCode { get; set; }

    /// <summary>The province, for provincial coordinators (and the college's province for college users).</summary>
    public string? ProvinceCode { get; set; }

    /// <summary>The secondary college (二级学院), for school officers.</summary>
    public string? SchoolCode { get; set; }

    /// <summary>The name shown to others.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Set for an initial password: the user may do nothing but change it.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>Disabled by an administrator: cannot sign in, and existing sessions and tokens stop working.</summary>
    public bool Disabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
