namespace OnePlusX.Security;

/// <summary>The claims the service issues and reads (cookies and access tokens alike).</summary>
public static class ClaimNames
{
    /// <summary>The college (tenant) code of a college user or client.</summary>
    public const string Tenant = "tenant";

    /// <summary>The province (2-digit division code) of a provincial user or client.</summary>
    public const string Province = "province";

    /// <summary>The secondary college (二级学院) code of a school officer.</summary>
    public const string School = "school";

    /// <summary>Present while a user must still replace an initial password; the API refuses such a user.</summary>
    public const string MustChangePassword = "must_change_password";

    /// <summary>The role claim type in access tokens and cookies.</summary>
    public const string Role = "role";

    /// <summary>The name claim type (the user name or the client id).</summary>
    public const string Name = "name";
}
