using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.Accounts;

/// <summary>A class fixture holding an <see cref="OAuthSilo"/>, disposed with the class unless it is shared.</summary>
public abstract class OAuthSiloFixture : IAsyncLifetime
{
    public OAuthSilo Silo { get; private set; } = null!;

    public async Task InitializeAsync() => Silo = await StartAsync();

    public virtual async Task DisposeAsync()
    {
        if (Silo is not null)
        {
            await Silo.DisposeAsync();
        }
    }

    protected abstract Task<OAuthSilo> StartAsync();
}

/// <summary>An embedded-default silo (SQLite) of the test class's own.</summary>
public sealed class SqliteOAuthSilo : OAuthSiloFixture
{
    protected override Task<OAuthSilo> StartAsync() => OAuthSilo.StartSqliteAsync();
}

/// <summary>A second, independent embedded silo whose access tokens live a few seconds (its own database, keys and port).</summary>
public sealed class SqliteShortLivedSilo : OAuthSiloFixture
{
    protected override Task<OAuthSilo> StartAsync() => OAuthSilo.StartSqliteAsync(OAuthSilo.ShortLifetime);
}

/// <summary>
/// A PostgreSQL silo (row-level security on, the service role neither superuser nor owner) shared by every OAuth test
/// class of the PostgreSQL collection, which run one at a time: started once, stopped with the server.
/// </summary>
public sealed class PostgresOAuthSilo(PostgresServer server) : OAuthSiloFixture
{
    protected override Task<OAuthSilo> StartAsync() => server.SharedAsync("oauth", () => OAuthSilo.StartPostgresAsync(server));

    public override Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>A second, independent PostgreSQL silo (its own database, keys and port) whose access tokens live a few seconds.</summary>
public sealed class PostgresShortLivedSilo(PostgresServer server) : OAuthSiloFixture
{
    protected override Task<OAuthSilo> StartAsync() => OAuthSilo.StartPostgresAsync(server, OAuthSilo.ShortLifetime);
}
