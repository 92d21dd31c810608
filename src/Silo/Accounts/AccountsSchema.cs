namespace OnePlusX.Silo.Accounts;

/// <summary>Where the accounts tables' script lives; generated from <see cref="AccountsDbContext"/> and kept equal by a test.</summary>
internal static class AccountsSchema
{
    public const string FileName = "0006_accounts.sql";

    public const string Header =
        "-- Identity users and roles, OpenIddict applications, authorizations, scopes and tokens.\n" +
        "-- Generated from AccountsDbContext (EF Core GenerateCreateScript); AccountsSchemaShould keeps it equal to the model.\n\n";
}
