using System.Text;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace OnePlusX.Silo.Accounts;

/// <summary>
/// Identity users and roles and OpenIddict's applications, authorizations, scopes and tokens. The tables are created
/// by the project's own migration scripts (0006_accounts.sql), which a test keeps equal to this model.
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : IdentityDbContext<StaffUser>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
        builder.Entity<StaffUser>().Property(u => u.DisplayName).HasMaxLength(100);
        builder.Entity<StaffUser>().Property(u => u.TenantCode).HasMaxLength(16);
        builder.Entity<StaffUser>().Property(u => u.ProvinceCode).HasMaxLength(2);
        builder.Entity<StaffUser>().Property(u => u.SchoolCode).HasMaxLength(16);
        builder.Entity<StaffUser>().HasIndex(u => u.TenantCode);

        // snake_case names like the rest of the database: identity_users, openiddict_tokens, user_name …
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            entity.SetTableName(TableName(entity.GetTableName()!));
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(SnakeCase(key.GetName()!));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(SnakeCase(index.GetDatabaseName()!));
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(SnakeCase(foreignKey.GetConstraintName()!));
            }
        }
    }

    private static string TableName(string name) => name switch
    {
        "AspNetUsers" => "identity_users",
        "AspNetRoles" => "identity_roles",
        "AspNetUserRoles" => "identity_user_roles",
        "AspNetUserClaims" => "identity_user_claims",
        "AspNetRoleClaims" => "identity_role_claims",
        "AspNetUserLogins" => "identity_user_logins",
        "AspNetUserTokens" => "identity_user_tokens",
        _ => SnakeCase(name),
    };

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && name[i - 1] != '_' && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString().Replace("open_iddict", "openiddict", StringComparison.Ordinal);
    }
}
