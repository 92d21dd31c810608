using OnePlusX.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddOnePlusX();

var app = builder.Build();
app.MapOnePlusX();
await app.InitializeStorageAsync();
app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("OnePlusX is listening on {Urls}", string.Join(", ", app.Urls)));
await app.RunAsync();

/// <summary>The silo's entry point (public so tests can reference the assembly's host).</summary>
public partial class Program;
