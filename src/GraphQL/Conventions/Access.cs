using OnePlusX.Security;

namespace OnePlusX.GraphQL.Conventions;

/// <summary>Role sets of the role matrix (docs/security.md) that fields require.</summary>
public static class Access
{
    /// <summary>Roles that read pilot data: <see cref="Roles.DataReaders"/>.</summary>
    public static readonly string[] DataReaders = [.. Roles.DataReaders];

    /// <summary>Roles that administer accounts: a college's own users, or provincial and national accounts.</summary>
    public static readonly string[] AccountAdministrators = [Roles.CollegeAdministrator, Roles.SystemAdministrator];
}
