using System.Security.Cryptography;
using System.Text;
using GraphQL.PersistedDocuments;

namespace OnePlusX.GraphQL.Http;

/// <summary>
/// Trusted documents for integrations: the .graphql files embedded from src/GraphQL/TrustedDocuments, each known
/// by <c>sha256:&lt;hex of its text&gt;</c>. A client sends <c>documentId</c> instead of the query; with
/// <see cref="GatewayOptions.TrustedDocumentsOnly"/> nothing else is accepted.
/// </summary>
public sealed class TrustedDocuments : IPersistedDocumentLoader
{
    private readonly Dictionary<string, string> _documents = [];

    public TrustedDocuments()
    {
        var assembly = typeof(TrustedDocuments).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".graphql", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var text = reader.ReadToEnd();
            _documents[IdOf(text)] = text;
        }
    }

    /// <summary>The ids of every trusted document.</summary>
    public IReadOnlyCollection<string> Ids => _documents.Keys;

    /// <summary>The id a document's text is known by.</summary>
    public static string IdOf(string text) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken) =>
        new(_documents.GetValueOrDefault($"{documentIdPrefix}:{documentIdPayload}"));
}
