using System.Net;
using System.Text;
using OnePlusX.GraphQL.Http;
using OnePlusX.Silo.Tests.Infrastructure;

namespace OnePlusX.Silo.Tests.GraphQL;

/// <summary>
/// The real silo executable with the demo data (colleges and exam stations to page through), a raw HTTP client
/// to it on 127.0.0.1, and its schema and real values read once.
/// </summary>
public sealed class FuzzSiloFixture : IAsyncLifetime
{
    public SiloProcess Silo { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public FuzzSchema Schema { get; private set; } = null!;

    /// <summary>A national client's tokens: most requests read as a signed-in reader, the rest anonymously.</summary>
    public Tokens Tokens { get; private set; } = null!;

    public IReadOnlyList<string> TrustedIds { get; } = [.. new TrustedDocuments().Ids.Order(StringComparer.Ordinal)];

    public async Task InitializeAsync()
    {
        Silo = await SiloProcess.StartEmbeddedAsync(new Dictionary<string, string>
        {
            ["OnePlusX:Silo:SeedDemoData"] = "true",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        });
        Http = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            MaxConnectionsPerServer = 32,
            ConnectTimeout = TimeSpan.FromSeconds(5),
            Expect100ContinueTimeout = TimeSpan.FromMilliseconds(500),
            RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8,
        })
        {
            BaseAddress = Silo.BaseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        Tokens = Tokens.NationalClient(Silo);
        Schema = await FuzzSchema.LoadAsync(Http, Tokens, TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Silo.DisposeAsync();
    }
}
