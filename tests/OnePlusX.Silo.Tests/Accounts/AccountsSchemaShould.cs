using Microsoft.EntityFrameworkCore;
using OnePlusX.Silo.Accounts;
using OnePlusX.Silo.Storage;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Accounts;

/// <summary>
/// The accounts tables are created by our own migration scripts, not by EF Core at run time; this keeps each
/// dialect's script equal to what the EF model (Identity + OpenIddict) expects.
/// </summary>
public sealed class AccountsSchemaShould
{
    [Theory]
    [InlineData(StorageDialect.PostgreSQL)]
    [InlineData(StorageDialect.Sqlite)]
    public void MatchTheModelInTheMigrationScript(StorageDialect dialect)
    {
        var builder = new DbContextOptionsBuilder<AccountsDbContext>();
        _ = dialect == StorageDialect.PostgreSQL ? builder.UseNpgsql("Host=unused") : builder.UseSqlite("Data Source=:memory:");
        using var context = new AccountsDbContext(builder.Options);
        var expected = AccountsSchema.Header + context.Database.GenerateCreateScript().ReplaceLineEndings("\n").Trim() + "\n";

        var path = Path.Combine(Repository.Root, "src", "Silo", "Storage", "Migrations", dialect.ToString().ToLowerInvariant(), AccountsSchema.FileName);
        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        if (actual != expected)
        {
            File.WriteAllText(path + ".new", expected);
        }

        Assert.True(actual == expected, $"{path} no longer matches the EF model; the generated script is in {path}.new (review, then move it over).");
    }
}
