using OnePlusX.Silo.Accounts;
using OnePlusX.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddOnePlusX();

var app = builder.Build();
if (AccountCommands.Handles(args))
{
    // The system administrator's account commands (docs/security.md): run against the same database, no silo.
    return await AccountCommands.RunAsync(app, args);
}

if (OnePlusX.Silo.DataSet.DataSetCommand.Handles(args))
{
    // The national data set through the bulk-import path (docs/dataset.md): same database, no silo.
    return await OnePlusX.Silo.DataSet.DataSetCommand.RunAsync(app, args);
}

app.MapOnePlusX();
await app.InitializeStorageAsync();
app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("OnePlusX is listening on {Urls}", string.Join(", ", app.Urls)));
await app.RunAsync();
return 0;

/// <summary>The silo's entry point (public so tests can reference the assembly's host).</summary>
public partial class Program;
